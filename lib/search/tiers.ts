/**
 * The order results are listed in, as a sequence of disjoint FTS5 queries
 * ("tiers"), each read in the index's own order so a page stops early. The
 * first page is then re-ranked precisely by lib/search/rank.ts; later pages keep
 * tier order. Exact full-name matches come first, found through people.folded_name.
 */
import type { DocKind } from "./documents";
import { both, except, matchAll, matchNamePrefix } from "./fts";
import type { ParsedQuery } from "./query";
import { SCORES } from "./rank";

export interface Tier {
  name: string;
  kind: DocKind;
  match: string;
  /** The score a result of this tier gets outside the re-ranked first page. */
  score: number;
  /** This tier also holds the exact-name matches, which are listed before all tiers. */
  holdsExactNames: boolean;
}

export interface TierOptions {
  facets: string | null;
  /** Only people or only organisations. */
  type?: DocKind;
  /** People matched through current roles (true) or former ones (false), besides their names. */
  current?: boolean;
}

/** The tiers of a query, in result order; empty for a query with no words. */
export function searchTiers(query: ParsedQuery, options: TierOptions): Tier[] {
  const all = matchAll(query);
  const inName = matchAll(query, ["name"]);
  if (!all || !inName) return [];
  const inNameOrCurrent = matchAll(query, ["name", "about"])!;
  const prefix = matchNamePrefix(query);
  const role = query.isRoleQuery;

  const tiers: Omit<Tier, "holdsExactNames">[] = [];
  const add = (name: string, kind: DocKind, match: string, score: number) => tiers.push({ name, kind, match, score });
  if (prefix) {
    add("name-prefix", "person", prefix, SCORES.namePrefix);
    add("organization-name-prefix", "organization", prefix, SCORES.organizationNamePrefix);
  }
  const names = () => {
    add("name", "person", except(inName, prefix), role ? SCORES.nameInRoleQuery : SCORES.name);
    add("organization-name", "organization", except(inName, prefix), role ? SCORES.organizationNameInRoleQuery : SCORES.organizationName);
  };
  const currentRoles = () => add("current-role", "person", except(inNameOrCurrent, inName), SCORES.currentRoles);
  if (role) {
    currentRoles();
    names();
  } else {
    names();
    currentRoles();
  }
  add("organization-place", "organization", except(all, inName), SCORES.organizationPlace);
  add("former-role", "person", except(all, inNameOrCurrent), SCORES.formerRoles);

  const unwanted = options.current === true ? "former-role" : options.current === false ? "current-role" : null;
  const firstPersonTier = tiers.find((t) => t.kind === "person" && (t.name === "name-prefix" || t.name === "name"));
  return tiers
    .filter((t) => (!options.type || t.kind === options.type) && t.name !== unwanted)
    .map((t) => ({ ...t, match: both(t.match, options.facets), holdsExactNames: t === firstPersonTier }));
}

/** Everything the tiers of one kind hold together, for counting; null for a query with no words. */
export function matchKind(query: ParsedQuery, kind: DocKind, options: TierOptions): string | null {
  const all = matchAll(query);
  if (!all || (options.type && options.type !== kind)) return null;
  if (kind === "organization" || options.current === undefined) return both(all, options.facets);
  const inName = matchAll(query, ["name"])!;
  const inNameOrCurrent = matchAll(query, ["name", "about"])!;
  const people = options.current ? inNameOrCurrent : `(${inName}) OR (${except(all, inNameOrCurrent)})`;
  return both(people, options.facets);
}
