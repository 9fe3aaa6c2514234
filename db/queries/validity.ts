/**
 * Organisations have validity dates: the 63 historic provincial committees end on
 * 30 June 2025, today's begin on 1 July 2025. A body is in force on `at` when it
 * had begun and had not yet ended; a term counts as held on `at` only while its
 * organisation is in force (a term cannot outlast its body).
 */
import { sql, type SQL } from "drizzle-orm";

/** SQL: the organisation aliased `alias` is in force on the ISO day `at`. */
export function organizationInForce(at: string, alias = "o"): SQL {
  const o = sql.raw(alias);
  return sql`(${o}.valid_from IS NULL OR ${o}.valid_from <= ${at}) AND (${o}.valid_until IS NULL OR ${o}.valid_until >= ${at})`;
}
