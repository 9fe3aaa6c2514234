/**
 * Searching people and organisations through the FTS5 indexes
 * (db/migrations/0001_search_index.sql; the matching rules are in lib/search).
 *
 * Results are listed tier by tier (lib/search/tiers.ts), each tier's document
 * ids read once in index order with LIMIT, so a search stops early however many
 * documents match. The first RERANK_WINDOW positions are re-ranked by
 * lib/search/rank.ts; that window is fixed, so pages never overlap or skip.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { Db } from "../client";
import { areas } from "../schema";
import { type Level, type OrganizationKind } from "../../lib/domain";
import { docKind, type DocKind } from "../../lib/search/documents";
import { both, matchFacets } from "../../lib/search/fts";
import {
  allTerms,
  parseQuery,
  resolveWords,
  suggestSpellings,
  withoutAddress,
  type Group,
  type ParsedQuery,
  type Term,
} from "../../lib/search/query";
import { rankCandidates, SCORES, Scorer, type Candidate } from "../../lib/search/rank";
import { groupMayOccur, INDEX_POSITIONS, namesMatch, searchTiers, tierMayMatch, tierScore, type Tier } from "../../lib/search/tiers";
import { Vocabulary } from "../../lib/search/vocabulary";
import { PAIR_END, PAIR_START } from "../../lib/search/pairs";
import { MAX_OFFSET } from "../../lib/search/params";
import { localePath, type Locale } from "../../lib/i18n/locales";
import { organizationName, roleTitle } from "../../lib/titles";

export const RERANK_WINDOW = 24;
/**
 * The list is read, counted and paged this far: reading every match of a broad
 * query ("nguyen" holds 40% of names) would cost more than the page itself.
 */
export const MAX_LISTED = MAX_OFFSET;

export interface SearchOptions {
  q: string;
  limit: number;
  offset: number;
  /** Slug of a province or centrally-run city. */
  province?: string;
  level?: Level;
  kind?: OrganizationKind;
  /** true: current roles (and bodies still in being); false: former ones. */
  current?: boolean;
  type?: DocKind;
  locale?: Locale;
}

export interface SearchHit {
  type: DocKind;
  slug: string;
  name: string;
  url: string;
  /** A person's current roles ("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu"); empty for organisations. */
  roles: string[];
  /** For organisations: its kind and level, for the result line. */
  organizationKind?: OrganizationKind;
  level?: Level;
  /** An organisation's last day, when it has one. */
  validUntil?: string | null;
  score: number;
}

export interface SearchOutcome {
  query: string;
  /** Results, counted up to MAX_LISTED. */
  total: number;
  /** The count stopped at MAX_LISTED: there are more. */
  totalIsLowerBound: boolean;
  results: SearchHit[];
  /** Every term the query matches, for highlighting. */
  terms: Term[];
  /** A respelling of the query that has results, offered when it has none. */
  suggestion: string | null;
}

// ---- the dictionary, cached per connection until the index changes ----

// Loading it reads every word list of the three indexes: a fraction of a second at 200,000 people.
const vocabularies = new WeakMap<Database.Database, { version: number; vocabulary: Vocabulary }>();

// Each word with its documents in each index, in INDEX_POSITIONS order. The names index's
// word pairs (lib/search/pairs.ts) are left out: they outnumber its words by far.
const VOCABULARY_SQL = `
  SELECT term, sum(names), sum(roles), sum(former) FROM (
    SELECT term, doc AS names, 0 AS roles, 0 AS former FROM search_names_vocab WHERE term < '${PAIR_START}'
    UNION ALL SELECT term, doc, 0, 0 FROM search_names_vocab WHERE term >= '${PAIR_END}'
    UNION ALL SELECT term, 0, doc, 0 FROM search_roles_vocab
    UNION ALL SELECT term, 0, 0, doc FROM search_former_vocab
  ) GROUP BY term`;

export function vocabularyOf(db: Db): Vocabulary {
  // search_state.version counts the index's changes (its triggers and rebuilds keep it).
  const version = db.$client.prepare("SELECT version FROM search_state WHERE id = 1").pluck().get() as number;
  const cached = vocabularies.get(db.$client);
  if (cached?.version === version) return cached.vocabulary;
  const rows = db.$client.prepare(VOCABULARY_SQL).raw().all() as [string, number, number, number][];
  const phrases = db.$client.prepare("SELECT phrase FROM search_phrases").pluck().all() as string[];
  const vocabulary = new Vocabulary(rows, phrases);
  vocabularies.set(db.$client, { version, vocabulary });
  return vocabulary;
}

