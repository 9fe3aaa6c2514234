/**
 * Which state of the data a reader sees: every write goes through db/mutations,
 * which adds an audit entry in the same transaction, so the latest entry names
 * the state. The exports' ETags, the dumps' freshness and the feed's updated time
 * are read from it.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";

export interface DataVersion {
  /** The latest audit entry's id, 0 for a directory never written through the app (a synthetic one). */
  id: number;
  /** When that entry was written (ISO time), null with none. */
  at: string | null;
}

export function dataVersion(db: Db): DataVersion {
  const row = db.get<{ id: number | null; at: string | null }>(sql`SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1`);
  return { id: row?.id ?? 0, at: row?.at ?? null };
}
