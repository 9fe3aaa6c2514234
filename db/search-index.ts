/**
 * The full-text search index (owned by the search feature). Seeding and the
 * synthetic generator call these; the search feature fills them in.
 */
import type { Db } from "./client";

/** Rebuilds the whole index from the tables. */
export function rebuildSearchIndex(_db: Db): void {}

/** Runs a bulk load without per-row index maintenance, then rebuilds the index once. */
export function withoutSearchIndexing<T>(db: Db, load: () => T): T {
  const result = load();
  rebuildSearchIndex(db);
  return result;
}
