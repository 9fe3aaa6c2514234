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
import { docKind, wordsOf, type DocKind } from "../../lib/search/documents";
import { both, matchFacets } from "../../lib/search/fts";
import {
  allTerms,
  hasLooserReading,
  nameReadings,
  parseQuery,
  type NameReading,
  resolveWords,
  suggestSpellings,
  withinEdits,
  withoutAddress,
  withoutGroup,
  writtenGroup,
  type Group,
  type ParsedQuery,
  type Term,
} from "../../lib/search/query";
import { markSignature } from "../../lib/search/spelling";
import { rankCandidates, SCORES, Scorer, type Candidate } from "../../lib/search/rank";
import { groupMayOccur, INDEX_POSITIONS, namesMatch, searchTiers, tierMayMatch, tierScore, type Tier } from "../../lib/search/tiers";
import { Vocabulary } from "../../lib/search/vocabulary";
import { BIGRAM_END, BIGRAM_START, PAIR_END, PAIR_START } from "../../lib/search/pairs";
import { MAX_OFFSET } from "../../lib/search/params";
import { localePath, type Locale } from "../../lib/i18n/locales";
import { organizationName, roleTitle } from "../../lib/titles";

export const RERANK_WINDOW = 24;
/** The most edits a correction may take (lib/search/spelling.ts allowedEdits). */
const MAX_EDITS = 2;
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
  /** Every word as typed: no respelling applied, no word left out. */
  strict?: boolean;
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
  /** The results are for this respelling of the query, which found nothing as typed. */
  respelled: string | null;
  /** Words of the query (as written) left out to find something, the whole query having found nothing; empty when none were. */
  dropped: string[];
  /** What was searched when words were left out: the query's other words, as written. */
  relaxedQuery: string | null;
}

// ---- the dictionary, cached per connection until the index changes ----

// Loading it reads every word list of the three indexes: a fraction of a second at 200,000 people.
const vocabularies = new WeakMap<Database.Database, { version: number; vocabulary: Vocabulary }>();

// Each word with its documents in each index, in INDEX_POSITIONS order. The names index's
// word pairs and every index's words side by side (lib/search/pairs.ts) are left out (they
// outnumber the words by far), one term range at a time so fts5vocab skips them.
const VOCABULARY_SQL = `
  SELECT term, sum(names), sum(roles), sum(former) FROM (
    SELECT term, doc AS names, 0 AS roles, 0 AS former FROM search_names_vocab WHERE term < '${BIGRAM_START}'
    UNION ALL SELECT term, doc, 0, 0 FROM search_names_vocab WHERE term >= '${BIGRAM_END}' AND term < '${PAIR_START}'
    UNION ALL SELECT term, doc, 0, 0 FROM search_names_vocab WHERE term >= '${PAIR_END}'
    UNION ALL SELECT term, 0, doc, 0 FROM search_roles_vocab WHERE term < '${BIGRAM_START}'
    UNION ALL SELECT term, 0, doc, 0 FROM search_roles_vocab WHERE term >= '${BIGRAM_END}'
    UNION ALL SELECT term, 0, 0, doc FROM search_former_vocab WHERE term < '${BIGRAM_START}'
    UNION ALL SELECT term, 0, 0, doc FROM search_former_vocab WHERE term >= '${BIGRAM_END}'
  ) GROUP BY term`;

