/**
 * Terms as spreadsheet rows: who holds which post where on a date, the dates at
 * their precision, and the latest source that states it. One query for an
 * organisation's members, one for the people of a search.
 */
import { sql, type SQL } from "drizzle-orm";
import type { TermLike } from "../../lib/spreadsheet/tables";
import type { Db } from "../client";

/** A term as a spreadsheet row shows it (the fields lib/spreadsheet/tables.ts writes). */
export type TermRecord = TermLike;

/** Terms held on `at` (known to be held then: an attestation later than `at` does not count), matching `where`. */
function termRecords(db: Db, at: string, where: SQL): TermRecord[] {
  return db.all<TermRecord>(sql`
    SELECT pe.full_name AS personName, pe.slug AS personSlug, p.title AS postTitle, p.role_key AS roleKey,
           o.name AS organizationName, o.name_en AS organizationNameEn, o.level,
           m.start_date AS startDate, m.end_date AS endDate, m.attested_date AS attestedDate,
           s.title AS sourceTitle, s.url AS sourceUrl, s.published_date AS sourceDate
    FROM memberships m
    JOIN posts p ON p.id = m.post_id
    JOIN organizations o ON o.id = m.organization_id
    JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
    LEFT JOIN sources s ON s.id = (
      SELECT ms.source_id FROM membership_sources ms JOIN sources s2 ON s2.id = ms.source_id
      WHERE ms.membership_id = m.id
      ORDER BY s2.published_date IS NULL, s2.published_date DESC, ms.created_at DESC LIMIT 1)
    WHERE m.retracted_at IS NULL AND m.held_until >= ${at} AND m.held_from <= ${at} AND ${where}
    ORDER BY p.sort_order, p.id, pe.folded_name`);
}

/** Everyone holding a post of the organisation on `at`, the leadership first, in the order of the organisation's page. */
export function getMemberRecords(db: Db, organizationId: number, at: string): TermRecord[] {
  return termRecords(db, at, sql`m.organization_id = ${organizationId}`);
}

/** The roles held on `at` by the people with these slugs, by person in the order given. */
export function getRolesOfPeople(db: Db, slugs: string[], at: string): Map<string, TermRecord[]> {
  const bySlug = new Map<string, TermRecord[]>(slugs.map((slug) => [slug, []]));
  for (let i = 0; i < slugs.length; i += 500) {
    const chunk = slugs.slice(i, i + 500);
    for (const record of termRecords(db, at, sql`pe.slug IN (${sql.join(chunk, sql`, `)})`)) bySlug.get(record.personSlug)?.push(record);
  }
  return bySlug;
}
