/**
 * Searching people and organisations through the FTS5 index
 * (db/migrations/0001_search_index.sql; the matching rules are in lib/search).
 *
 * Results are listed tier by tier (lib/search/tiers.ts), each tier read in index
 * order with LIMIT, so a page costs a few index seeks however many documents
 * match. The first RERANK_WINDOW positions are re-ranked by lib/search/rank.ts;
 * that window is fixed, so pages never overlap or skip.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { Db } from "../client";
import { areas, type Level, type OrganizationKind } from "../schema";
import { docKind, docRecordId, type DocKind } from "../../lib/search/documents";
import { matchFacets } from "../../lib/search/fts";
import { allTerms, parseQuery, suggestSpellings, resolveWords, type ParsedQuery, type Term } from "../../lib/search/query";
import { rankCandidates, type Candidate } from "../../lib/search/rank";
import { matchKind, searchTiers, type Tier, type TierOptions } from "../../lib/search/tiers";
import { Vocabulary } from "../../lib/search/vocabulary";
import { localePath, type Locale } from "../../lib/i18n/locales";
import { postTitle } from "../../lib/roles";
import { todayIso } from "../../lib/dates";

export const RERANK_WINDOW = 24;
/**
 * Counting stops here: an exact count of a broad query ("nguyen" holds 40% of
 * names) would cost more than the page itself. Pages end here too.
 */
export const MAX_COUNTED = 1000;

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

export interface SearchRole {
  title: string;
  organization: string;
  organizationSlug: string;
}

export interface SearchHit {
  type: DocKind;
  slug: string;
  name: string;
  url: string;
  /** A person's current roles; empty for organisations. */
  roles: SearchRole[];
  /** For organisations: its kind and level, for the result line. */
  organizationKind?: OrganizationKind;
  level?: Level;
  score: number;
}

export interface SearchOutcome {
  query: string;
  /** Results, counted up to MAX_COUNTED. */
  total: number;
  /** The count stopped at MAX_COUNTED: there are more. */
  totalIsLowerBound: boolean;
  results: SearchHit[];
  /** Every term the query matches, for highlighting. */
  terms: Term[];
  /** A respelling of the query that has results, offered when it has none. */
  suggestion: string | null;
}

interface Row extends Candidate {
  score: number;
}

// ---- the dictionary, cached per connection until the database changes ----

const vocabularies = new WeakMap<Database.Database, { version: string; vocabulary: Vocabulary }>();

function databaseVersion(client: Database.Database): string {
  // data_version moves when another connection commits; total_changes when this one writes.
  const dataVersion = client.pragma("data_version", { simple: true });
  const changes = client.prepare("SELECT total_changes() AS n").pluck().get();
  return `${dataVersion}:${changes}`;
}

export function vocabularyOf(db: Db): Vocabulary {
  const client = db.$client;
  const version = databaseVersion(client);
  const cached = vocabularies.get(client);
  if (cached?.version === version) return cached.vocabulary;
  const rows = client
    .prepare(
      `SELECT term, sum(doc) FROM (SELECT term, doc FROM search_people_vocab
        UNION ALL SELECT term, doc FROM search_organizations_vocab) GROUP BY term`,
    )
    .raw()
    .all() as [string, number][];
  // Facet tokens start with "đ", which no folded word has.
  const vocabulary = new Vocabulary(rows.filter(([term]) => !term.startsWith("đ")));
  vocabularies.set(client, { version, vocabulary });
  return vocabulary;
}

// ---- reading the index ----

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepared once per connection: compiling costs more than running these queries. */
function statement(db: Db, sqlText: string): Database.Statement {
  let cache = statements.get(db.$client);
  if (!cache) statements.set(db.$client, (cache = new Map()));
  let prepared = cache.get(sqlText);
  if (!prepared) cache.set(sqlText, (prepared = db.$client.prepare(sqlText)));
  return prepared;
}

const FTS_TABLES: Record<DocKind, string> = {
  person: "search_people_fts",
  organization: "search_organizations_fts",
};

/** The FROM and WHERE of a read of one kind's index: the MATCH and ids to leave out. */
function tierSource(kind: DocKind, exclude: number[]): string {
  const table = FTS_TABLES[kind];
  const leaveOut = exclude.length ? ` AND rowid NOT IN (${exclude.map(() => "?").join(",")})` : "";
  return `${table} WHERE ${table} MATCH ?${leaveOut}`;
}