/** How many people's names (of those searched) hold each word. */
function wordsOfPeoplesNames(db: Db): Map<string, number> {
  const counts = new Map<string, number>();
  const names = db.$client.prepare("SELECT name FROM search_docs WHERE kind = 'person'").pluck().iterate() as Iterable<string>;
  for (const name of names) for (const word of new Set(wordsOf(name))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function vocabularyOf(db: Db): Vocabulary {
  // search_state.version counts the index's changes (its triggers and rebuilds keep it).
  const version = db.$client.prepare("SELECT version FROM search_state WHERE id = 1").pluck().get() as number;
  const cached = vocabularies.get(db.$client);
  if (cached?.version === version) return cached.vocabulary;
  const rows = db.$client.prepare(VOCABULARY_SQL).raw().all() as [string, number, number, number][];
  const phrases = db.$client.prepare("SELECT phrase FROM search_phrases").pluck().all() as string[];
  const vocabulary = new Vocabulary(rows, phrases, wordsOfPeoplesNames(db));
  vocabularies.set(db.$client, { version, vocabulary });
  return vocabulary;
}

// ---- reading the index ----

/** A listed document: its id, and the score it takes if it is not re-ranked; what it shows, once read. */
interface Listed {
  id: number;
  score: number;
  display?: string;
}

/** A tier's first MAX_LISTED + 1 document ids, in index order: one evaluation of its MATCH. */
function tierIds(db: Db, tier: Pick<Tier, "index" | "match">): number[] {
  const table = `search_${tier.index}_fts`;
  return db.$client
    .prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid LIMIT ?`)
    .pluck()
    .all(tier.match, MAX_LISTED + 1) as number[];
}

/**
 * People whose whole folded name is a reading of the query (as typed, slips
 * undone, or with a word or two corrected: lib/search/query.ts nameReadings)
 * and who pass the facet filters: fewest edits first, then, for a query typed
 * with marks, those whose name has the very marks.
 */
function exactNames(db: Db, query: ParsedQuery, vocabulary: Vocabulary, facets: string | null): Listed[] {
  const readings = nameReadings(query, (word) => vocabulary.countIn(word, INDEX_POSITIONS.names) > 0);
  const asTyped = readings.filter((r) => r.edits === 0);
  const exact = peopleNamed(db, asTyped, query.marks);
  // Corrected names rank below exact ones: looked for only when there is none.
  const corrected =
    exact.length > 0
      ? []
      : peopleNamed(
          db,
          readings.filter((r) => r.edits > 0),
          null,
        );
  // better-sqlite3 binds numbers as REAL, and FTS5 ignores a rowid constraint that is not an INTEGER.
  const passes = db.$client.prepare("SELECT 1 FROM search_names_fts WHERE search_names_fts MATCH ? AND rowid = CAST(? AS INTEGER)").pluck();
  const pass = (id: number) => !facets || passes.get(facets, id) !== undefined;
  return [
    ...exact.filter(pass).map((id) => ({ id, score: SCORES.exactName })),
    ...corrected.filter(pass).map((id) => ({ id, score: SCORES.exactNameWithTypos })),
  ];
}

/**
 * Document ids of the people with one of the names (as many as the window
 * ranks), fewest edits first, then (for a query typed with marks, when all are
 * read) those whose name has the very marks, then index order (current
 * holders first).
 */
function peopleNamed(db: Db, readings: NameReading[], marks: string[] | null): number[] {
  if (readings.length === 0) return [];
  const edits = new Map(readings.map((r) => [r.name, r.edits]));
  // With marks, all namesakes are read to find those with the very marks; else the first few in index order.
  const rows = db.$client
    .prepare(
      // Both indexes cover the query; retracted people have no document, so the join leaves them out.
      `SELECT d.id, p.folded_name, p.full_name FROM people p JOIN search_docs d ON d.kind = 'person' AND d.ref_id = p.id
       WHERE p.folded_name IN (SELECT value FROM json_each(?)) ORDER BY d.id LIMIT ?`,
    )
    .raw()
    .all(JSON.stringify(readings.map((r) => r.name)), marks ? MAX_LISTED : RERANK_WINDOW) as [number, string, string][];
  const sameMarks = (fullName: string) => (marks ? fullName.split(/\s+/).filter((word, i) => markSignature(word) === marks[i]).length : 0);
  return rows
    .map(([id, folded, fullName]) => ({ id, edits: edits.get(folded) ?? 0, marks: sameMarks(fullName) }))
    .sort((a, b) => a.edits - b.edits || b.marks - a.marks)
    .map((row) => row.id);
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
  for (const tier of tiers) {
    if (list.length > needed) return { list, more: true };
    const ids = tierIds(db, tier);
    for (const id of ids.slice(0, MAX_LISTED)) {
      if (seen.has(id)) continue;
      seen.add(id);
      list.push({ id, score: tierScore(tier, docKind(id), query.isRoleQuery) });
    }
    if (ids.length > MAX_LISTED || list.length > MAX_LISTED) return { list: list.slice(0, MAX_LISTED), more: true };
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

/** The documents' text, for ranking, and what they show, in the given order. */
function loadCandidates(db: Db, listed: Listed[]): (Candidate & { display: string })[] {
  const rows = db.$client
    .prepare(
      `SELECT id, kind, name, about, former, display, CASE kind WHEN 'person' THEN json_extract(display, '$.name') END AS marked
       FROM search_docs WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(listed.map((l) => l.id))) as (Candidate & { display: string })[];
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
  const unread = rows.filter((row) => row.display === undefined).map((row) => row.id);
  const displays = new Map(
    unread.length === 0
      ? []
      : (db.$client
          .prepare("SELECT id, display FROM search_docs WHERE id IN (SELECT value FROM json_each(?))")
          .raw()
          .all(JSON.stringify(unread)) as [number, string][]),
  );
  return rows.flatMap((row) => {
    const display = row.display ?? displays.get(row.id);
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
  return {
    query: q,
    total: 0,
    totalIsLowerBound: false,
    results: [],
    terms: [],
    suggestion: null,
    respelled: null,
    dropped: [],
    relaxedQuery: null,
  };
}

/** The tiers of the query that may match. */
function tiersOf(query: ParsedQuery, vocabulary: Vocabulary, facets: string | null, current: boolean | undefined): Tier[] {
  return searchTiers(query, { facets, current, vocabulary }).filter((tier) => tierMayMatch(tier, query, vocabulary));
}

/** Full names read with a correction are listed ahead of the tiers up to this many; the rest follow them. */
const CORRECTED_NAMES_AHEAD = RERANK_WINDOW / 2;

/**
 * The result list of the query within `maxEdits` of what was typed. As typed
 * (0): the exact full names, then those with a word corrected (a few ahead,
 * so the window re-ranks them against the words as typed), then the tiers.
 * With corrections: the tiers alone, the full names having been tried.
 */
function tierList(db: Db, read: ReadQuery, options: SearchOptions, maxEdits: number) {
  const { query, vocabulary, facets } = read;
  const needed = Math.max(RERANK_WINDOW, options.offset + options.limit);
  const tiers = tiersOf(withinEdits(query, maxEdits), vocabulary, facets, options.current);
  if (maxEdits > 0 || options.type === "organization") return resultList(db, query, tiers, [], needed);
  const names = exactNames(db, query, vocabulary, facets);
  const exact = names.filter((l) => l.score === SCORES.exactName);
  const corrected = names.filter((l) => l.score !== SCORES.exactName);
  const ahead = [...exact, ...corrected.slice(0, CORRECTED_NAMES_AHEAD)];
  const { list, more } = resultList(db, query, tiers, ahead, needed);
  const listed = new Set(list.map((l) => l.id));
  const rest = corrected.filter((l) => !listed.has(l.id));
  return { list: [...list, ...rest].slice(0, MAX_LISTED), more: more || list.length + rest.length > MAX_LISTED };
}

/**
 * The query's results. When it has none: the same without a leading form of
 * address ("ông Tống Thanh Bình"); then people whose name and current roles
 * hold the words between them ("chủ tịch Ngô Thị Bích Hạnh"); then, unless
 * asked for the strict query, a respelling that finds something (applied, and
 * said so: `respelled`), and last the query with the words that cost most left
 * out (`dropped`). It comes back empty only when nothing is close.
 */
export function searchDirectory(db: Db, options: SearchOptions): SearchOutcome {
  const typed = readQuery(db, options.q, options);
  const outcome = searchRead(db, options, typed, options.q);
  if (outcome.total > 0 || !typed) return outcome;
  const respelt = workingSuggestion(db, typed, options.current);
  if (options.strict) return { ...outcome, suggestion: respelt };
  return respelled(db, options, respelt) ?? relaxed(db, options, typed) ?? outcome;
}

/** The results of a respelling of the query, said so; null when it finds nothing. */
function respelled(db: Db, options: SearchOptions, respelt: string | null): SearchOutcome | null {
  if (!respelt) return null;
  const found = searchRead(db, options, readQuery(db, respelt, options), respelt);
  return found.total > 0 ? { ...found, query: options.q, respelled: respelt } : null;
}

/**
 * The passes that keep every word: as typed, without a leading form of address
 * (when `typed` is the text read), then name and role together; first with the
 * words as typed (slips undone), then with their corrections.
 */
function searchRead(db: Db, options: SearchOptions, read: ReadQuery | null, typed: string | null): SearchOutcome {
  if (!read) return emptyOutcome(options.q);
  const rest = typed === null ? null : withoutAddress(typed);
  const withoutForm = rest === null ? null : readQuery(db, rest, options);
  let outcome = emptyOutcome(options.q);
  for (const maxEdits of hasLooserReading(read.query, 0) ? [0, MAX_EDITS] : [0]) {
    for (const [pass, reading] of [
      ["as typed", read],
      ["without address", withoutForm],
      ["name and role", read],
    ] as const) {
      outcome = searchPass(db, options, reading, pass, maxEdits);
      if (outcome.total > 0) return { ...outcome, query: options.q };
    }
  }
  return { ...outcome, query: options.q };
}

/** At most this many words, and half the query's, are left out of a query that finds nothing. */
const MAX_DROPPED = 4;

/** The query without the groups at the given positions. */
function without(read: ReadQuery, positions: number[]): ReadQuery {
  let { query, parsed } = read;
  for (const i of [...positions].sort((a, b) => b - a)) [query, parsed] = [withoutGroup(query, i), withoutGroup(parsed, i)];
  return { ...read, query, parsed };
}

/**
 * The query with the words that cost most left out, until something is found:
 * first every word that occurs nowhere even corrected; then the one word, or
 * the two neighbouring words ("hà nội"), without which the rest finds the
 * fewest results (but some), the later on a tie; failing those, the last word,
 * and the search goes on. Null when nothing is found with one word left, or
 * with MAX_DROPPED words left out.
 */
function relaxed(db: Db, options: SearchOptions, typed: ReadQuery): SearchOutcome | null {
  const nowhere = typed.query.groups.flatMap((group, i) =>
    (["names", "roles", "former"] as const).some((index) => groupMayOccur(group, index, typed.vocabulary)) ? [] : [i],
  );
  const most = Math.min(MAX_DROPPED, Math.floor(typed.query.groups.length / 2));
  if (nowhere.length > most) return null;
  const dropped = nowhere.map((i) => writtenGroup(typed.query, i));
  let read = without(typed, nowhere);
  const found = (positions: number[]) => {
    const rest = without(read, positions);
    const outcome = searchRead(db, options, rest, null);
    if (outcome.total === 0) return null;
    return {
      ...outcome,
      dropped: [...dropped, ...positions.map((i) => writtenGroup(read.query, i))],
      relaxedQuery: rest.query.written.join(" "),
    };
  };
  while (read.query.groups.length > 0 && dropped.length <= most) {
    if (dropped.length > 0) {
      const outcome = found([]);
      if (outcome) return outcome;
    }
    const n = read.query.groups.length;
    if (n === 1 || dropped.length === most) break;
    const choices = [...read.query.groups.keys()].map((i) => [i]);
    if (dropped.length + 2 <= most) for (let i = 0; i + 1 < n; i++) choices.push([i, i + 1]);
    // Counted cheaply first; the one chosen is then searched in full.
    const counted = choices
      .map((positions) => ({ positions, total: listedCount(db, options, without(read, positions)) }))
      .filter((c) => c.total > 0)
      .sort((a, b) => a.positions.length - b.positions.length || a.total - b.total || b.positions[0] - a.positions[0]);
    for (const { positions } of counted) {
      const outcome = found(positions);
      if (outcome) return outcome;
    }
    dropped.push(writtenGroup(read.query, n - 1));
    read = without(read, [n - 1]);
  }
  return null;
}

/** How many results the query's tiers list (as typed, else corrected), without ranking or reading them: for choosing words to leave out. */
function listedCount(db: Db, options: SearchOptions, read: ReadQuery): number {
  if (read.unknownProvince) return 0;
  for (const maxEdits of hasLooserReading(read.query, 0) ? [0, MAX_EDITS] : [0]) {
    const { list } = tierList(db, read, options, maxEdits);
    if (list.length > 0) return list.length;
  }
  return read.query.isRoleQuery && options.type !== "organization"
    ? nameAndRoleMatches(db, read.query, read.vocabulary, read.facets).list.length
    : 0;
}

type Pass = "as typed" | "without address" | "name and role";

/** A query read against the dictionary, with its filters as a MATCH. */
interface ReadQuery {
  /** As typed, for respellings. */
  parsed: ParsedQuery;
  /** With prefixes settled, phrases marked, slip readings and corrections added. */
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

function searchPass(db: Db, options: SearchOptions, read: ReadQuery | null, pass: Pass, maxEdits: number): SearchOutcome {
  if (!read) return emptyOutcome(options.q);
  const { query, vocabulary, facets } = read;
  const nameAndRole = pass === "name and role";
  if (read.unknownProvince || (nameAndRole && (query.groups.length < 2 || options.current === false || options.type === "organization"))) {
    return { ...emptyOutcome(options.q), terms: allTerms(query) };
  }
  const { list, more } = nameAndRole
    ? nameAndRoleMatches(db, withinEdits(query, maxEdits), vocabulary, facets)
    : tierList(db, read, options, maxEdits);
  // Ranked with every reading, so a name found as typed still shows what a correction matches.
  const rows = pageOf(db, query, list, options.offset, options.limit);
  return {
    ...emptyOutcome(options.q),
    total: list.length,
    totalIsLowerBound: more,
    results: hydrate(db, rows, options.locale ?? "vi"),
    terms: allTerms(query),
  };
}

/** The first respelling of a query without results that has some. */
function workingSuggestion(db: Db, read: ReadQuery, current: boolean | undefined): string | null {
  const { parsed, vocabulary, facets } = read;
  for (const respelt of suggestSpellings(parsed, vocabulary)) {
    const query = resolveWords(parseQuery(respelt), vocabulary);
    if (tiersOf(query, vocabulary, facets, current).some((tier) => tierIds(db, tier).length > 0)) return respelt;
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
