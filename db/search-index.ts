/**
 * The full-text search index (db/migrations/0001_search_index.sql): triggers keep
 * it in step with every write; these functions rebuild it whole and let bulk
 * loads run without per-row index upkeep.
 */
import { inTransaction, type Db } from "./client";
import { indexedPhrases } from "../lib/search/equivalents";

const REBUILD = `
  DELETE FROM search_docs;
  INSERT INTO search_docs (id, kind, ref_id, name, about, former, facets, display)
    SELECT id, kind, ref_id, name, about, former, facets, display FROM search_source_docs;
  INSERT INTO search_names_fts (search_names_fts) VALUES ('rebuild');
  INSERT INTO search_roles_fts (search_roles_fts) VALUES ('rebuild');
  INSERT INTO search_former_fts (search_former_fts) VALUES ('rebuild');
  INSERT INTO search_names_fts (search_names_fts) VALUES ('optimize');
  INSERT INTO search_roles_fts (search_roles_fts) VALUES ('optimize');
  INSERT INTO search_former_fts (search_former_fts) VALUES ('optimize');
  UPDATE search_state SET version = version + 1 WHERE id = 1;
`;

/** The phrases held as single words, as lib/search/equivalents.ts lists them now. */
function syncPhrases(db: Db): void {
  db.$client.exec("DELETE FROM search_phrases");
  const insert = db.$client.prepare("INSERT INTO search_phrases (phrase) VALUES (?)");
  for (const phrase of indexedPhrases()) insert.run(phrase);
}

/** Rebuilds the whole index from the tables (npm run db:reindex; after bulk loads). */
export function rebuildSearchIndex(db: Db): void {
  inTransaction(db, () => {
    syncPhrases(db);
    db.$client.exec(REBUILD);
  });
}

function isSuspended(db: Db): boolean {
  const row = db.$client.prepare("SELECT suspended FROM search_state WHERE id = 1").get() as { suspended: number } | undefined;
  return Boolean(row?.suspended);
}

function setSuspended(db: Db, suspended: boolean): void {
  db.$client.prepare("UPDATE search_state SET suspended = ? WHERE id = 1").run(suspended ? 1 : 0);
}

/**
 * Runs a bulk load with the index triggers switched off, then rebuilds the index
 * once: far faster than rewriting documents row by row. The switch lives in the
 * database, so writes from other connections meanwhile are covered by the rebuild.
 * Nested calls leave the switching and the rebuild to the outermost one.
 */
export function withoutSearchIndexing<T>(db: Db, load: () => T): T {
  if (isSuspended(db)) return load();
  setSuspended(db, true);
  try {
    return load();
  } finally {
    setSuspended(db, false);
    rebuildSearchIndex(db);
  }
}

/**
 * `npm run db:reindex`: switches indexing back on (in case a bulk load was
 * interrupted and left it off) and rebuilds the index.
 */
export function reindexSearch(db: Db): void {
  setSuspended(db, false);
  rebuildSearchIndex(db);
}
