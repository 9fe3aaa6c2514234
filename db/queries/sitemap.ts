/** The records whose pages the sitemap lists: the static pages, then every organisation, then every public person, in a stable order. */
import { sql } from "drizzle-orm";
import { STATIC_PAGES, type SitemapRecord } from "../../lib/sitemap";
import type { Db } from "../client";

export function countSitemapRecords(db: Db): number {
  const row = db.get<{ n: number }>(
    sql`SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM people WHERE retracted_at IS NULL) AS n`,
  );
  return STATIC_PAGES.length + (row?.n ?? 0);
}

/** `limit` records from the `offset`-th. */
export function getSitemapRecords(db: Db, offset: number, limit: number): SitemapRecord[] {
  const statics: SitemapRecord[] = STATIC_PAGES.slice(offset, offset + limit).map((path) => ({ path, lastModified: null }));
  const from = Math.max(0, offset - STATIC_PAGES.length);
  const rest = limit - statics.length;
  if (rest <= 0) return statics;
  const rows = db.all<SitemapRecord>(sql`
    SELECT path, lastModified FROM (
      SELECT 0 AS part, id, '/organizations/' || slug AS path, updated_at AS lastModified FROM organizations
      UNION ALL
      SELECT 1, id, '/people/' || slug, updated_at FROM people WHERE retracted_at IS NULL)
    ORDER BY part, id LIMIT ${rest} OFFSET ${from}`);
  return [...statics, ...rows];
}
