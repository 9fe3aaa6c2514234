/**
 * Writes the synthetic directory into a fresh SQLite file: one transaction,
 * prepared statements on the raw better-sqlite3 handle, ids from the generator.
 * The file is rebuilt from scratch, so it is loaded without WAL and without
 * syncing (a crash leaves a file that is deleted and made again anyway).
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { envSchema } from "../../lib/env";
import { databasePath, openDatabase, type Db } from "../client";
import { withoutSearchIndexing } from "../search-index";
import type { PartialDate } from "../../lib/dates";
import { generateSynthetic, type SyntheticOptions } from "./generate";
import type { SyntheticSink } from "./rows";

export interface SyntheticSummary {
  file: string;
  areas: number;
  organizations: number;
  posts: number;
  people: number;
  memberships: number;
  bytes: number;
  seconds: number;
}

type Counts = Pick<SyntheticSummary, "areas" | "organizations" | "posts" | "people" | "memberships">;

/** The demo database (DATABASE_PATH, else data/mttq.db) must never receive synthetic rows. */
export function assertNotDemoDatabase(file: string): void {
  const target = realPath(file);
  const DEFAULT_DATABASE_PATH = envSchema.shape.DATABASE_PATH.parse(undefined);
  const protectedFiles = [databasePath(), path.resolve(DEFAULT_DATABASE_PATH)].map(realPath);
  if (protectedFiles.includes(target)) {
    throw new Error(
      `refusing to overwrite ${target}: it is the directory's database (DATABASE_PATH or ${DEFAULT_DATABASE_PATH}); choose another --out`,
    );
  }
}

/** Deletes `file` and makes it again holding the synthetic directory. */
export function buildSyntheticDatabase(file: string, options: SyntheticOptions, log: (line: string) => void = () => {}): SyntheticSummary {
  const target = path.resolve(file);
  assertNotDemoDatabase(target);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  removeDatabase(target);
  let counts: Counts;
  try {
    const db = openDatabase(target);
    try {
      counts = fill(db, options, (line) => log(`${line} (${seconds().toFixed(1)} s)`));
    } finally {
      db.$client.close();
    }
  } catch (error) {
    removeDatabase(target);
    throw error;
  }
  return { file: target, ...counts, bytes: fs.statSync(target).size, seconds: seconds() };
}

function fill(db: Db, options: SyntheticOptions, log: (line: string) => void): Counts {
  const client = db.$client;
  setLoadingPragmas(client, true);
  const sink = sqliteSink(client, (phase, done) => log(`${phase}: ${describe(done)}`));
  withoutSearchIndexing(db, () => {
    client.transaction(() => withIndexesBuiltAfter(client, () => generateSynthetic(options, sink)))();
    log("indexes built");
  });
  log("search index rebuilt");
  setLoadingPragmas(client, false);
  checkForeignKeys(client);
  // Only now: statistics taken while the search documents table was still empty
  // lead the planner to plans that slow the index rebuild down many times over.
  client.exec("ANALYZE");
  log("foreign keys checked, statistics gathered");
  return sink.counts;
}

function realPath(file: string): string {
  const absolute = path.resolve(file);
  return fs.existsSync(absolute) ? fs.realpathSync(absolute) : absolute;
}

function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

function setLoadingPragmas(client: Database.Database, loading: boolean): void {
  // MEMORY rather than OFF: better-sqlite3's defensive mode refuses OFF, and a fresh
  // file has almost no old pages to journal, so the in-memory journal costs next to nothing.
  client.pragma(`journal_mode = ${loading ? "MEMORY" : "WAL"}`);
  client.pragma(`synchronous = ${loading ? "OFF" : "NORMAL"}`);
  // A large page cache keeps the index B-trees in memory while a few hundred thousand rows go in.
  client.pragma(`cache_size = ${loading ? -262144 : -2000}`);
}

/** The tables that take hundreds of thousands of rows. */
const BULK_TABLES = ["people", "memberships", "membership_sources"];

/**
 * Runs `load` with the bulk tables' secondary indexes dropped, then creates them
 * again from their own SQL: one sorted build per index is several times faster
 * than keeping each up to date row by row. (Posts keep theirs: memberships'
 * foreign key needs posts_id_org_unique while rows go in.)
 */
