/**
 * FTS5 MATCH strings. Only folded words from lib/search/query.ts reach here and
 * every one is quoted, so no input can form FTS syntax (NEAR, AND, ^, :, *).
 */
import type { Alternative, Group, ParsedQuery, Term } from "./query";

export type Column = "name" | "about" | "former";

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
  const terms = alt.terms.map(term);
  return terms.length === 1 ? terms[0] : `(${terms.join(" AND ")})`;
}

function group(g: Group): string {
  const alternatives = g.alternatives.map(alternative);
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" OR ")})`;
}

/** All groups, optionally only within the given columns; null for an empty query. */
export function matchAll(query: ParsedQuery, columns?: readonly Column[]): string | null {
  if (query.groups.length === 0) return null;
  const all = query.groups.map(group).join(" AND ");
  return columns ? `{${columns.join(" ")}} : (${all})` : `(${all})`;
}

/**
 * Names that begin with the typed words in order, the last one a prefix
 * ("vu thi m" → "Vừ Thị Mai Dinh"). Null unless every group is a plain word.
 */
export function matchNamePrefix(query: ParsedQuery): string | null {
  if (query.groups.length === 0 || !query.groups.every((g) => g.plain)) return null;
  const head = query.words.slice(0, -1);
  const last = query.groups[query.groups.length - 1].alternatives[0].terms[0];
  const phrase = (lastWord: string) => quote([...head, lastWord].join(" "));
  if (!last.completions) return `{name} : ^${phrase(last.word)}*`;
  const endings = last.completions.length ? last.completions : [last.word];
  return `{name} : (${endings.map((w) => `^${phrase(w)}`).join(" OR ")})`;
}

export function both(a: string, b: string | null): string {
  return b ? `(${a}) AND (${b})` : a;
}

export function except(a: string, b: string | null): string {
  return b ? `(${a}) NOT (${b})` : a;
}

export interface FacetFilters {
  /** Area id of the province or city. */
  provinceId?: number;
  level?: string;
  kind?: string;
  /** true: current roles (and bodies in being) only; false: former ones only. */
  current?: boolean;
}

/**
 * Facet tokens as the index writes them: "đ" + x (any), c (current) or f (former)
 * + p<province id> | l<level> | k<kind without "_">, and "đcs"/"đfs" for status alone.
 */
export function matchFacets(filters: FacetFilters): string | null {
  const status = filters.current === undefined ? "x" : filters.current ? "c" : "f";
  const tokens: string[] = [];
  if (filters.provinceId !== undefined) tokens.push(`p${filters.provinceId}`);
  if (filters.level) tokens.push(`l${filters.level}`);
  if (filters.kind) tokens.push(`k${filters.kind.replace(/_/g, "")}`);
  if (tokens.length === 0 && filters.current !== undefined) tokens.push("s");
  if (tokens.length === 0) return null;
  return `{facets} : (${tokens.map((t) => quote(`đ${status}${t}`)).join(" AND ")})`;
}