/** Matches of one kind, counted up to `cap`. */
function countMatches(db: Db, match: string, kind: DocKind, cap: number, exclude: number[] = []): number {
  const sqlText = `SELECT count(*) FROM (SELECT 1 FROM ${tierSource(kind, exclude)} LIMIT ?)`;
  return statement(db, sqlText).pluck().get(match, ...exclude, cap) as number;
}

function readTier(db: Db, tier: Tier, exclude: number[], limit: number, offset: number): Row[] {
  const sqlText = `SELECT rowid AS id, name, about, former FROM ${tierSource(tier.kind, exclude)}
    ORDER BY rowid LIMIT ? OFFSET ?`;
  const rows = statement(db, sqlText).all(tier.match, ...exclude, limit, offset) as Omit<Row, "kind" | "score">[];
  return rows.map((row) => ({ ...row, kind: tier.kind, score: tier.score }));
}

/** People whose whole folded name is the query, passing the facet filters. */
function exactNames(db: Db, query: ParsedQuery, facets: string | null): Row[] {
  const rows = statement(
    db,
    `SELECT d.id, d.name, d.about, d.former FROM people p
     JOIN search_docs d ON d.kind = 'person' AND d.ref_id = p.id
     WHERE p.folded_name = ? AND p.retracted_at IS NULL ORDER BY d.id LIMIT 50`,
  ).all(query.words.join(" ")) as Omit<Row, "kind" | "score">[];
  const passes = statement(db, "SELECT 1 FROM search_people_fts WHERE search_people_fts MATCH ? AND rowid = ?").pluck();
  return rows
    .filter((row) => !facets || passes.get(facets, row.id) !== undefined)
    .map((row) => ({ ...row, kind: "person" as const, score: 0 }));
}

/**
 * Results [start, end) in list order: the exact names, then each tier in turn
 * (the tier that also holds the exact names skips them). A tier is counted only
 * when a page starts beyond it.
 */
function listSlice(db: Db, tiers: Tier[], exact: Row[], start: number, end: number): Row[] {
  const out: Row[] = exact.slice(start, end);
  const exactIds = exact.map((row) => row.id);
  let position = exact.length;
  for (const tier of tiers) {
    if (position >= end) break;
    const exclude = tier.holdsExactNames ? exactIds : [];
    const skip = Math.max(0, start - position);
    if (skip > 0) {
      const size = countMatches(db, tier.match, tier.kind, skip + 1, exclude);
      if (skip >= size) {
        position += size;
        continue;
      }
    }
    const wanted = end - Math.max(start, position);
    const rows = readTier(db, tier, exclude, wanted, skip);
    out.push(...rows);
    if (rows.length === wanted) break;
    position += skip + rows.length;
  }
  return out;
}

/** One page of results, the first RERANK_WINDOW positions in precise rank order. */
function pageOf(db: Db, query: ParsedQuery, tiers: Tier[], exact: Row[], offset: number, limit: number): Row[] {
  const end = offset + limit;
  if (offset >= RERANK_WINDOW) return listSlice(db, tiers, exact, offset, end);
  const window = rankCandidates(query, listSlice(db, tiers, exact, 0, RERANK_WINDOW));
  const tail = end > RERANK_WINDOW ? listSlice(db, tiers, exact, RERANK_WINDOW, end) : [];
  return [...window, ...tail].slice(offset, end);
}

// ---- from documents to results ----

interface PersonRow {
  id: number;
  slug: string;
  fullName: string;
}

interface RoleRow {
  personId: number;
  title: string;
  roleKey: string;
  organization: string;
  organizationEn: string | null;
  organizationSlug: string;
  level: Level;
}

interface OrganizationRow {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
  kind: OrganizationKind;
  level: Level;
}

// Ids travel as one JSON array parameter, so each statement is prepared once.
const PEOPLE_SQL = `SELECT id, slug, full_name AS fullName FROM people WHERE id IN (SELECT value FROM json_each(?))`;
const CURRENT_ROLES_SQL = `
  SELECT m.person_id AS personId, p.title, p.role_key AS roleKey, o.name AS organization,
    o.name_en AS organizationEn, o.slug AS organizationSlug, o.level
  FROM memberships m
  JOIN posts p ON p.id = m.post_id
  JOIN organizations o ON o.id = m.organization_id
  WHERE m.person_id IN (SELECT value FROM json_each(?)) AND m.retracted_at IS NULL AND m.held_until >= ?
  ORDER BY CASE o.level WHEN 'central' THEN 0 WHEN 'province' THEN 1 WHEN 'district' THEN 2 ELSE 3 END,
    p.sort_order, o.name`;