function withIndexesBuiltAfter(client: Database.Database, load: () => void): void {
  const indexes = client
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
        AND tbl_name IN (${BULK_TABLES.map(() => "?").join(", ")})`,
    )
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  for (const index of indexes) client.exec(`DROP INDEX "${index.name}"`);
  load();
  for (const index of indexes) client.exec(index.sql);
}

function checkForeignKeys(client: Database.Database): void {
  const broken = client.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0) throw new Error(`synthetic data breaks ${broken.length} foreign keys, e.g. ${JSON.stringify(broken[0])}`);
}

function describe(counts: Partial<Counts>): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${count.toLocaleString("en")} ${table}`)
    .join(", ");
}

/** [date, precision] columns of a partial date, or two nulls. */
function dateColumns(date: PartialDate | null): [string | null, string | null] {
  return date ? [date.value, date.precision] : [null, null];
}

function sqliteSink(
  client: Database.Database,
  onPhase: (phase: string, done: Partial<Counts>) => void,
): SyntheticSink & { counts: Counts } {
  // Every row gets the one time of this load, given rather than left to the column
  // default: evaluating strftime() for every row costs about a third of the insert time.
  const now = new Date().toISOString();
  const insert = (table: string, columns: string) => {
    const placeholders = columns
      .split(",")
      .map(() => "?")
      .join(", ");
    const statement = client.prepare(`INSERT INTO ${table} (${columns}, created_at, updated_at) VALUES (${placeholders}, ?, ?)`);
    return (...values: unknown[]) => statement.run(...values, now, now);
  };
  const statements = {
    source: insert("sources", "id, title, publisher, published_date, published_precision"),
    area: insert("areas", "id, slug, name, full_name, kind, parent_id, code, valid_from"),
    organization: insert(
      "organizations",
      "id, slug, name, name_en, short_name, kind, member_type, level, area_id, parent_id, sort_order, valid_from",
    ),
    post: insert("posts", "id, organization_id, role_key, title, sort_order, max_holders"),
    person: insert("people", "id, slug, full_name, folded_name, gender, birth_year, ethnicity, hometown"),
    membership: insert(
      "memberships",
      `id, person_id, post_id, organization_id, start_date, start_precision, end_date, end_precision, end_reason,
        attested_date, attested_precision`,
    ),
    membershipSource: insert("membership_sources", "membership_id, source_id"),
  };
  const counts: Counts = { areas: 0, organizations: 0, posts: 0, people: 0, memberships: 0 };
  let reported: Counts = { ...counts };

  return {
    counts,
    source(row) {
      statements.source(row.id, row.title, row.publisher, row.published.value, row.published.precision);
    },
    area(row) {
      statements.area(row.id, row.slug, row.name, row.fullName, row.kind, row.parentId, row.code, row.validFrom);
      counts.areas++;
    },
    organization(row) {
      statements.organization(
        row.id,
        row.slug,
        row.name,
        row.nameEn,
        row.shortName,
        row.kind,
        row.memberType,
        row.level,
        row.areaId,
        row.parentId,
        row.sortOrder,
        row.validFrom,
      );
      counts.organizations++;
    },
    post(row) {
      statements.post(row.id, row.organizationId, row.roleKey, row.title, row.sortOrder, row.maxHolders);
      counts.posts++;
    },
    person(row) {
      statements.person(row.id, row.slug, row.fullName, row.foldedName, row.gender, row.birthYear, row.ethnicity, row.hometown);
      counts.people++;
    },
    membership(row) {
      statements.membership(
        row.id,
        row.personId,
        row.postId,
        row.organizationId,
        ...dateColumns(row.start),
        ...dateColumns(row.end),
        row.endReason,
        ...dateColumns(row.attested),
      );
      statements.membershipSource(row.id, row.sourceId);
      counts.memberships++;
    },
    phaseDone(phase) {
      const done = Object.fromEntries(Object.entries(counts).map(([table, count]) => [table, count - reported[table as keyof Counts]]));
      reported = { ...counts };
      onPhase(phase, done);
    },
  };
}
