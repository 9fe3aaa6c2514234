/**
 * The order results are listed in: disjoint "tiers", each a query on one FTS5
 * index (names, current roles, former roles) less what earlier tiers listed,
 * read in the index's own order (its documents' static rank) so a page stops
 * early. In each index, the documents holding the query's neighbouring words
 * side by side come first (lib/search/pairs.ts wordBigrams). Exact full names
 * come first of all, found through people.folded_name; the first page is then
 * re-ranked precisely by lib/search/rank.ts.
 */
import type { DocKind } from "./documents";
import { both, groupMatch, matchQuery, quote } from "./fts";
import { bigramToken, pairedNamesMatch, titleToken } from "./pairs";
import type { Group, ParsedQuery, Term } from "./query";
import { SCORES } from "./rank";
import type { Vocabulary } from "./vocabulary";

export type SearchIndex = "names" | "roles" | "former";

/** Each index's position in the dictionary's per-index counts (db/queries/search.ts loads them so). */
export const INDEX_POSITIONS: Record<SearchIndex, number> = { names: 0, roles: 1, former: 2 };

export interface Tier {
  name: "name" | "current-role" | "former-role";
  index: SearchIndex;
  /** The FTS5 MATCH on this tier's index: every group, and the facet filters. */
  match: string;
  /** Only documents holding the query's neighbouring plain words side by side. */
  sideBySide: boolean;
}

export interface TierOptions {
  /** The facet filters' MATCH (lib/search/fts.ts matchFacets), if any. */
  facets: string | null;
  /** People matched through current roles (true) or former ones (false), besides their names. */
  current?: boolean;
  /** The index's dictionary, which picks the word pairs a names MATCH walks (lib/search/pairs.ts). */
  vocabulary: Vocabulary;
}

const INDEX_OF: Record<Tier["name"], SearchIndex> = {
  name: "names",
  "current-role": "roles",
  "former-role": "former",
};

/** The tiers of a query, in result order; empty for a query with no words. */
export function searchTiers(query: ParsedQuery, options: TierOptions): Tier[] {
  const words = matchQuery(query);
  if (!words) return [];
  const namesWords = namesMatch(query.groups, options.vocabulary);
  const neighbours = sideBySide(query);
  const titles = titleMatch(query);
  // A token of two neighbours holds both words: only the groups no token covers are asked for besides.
  const rest = (covered: Set<number>) => query.groups.filter((_, i) => !covered.has(i));
  const also = (groups: Group[], names: boolean) =>
    groups.length === 0 ? "" : ` AND ${names ? namesMatch(groups, options.vocabulary) : groups.map(groupMatch).join(" AND ")}`;
  const order: Tier["name"][] = query.isRoleQuery ? ["current-role", "name", "former-role"] : ["name", "current-role", "former-role"];
  const unwanted = options.current === true ? "former-role" : options.current === false ? "current-role" : null;
  return order
    .filter((name) => name !== unwanted)
    .flatMap((name) => {
      const names = name === "name";
      const tier = { name, index: INDEX_OF[name], match: both(names ? namesWords : words, options.facets), sideBySide: false };
      const close: Tier[] = [];
      // In the roles indexes, a role query's very post title first, with the words side by side if it can.
      if (titles && !names) {
        const covered = new Set([...titles.covered, ...(neighbours?.covered ?? [])]);
        const parts = [titles.match, ...(neighbours ? [neighbours.match] : [])].join(" AND ");
        close.push({ ...tier, match: both(parts + also(rest(covered), false), options.facets), sideBySide: true });
      }
      if (neighbours)
        close.push({ ...tier, match: both(neighbours.match + also(rest(neighbours.covered), names), options.facets), sideBySide: true });
      return [...close, tier];
    });
}

/** The MATCH that a role holds the very post title a role query names, and the groups it covers; null for no role query. */
export function titleMatch(query: ParsedQuery): { match: string; covered: Set<number> } | null {
  const parts: string[] = [];
  const covered = new Set<number>();
  query.groups.forEach((group, i) => {
    if (!group.role) return;
    const tokens = [...new Set(group.alternatives.map((alt) => quote(titleToken(alt.terms.map((t) => t.word).join(" ")))))];
    parts.push(tokens.length === 1 ? tokens[0] : `(${tokens.join(" OR ")})`);
    covered.add(i);
  });
  return parts.length ? { match: parts.join(" AND "), covered } : null;
}