// ---- reading the index ----

/** A listed document: its id, and the score it takes if it is not re-ranked. */
interface Listed {
  id: number;
  score: number;
}

/** A tier's first MAX_LISTED + 1 document ids, in index order: one evaluation of its MATCH. */
function tierIds(db: Db, tier: Pick<Tier, "index" | "match">): number[] {
  const table = `search_${tier.index}_fts`;
  return db.$client
    .prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid LIMIT ?`)
    .pluck()
    .all(tier.match, MAX_LISTED + 1) as number[];
}

/** People whose whole folded name is the query and who pass the facet filters. */
function exactNames(db: Db, query: ParsedQuery, facets: string | null): Listed[] {
  const ids = db.$client
    .prepare(
      // Both indexes cover the query; retracted people have no document, so the join leaves them out.
      `SELECT d.id FROM people p JOIN search_docs d ON d.kind = 'person' AND d.ref_id = p.id
     WHERE p.folded_name = ? ORDER BY d.id LIMIT ${RERANK_WINDOW}`,
    )
    .pluck()
    .all(query.words.join(" ")) as number[];
  // better-sqlite3 binds numbers as REAL, and FTS5 ignores a rowid constraint that is not an INTEGER.
  const passes = db.$client.prepare("SELECT 1 FROM search_names_fts WHERE search_names_fts MATCH ? AND rowid = CAST(? AS INTEGER)").pluck();
  return ids.filter((id) => !facets || passes.get(facets, id) !== undefined).map((id) => ({ id, score: SCORES.exactName }));
}

/**
 * The result list as far as it is read: the exact names, then each tier's
 * documents not listed before, tier by tier until the list reaches `needed`
 * (enough for the page asked for). Each tier read is read to MAX_LISTED, which
 * is what the total counts; `more` says documents may follow (a tier reached
 * MAX_LISTED, or later tiers were not read) so the total is a lower bound.
 */
function resultList(db: Db, query: ParsedQuery, tiers: Tier[], exact: Listed[], needed: number): { list: Listed[]; more: boolean } {
  const list = [...exact];
  const seen = new Set(exact.map((l) => l.id));
  for (const [i, tier] of tiers.entries()) {
    const ids = tierIds(db, tier);
    for (const id of ids.slice(0, MAX_LISTED)) {
      if (seen.has(id)) continue;
      seen.add(id);
      list.push({ id, score: tierScore(tier, docKind(id), query.isRoleQuery) });
    }
    if (ids.length > MAX_LISTED || list.length > MAX_LISTED) return { list: list.slice(0, MAX_LISTED), more: true };
    if (list.length > needed && i < tiers.length - 1) return { list, more: true };
  }
  return { list, more: false };
}

/**
 * The name in a query that also names a post: the longest run of consecutive
 * groups that are no post title and may all occur in names (the first such run
 * on a tie). Empty when the query names no post.
 */
function typedName(query: ParsedQuery, vocabulary: Vocabulary): Group[] {
  if (!query.isRoleQuery) return [];
  let best: Group[] = [];
  let run: Group[] = [];
  for (const group of query.groups) {
    run = !group.role && groupMayOccur(group, "names", vocabulary) ? [...run, group] : [];
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * People whose name and current roles hold every group between them, for a
 * query that names a person and a post ("chủ tịch Ngô Thị Bích Hạnh") and so
 * matches no single text: the people whose name holds the typed name, each
 * checked word by word (lib/search/rank.ts Scorer), best first.
 */
function nameAndRoleMatches(db: Db, query: ParsedQuery, vocabulary: Vocabulary, facets: string | null): { list: Listed[]; more: boolean } {
  const name = typedName(query, vocabulary);
  if (name.length === 0) return { list: [], more: false };
  const ids = tierIds(db, { index: "names", match: both(namesMatch(name, vocabulary), facets) });
  const scorer = new Scorer(query);
  const list = loadCandidates(
    db,
    ids
      .slice(0, MAX_LISTED)
      .filter((id) => docKind(id) === "person")
      .map((id) => ({ id, score: 0 })),
  )
    .map((candidate) => ({ id: candidate.id, score: scorer.score(candidate) }))
    .filter((listed) => listed.score > 0)
    .sort((a, b) => b.score - a.score);
  return { list, more: ids.length > MAX_LISTED };
}

/** The documents' text, for ranking, in the given order. */
function loadCandidates(db: Db, listed: Listed[]): Candidate[] {
  const rows = db.$client
    .prepare("SELECT id, kind, name, about, former FROM search_docs WHERE id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(listed.map((l) => l.id))) as Candidate[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return listed.flatMap((l) => byId.get(l.id) ?? []);
}

/** One page of the list, its first RERANK_WINDOW positions in precise rank order. */
function pageOf(db: Db, query: ParsedQuery, list: Listed[], offset: number, limit: number): Listed[] {
  const end = offset + limit;
  if (offset >= RERANK_WINDOW) return list.slice(offset, end);
  const window = rankCandidates(query, loadCandidates(db, list.slice(0, RERANK_WINDOW)));
  return [...window, ...list.slice(RERANK_WINDOW, Math.max(end, RERANK_WINDOW))].slice(offset, end);
}

// ---- from documents to results ----

/** search_docs.display of a person: what a result shows. */
interface PersonDisplay {
  slug: string;
  name: string;
  roles: { title: string; roleKey: string; organization: string; organizationEn: string | null; level: Level }[];
}

/** search_docs.display of an organisation. */
interface OrganizationDisplay {
  slug: string;
  name: string;
  nameEn: string | null;
  kind: OrganizationKind;
  level: Level;
  /** Set when the body has ceased (the committees of before the 2025 reform). */
  validUntil?: string | null;
}

function personHit(d: PersonDisplay, locale: Locale): Omit<SearchHit, "score"> {
  return {
    type: "person",
    slug: d.slug,
    name: d.name,
    url: localePath(locale, `/people/${d.slug}`),
    roles: d.roles.map((role) => roleTitle(role, { name: role.organization, nameEn: role.organizationEn, level: role.level }, locale)),
  };
}

function organizationHit(d: OrganizationDisplay, locale: Locale): Omit<SearchHit, "score"> {
  return {
    type: "organization",
    slug: d.slug,
    name: organizationName(d, locale),
    url: localePath(locale, `/organizations/${d.slug}`),
    roles: [],
    organizationKind: d.kind,
    level: d.level,
    validUntil: d.validUntil ?? null,
  };
}

/** The results of a page, from what their documents hold for display (no further queries). */
function hydrate(db: Db, rows: Listed[], locale: Locale): SearchHit[] {
  const displays = new Map(
    db.$client
      .prepare("SELECT id, display FROM search_docs WHERE id IN (SELECT value FROM json_each(?))")
      .raw()
      .all(JSON.stringify(rows.map((row) => row.id))) as [number, string][],
  );
  return rows.flatMap((row) => {
    const display = displays.get(row.id);
    if (!display) return [];
    const hit = docKind(row.id) === "person" ? personHit(JSON.parse(display), locale) : organizationHit(JSON.parse(display), locale);
    return [{ ...hit, score: row.score }];
  });
}

// ---- the search ----

function provinceId(db: Db, slug: string): number | null {
  const row = db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.slug, slug), inArray(areas.kind, ["province", "city"])))
    .get();
  return row?.id ?? null;
}

function emptyOutcome(q: string): SearchOutcome {
  return { query: q, total: 0, totalIsLowerBound: false, results: [], terms: [], suggestion: null };
}

/** The result list through the tiers, exact full names first. */
function tierList(db: Db, query: ParsedQuery, vocabulary: Vocabulary, facets: string | null, options: SearchOptions) {
  const tiers = searchTiers(query, { facets, current: options.current, vocabulary }).filter((tier) =>
    tierMayMatch(tier, query, vocabulary),
  );
  // A name holds only words of the names index: a query with any other word (a post, a typo) is no one's name.
  const mayBeName = query.words.every((word) => vocabulary.countIn(word, INDEX_POSITIONS.names) > 0);
  const exact = options.type === "organization" || !mayBeName ? [] : exactNames(db, query, facets);
  return resultList(db, query, tiers, exact, Math.max(RERANK_WINDOW, options.offset + options.limit));
}

/**
 * The query's results; when it has none, the same without a leading form of
 * address ("ông Tống Thanh Bình"); when that has none either, people whose
 * name and current roles hold the words between them ("chủ tịch Ngô Thị Bích
 * Hạnh"). A query that finds nothing at all offers the first pass's suggestion.
 */
export function searchDirectory(db: Db, options: SearchOptions): SearchOutcome {
  const typed = readQuery(db, options.q, options);
  const outcome = searchPass(db, options, typed, "as typed");
  if (outcome.total > 0) return outcome;
  const rest = withoutAddress(options.q);
  const retried = rest === null ? null : searchPass(db, { ...options, q: rest }, readQuery(db, rest, options), "without address");
  if (retried && retried.total > 0) return { ...retried, query: options.q };
  const mixed = searchPass(db, options, typed, "name and role");
  return mixed.total > 0 ? mixed : outcome;
}

type Pass = "as typed" | "without address" | "name and role";

/** A query read against the dictionary, with its filters as a MATCH. */
interface ReadQuery {
  /** As typed, for respellings. */
  parsed: ParsedQuery;
  /** With prefixes settled, phrases marked and corrections added. */
  query: ParsedQuery;
  vocabulary: Vocabulary;
  facets: string | null;
  /** The province filter names no province: nothing can match. */
  unknownProvince: boolean;
}

/** The query read once for every pass that searches it; null when it has no words. */
function readQuery(db: Db, q: string, options: SearchOptions): ReadQuery | null {
  const parsed = parseQuery(q);
  if (parsed.groups.length === 0) return null;
  const vocabulary = vocabularyOf(db);
  const province = options.province === undefined ? undefined : provinceId(db, options.province);
  const facets = matchFacets({
    provinceId: province ?? undefined,
    level: options.level,
    kind: options.kind,
    current: options.current,
    type: options.type,
  });
  return { parsed, query: resolveWords(parsed, vocabulary), vocabulary, facets, unknownProvince: province === null };
}

function searchPass(db: Db, options: SearchOptions, read: ReadQuery | null, pass: Pass): SearchOutcome {
  if (!read) return emptyOutcome(options.q);
  const { parsed, query, vocabulary, facets } = read;
  const nameAndRole = pass === "name and role";
  if (read.unknownProvince || (nameAndRole && (query.groups.length < 2 || options.current === false || options.type === "organization"))) {
    return { ...emptyOutcome(options.q), terms: allTerms(query) };
  }
  const { list, more } = nameAndRole ? nameAndRoleMatches(db, query, vocabulary, facets) : tierList(db, query, vocabulary, facets, options);
  const rows = pageOf(db, query, list, options.offset, options.limit);
  return {
    query: options.q,
    total: list.length,
    totalIsLowerBound: more,
    results: hydrate(db, rows, options.locale ?? "vi"),
    terms: allTerms(query),
    suggestion: list.length === 0 && pass === "as typed" ? workingSuggestion(db, parsed, vocabulary, facets, options.current) : null,
  };
}

/** The first respelling of a query without results that has some. */
function workingSuggestion(
  db: Db,
  parsed: ParsedQuery,
  vocabulary: Vocabulary,
  facets: string | null,
  current: boolean | undefined,
): string | null {
  for (const respelt of suggestSpellings(parsed, vocabulary)) {
    const query = resolveWords(parseQuery(respelt), vocabulary);
    const tiers = searchTiers(query, { facets, current, vocabulary }).filter((tier) => tierMayMatch(tier, query, vocabulary));
    if (tiers.some((tier) => tierIds(db, tier).length > 0)) return respelt;
  }
  return null;
}

/** Provinces and cities in force, for the search page's filter. */
export function provinceOptions(db: Db): { slug: string; name: string }[] {
  return db
    .select({ slug: areas.slug, name: areas.name })
    .from(areas)
    .where(and(inArray(areas.kind, ["province", "city"]), isNull(areas.validUntil)))
    .orderBy(asc(areas.code), asc(areas.name))
    .all();
}
