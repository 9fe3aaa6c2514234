/**
 * FTS5 MATCH strings. Only folded words from lib/search/query.ts reach here and
 * every one is quoted, so no input can form FTS syntax (NEAR, AND, ^, :, *).
 */
import type { Alternative, Group, ParsedQuery, Term } from "./query";

/** A quoted FTS5 string; doubled quotes are FTS5's escape. */
export function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

function term(t: Term): string {
  if (!t.prefix) return quote(t.word);
  if (!t.completions) return `${quote(t.word)}*`;
  // No completion: no indexed word starts so; the word itself cannot match either.
  if (t.completions.length === 0) return quote(t.word);
  const words = t.completions.map(quote);
  return words.length === 1 ? words[0] : `(${words.join(" OR ")})`;
}

function alternative(alt: Alternative): string {
  if (alt.compound) return quote(alt.compound);
  const terms = alt.terms.map(term);
  return terms.length === 1 ? terms[0] : `(${terms.join(" AND ")})`;
}

/** A document holding this one group. */
export function groupMatch(g: Group): string {
  const alternatives = g.alternatives.map(alternative);
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" OR ")})`;
}

/** A document holding every group (in whichever index is asked); null for an empty query. */
export function matchQuery(query: ParsedQuery): string | null {
  if (query.groups.length === 0) return null;
  return query.groups.map(groupMatch).join(" AND ");
}

export function both(a: string, b: string | null): string {
  return b ? `(${a}) AND (${b})` : a;
}

export interface FacetFilters {
  /** Area id of the province or city. */
  provinceId?: number;
  level?: string;
  kind?: string;
  /** true: current roles (and bodies in being) only; false: former ones only. */
  current?: boolean;
  type?: "person" | "organization";
}

/**
 * Facet tokens as the index writes them: "đ" + x (any), c (current) or f (former)
 * + p<province id> | l<level> | k<kind without "_">; "đcs"/"đfs" for status alone;
 * "đtp"/"đto" for people and organisations. Typed words never hold "đ".
 */
export function matchFacets(filters: FacetFilters): string | null {
  const status = filters.current === undefined ? "x" : filters.current ? "c" : "f";
  const tokens: string[] = [];
  if (filters.provinceId !== undefined) tokens.push(`${status}p${filters.provinceId}`);
  if (filters.level) tokens.push(`${status}l${filters.level}`);
  if (filters.kind) tokens.push(`${status}k${filters.kind.replace(/_/g, "")}`);
  if (tokens.length === 0 && filters.current !== undefined) tokens.push(`${status}s`);
  if (filters.type) tokens.push(filters.type === "person" ? "tp" : "to");
  if (tokens.length === 0) return null;
  return tokens.map((t) => quote(`đ${t}`)).join(" AND ");
}