/** Neighbouring words are paired through at most this many tokens. */
const MAX_NEIGHBOUR_TOKENS = 16;

/** A plain group's single words as typed (slips undone), with whether each is a prefix; null for a phrase or role. */
function plainWords(group: Group): Term[] | null {
  if (!group.plain) return null;
  const terms = group.alternatives.filter((alt) => alt.edits === 0 && alt.terms.length === 1 && !alt.compound).map((alt) => alt.terms[0]);
  return terms.length
    ? terms.flatMap((t) => (t.prefix && t.completions ? t.completions.map((word) => ({ word, prefix: false })) : [t]))
    : null;
}

/**
 * The MATCH that two neighbouring plain words of the query stand side by side
 * in the document, for every such pair (each the OR of its spellings' tokens;
 * a half-typed last word as a prefix), and the groups the pairs cover; null
 * when the query has no such pair.
 */
export function sideBySide(query: ParsedQuery): { match: string; covered: Set<number> } | null {
  const parts: string[] = [];
  const covered = new Set<number>();
  for (let i = 0; i + 1 < query.groups.length; i++) {
    const first = plainWords(query.groups[i]);
    const second = plainWords(query.groups[i + 1]);
    // A word still half typed can only be the second of a pair: a token begins with the first.
    if (!first?.length || !second?.length || first.some((t) => t.prefix) || first.length * second.length > MAX_NEIGHBOUR_TOKENS) continue;
    const tokens = first.flatMap((a) => second.map((b) => quote(bigramToken(a.word, b.word)) + (b.prefix ? "*" : "")));
    parts.push(tokens.length === 1 ? tokens[0] : `(${tokens.join(" OR ")})`);
    covered.add(i).add(i + 1);
  }
  return parts.length ? { match: parts.join(" AND "), covered } : null;
}

/** A names-index MATCH holding every group, through word pairs where it can (lib/search/pairs.ts). */
export function namesMatch(groups: Group[], vocabulary: Vocabulary): string {
  const count = (word: string) => vocabulary.countIn(word, INDEX_POSITIONS.names);
  return pairedNamesMatch(groups, { vocabulary, count }) ?? groups.map(groupMatch).join(" AND ");
}

/** The score of a result listed by tier order, past the re-ranked first page. */
export function tierScore(tier: Tier, kind: DocKind, isRoleQuery: boolean): number {
  const person = kind === "person";
  switch (tier.name) {
    case "name":
      if (isRoleQuery) return person ? SCORES.nameInRoleQuery : SCORES.organizationNameInRoleQuery;
      return person ? SCORES.name : SCORES.organizationName;
    case "current-role":
      return person ? SCORES.currentRoles : SCORES.organizationPlace;
    case "former-role":
      return SCORES.formerRoles;
  }
}

/** The term may occur in the index: its word (or one of its completions) does; short prefixes of some word are assumed to. */
function termMayOccur(term: Term, index: number, vocabulary: Vocabulary): boolean {
  if (!term.prefix) return vocabulary.countIn(term.word, index) > 0;
  if (!term.completions) return vocabulary.hasPrefix(term.word);
  return term.completions.some((word) => vocabulary.countIn(word, index) > 0);
}

/**
 * Whether the tier can match at all: every group must have an alternative whose
 * words all occur in the tier's index. Skipping the impossible tiers spares FTS5
 * walking long word lists only to find nothing (a name has no "chu tich").
 */
export function tierMayMatch(tier: Tier, query: ParsedQuery, vocabulary: Vocabulary): boolean {
  return query.groups.every((group) => groupMayOccur(group, tier.index, vocabulary));
}

/** Some alternative of the group has all its words in the index. */
export function groupMayOccur(group: Group, index: SearchIndex, vocabulary: Vocabulary): boolean {
  const position = INDEX_POSITIONS[index];
  return group.alternatives.some((alt) =>
    alt.compound ? vocabulary.countIn(alt.compound, position) > 0 : alt.terms.every((term) => termMayOccur(term, position, vocabulary)),
  );
}
