import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "../lib/env";
import { fold } from "../lib/fold";
import { namePairs, wordBigrams } from "../lib/search/pairs";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().DATABASE_PATH);
}

export function migrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
}

/** Compiled statements kept per connection; enough for every query the app runs, bounded because some texts vary with their input (IN lists). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Makes the connection's `prepare` reuse statements it compiled before, for
 * drizzle's queries (which prepare on every run) and ours alike: compiling costs
 * about as much as running most of the directory's queries. A reused statement
 * comes back in its default mode (rows as objects), as a fresh one would; one
 * that is busy (an unfinished iterate()) is not reused. No caller may bind()
 * parameters to a statement for good, since others get the same one.
 */
function reuseStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      // Map order is the eviction order: most recently used last.
      cache.delete(source);
      cache.set(source, cached);
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * Opens (creating if needed) a SQLite file with the pragmas every connection needs
 * and applies pending migrations; migrate() skips those already applied.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const readonly = options.readonly ?? false;
  const sqlite = new Database(file, { readonly, fileMustExist: readonly });
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // Lets SQL (triggers, indexes, queries) fold Vietnamese exactly as lib/fold.ts does.
  sqlite.function("fold_vi", { deterministic: true }, (value: unknown) => (typeof value === "string" ? fold(value) : value));
  // The names index's word pairs (lib/search/pairs.ts), which its content view appends.
  sqlite.function("name_pairs", { deterministic: true }, (value: unknown) => (typeof value === "string" ? namePairs(value) : ""));
  // Every index's tokens of words side by side (lib/search/pairs.ts), which the content views append.
  sqlite.function("word_bigrams", { deterministic: true }, (value: unknown) => (typeof value === "string" ? wordBigrams(value) : ""));
  reuseStatements(sqlite);
  if (!options.readonly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
  }
  const db = drizzle(sqlite, { schema }) as Db;
  if (!options.readonly) migrate(db, { migrationsFolder: migrationsFolder() });
  return db;
}

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { mttqDb?: Db };

export function getDb(): Db {
  if (!globalForDb.mttqDb) globalForDb.mttqDb = openDatabase(databasePath());
  return globalForDb.mttqDb;
}

/** Runs `work` in one write transaction (BEGIN IMMEDIATE, so concurrent writers queue rather than fail). */
export function inTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.$client.transaction(() => work(db)).immediate();
}
