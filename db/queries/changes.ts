/**
 * The directory's changes for the Atom feeds: terms begun, ended and corrected,
 * read from the audit log (every write leaves an entry, db/mutations), newest
 * first; nationwide, in one province (its committees and those of its communes)
 * or in one organisation and the bodies under it. A retracted person's changes
 * are never listed.
 */
import { sql, type SQL } from "drizzle-orm";
import type { FeedChange } from "../../lib/feeds/changes";
import type { Db } from "../client";

export const CHANGE_KINDS = {
  "term.appoint": "new",
  "term.end": "ended",
  "term.transfer": "ended",
  "term.handover": "ended",
  "term.correct": "correction",
  "term.retract": "correction",
  "term.revert": "correction",
} as const;

/** A change as the feed writes it (lib/feeds/changes.ts). */
export type Change = FeedChange;

export type ChangeScope = { kind: "national" } | { kind: "province"; areaId: number } | { kind: "organization"; organizationId: number };

function scopeCondition(scope: ChangeScope): SQL {
  if (scope.kind === "national") return sql`1`;
  if (scope.kind === "province") {
    return sql`o.area_id IN (SELECT id FROM areas WHERE id = ${scope.areaId} OR parent_id = ${scope.areaId})`;
  }
  return sql`m.organization_id IN (
    WITH RECURSIVE below(id, depth) AS (
      SELECT ${scope.organizationId}, 0
      UNION ALL SELECT c.id, below.depth + 1 FROM below JOIN organizations c ON c.parent_id = below.id WHERE below.depth < 6)
    SELECT id FROM below)`;
}

/** The latest `limit` changes in the scope. */
export function getChanges(db: Db, scope: ChangeScope, limit = 50): Change[] {
  const actions = Object.keys(CHANGE_KINDS);
  const rows = db.all<Omit<Change, "kind"> & { action: keyof typeof CHANGE_KINDS }>(sql`
    SELECT a.id, a.at, a.action, a.reason, pe.slug AS personSlug, pe.full_name AS personName, p.title AS postTitle,
           p.role_key AS roleKey, o.slug AS organizationSlug, o.name AS organizationName, o.name_en AS organizationNameEn,
           o.level, m.start_date AS startDate, m.end_date AS endDate, m.attested_date AS attestedDate
    FROM audit_log a
    JOIN memberships m ON m.id = a.entity_id
    JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
    JOIN posts p ON p.id = m.post_id
    JOIN organizations o ON o.id = m.organization_id
    WHERE a.entity_type = 'membership' AND a.action IN (${sql.join(actions, sql`, `)}) AND ${scopeCondition(scope)}
    ORDER BY a.id DESC LIMIT ${limit}`);
  return rows.map(({ action, ...row }) => ({ ...row, kind: CHANGE_KINDS[action] }));
}

/** The province (or centrally-run city) an organisation's area is or lies in; null for central bodies. */
export function provinceOfOrganization(db: Db, organizationId: number): { id: number; slug: string; name: string } | null {
  return (
    db.get<{ id: number; slug: string; name: string }>(sql`
      SELECT pa.id, pa.slug, pa.name FROM organizations o JOIN areas a ON a.id = o.area_id
      JOIN areas pa ON pa.id = CASE WHEN a.kind IN ('province', 'city') THEN a.id ELSE a.parent_id END
      WHERE o.id = ${organizationId} AND pa.kind IN ('province', 'city')`) ?? null
  );
}

/** A province or centrally-run city by its slug. */
export function getProvinceArea(db: Db, slug: string): { id: number; slug: string; name: string } | null {
  return (
    db.get<{ id: number; slug: string; name: string }>(
      sql`SELECT id, slug, name FROM areas WHERE slug = ${slug} AND kind IN ('province', 'city')`,
    ) ?? null
  );
}