const ORGANIZATIONS_SQL = `SELECT id, slug, name, name_en AS nameEn, kind, level FROM organizations
  WHERE id IN (SELECT value FROM json_each(?))`;

function personHits(db: Db, ids: number[], locale: Locale): Map<number, Omit<SearchHit, "score">> {
  if (ids.length === 0) return new Map();
  const list = JSON.stringify(ids);
  const found = statement(db, PEOPLE_SQL).all(list) as PersonRow[];
  const roles = statement(db, CURRENT_ROLES_SQL).all(list, todayIso()) as RoleRow[];
  return new Map(
    found.map((person) => [
      person.id,
      {
        type: "person" as const,
        slug: person.slug,
        name: person.fullName,
        url: localePath(locale, `/people/${person.slug}`),
        roles: roles
          .filter((role) => role.personId === person.id)
          .map((role) => ({
            title: postTitle(role, locale, role.level),
            organization: (locale === "en" && role.organizationEn) || role.organization,
            organizationSlug: role.organizationSlug,
          })),
      },
    ]),
  );
}

function organizationHits(db: Db, ids: number[], locale: Locale): Map<number, Omit<SearchHit, "score">> {
  if (ids.length === 0) return new Map();
  const found = statement(db, ORGANIZATIONS_SQL).all(JSON.stringify(ids)) as OrganizationRow[];
  return new Map(
    found.map((o) => [
      o.id,
      {
        type: "organization" as const,
        slug: o.slug,
        name: (locale === "en" && o.nameEn) || o.name,
        url: localePath(locale, `/organizations/${o.slug}`),
        roles: [],
        organizationKind: o.kind,
        level: o.level,
      },
    ]),
  );
}

function hydrate(db: Db, rows: Row[], locale: Locale): SearchHit[] {
  const idsOf = (kind: DocKind) => rows.filter((r) => docKind(r.id) === kind).map((r) => docRecordId(r.id));
  const persons = personHits(db, idsOf("person"), locale);
  const orgs = organizationHits(db, idsOf("organization"), locale);
  return rows.flatMap((row) => {
    const hit = (docKind(row.id) === "person" ? persons : orgs).get(docRecordId(row.id));
    return hit ? [{ ...hit, score: row.score }] : [];
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

function totalOf(db: Db, query: ParsedQuery, options: TierOptions): { total: number; capped: boolean } {
  const counts = (["person", "organization"] as const).map((kind) => {
    const match = matchKind(query, kind, options);
    return match ? countMatches(db, match, kind, MAX_COUNTED) : 0;
  });
  return { total: Math.min(MAX_COUNTED, counts[0] + counts[1]), capped: counts.some((n) => n >= MAX_COUNTED) };
}

function emptyOutcome(q: string): SearchOutcome {
  return { query: q, total: 0, totalIsLowerBound: false, results: [], terms: [], suggestion: null };
}

export function searchDirectory(db: Db, options: SearchOptions): SearchOutcome {
  const parsed = parseQuery(options.q);
  if (parsed.groups.length === 0) return emptyOutcome(options.q);
  const vocabulary = vocabularyOf(db);
  const query = resolveWords(parsed, vocabulary);
  const province = options.province === undefined ? undefined : provinceId(db, options.province);
  if (province === null) return { ...emptyOutcome(options.q), terms: allTerms(query) };
  const facets = matchFacets({ provinceId: province, level: options.level, kind: options.kind, current: options.current });

  const tierOptions = { facets, type: options.type, current: options.current };
  const { total, capped } = totalOf(db, query, tierOptions);
  const tiers = searchTiers(query, tierOptions);
  const exact = options.type === "organization" ? [] : exactNames(db, query, facets);
  const end = Math.min(total, options.offset + options.limit);
  const rows = end <= options.offset ? [] : pageOf(db, query, tiers, exact, options.offset, end - options.offset);
  return {
    query: options.q,
    total,
    totalIsLowerBound: capped,
    results: hydrate(db, rows, options.locale ?? "vi"),
    terms: allTerms(query),
    suggestion: total === 0 ? workingSuggestion(db, parsed, vocabulary, tierOptions) : null,
  };
}

/** The first respelling of a query without results that has some. */
function workingSuggestion(db: Db, parsed: ParsedQuery, vocabulary: Vocabulary, options: TierOptions): string | null {
  for (const respelt of suggestSpellings(parsed, vocabulary)) {
    const query = resolveWords(parseQuery(respelt), vocabulary);
    if (totalOf(db, query, options).total > 0) return respelt;
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
