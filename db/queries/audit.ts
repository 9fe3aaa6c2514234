/** Reads of the audit log: the filtered list, and the history of one person or organisation. */
import { sql, type SQL } from "drizzle-orm";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  userId: number | null;
  entityType: string;
  entityId: number;
  userName: string | null;
  /** A readable name for the record the entry is about. */
  label: string | null;
  /** The person or organisation page in the administration that the record belongs to. */
  personId: number | null;
  organizationId: number | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}

const columns = sql`
  a.id, a.at, a.action, a.user_id AS userId, a.entity_type AS entityType, a.entity_id AS entityId, u.display_name AS userName,
  a.before, a.after, a.reason,
  CASE a.entity_type
    WHEN 'person' THEN (SELECT full_name FROM people WHERE id = a.entity_id)
    WHEN 'organization' THEN (SELECT name FROM organizations WHERE id = a.entity_id)
    WHEN 'post' THEN (SELECT p.title || ' · ' || o.name FROM posts p JOIN organizations o ON o.id = p.organization_id WHERE p.id = a.entity_id)
    WHEN 'membership' THEN (SELECT pe.full_name || ' · ' || p.title || ' ' || o.name FROM memberships m
      JOIN people pe ON pe.id = m.person_id JOIN posts p ON p.id = m.post_id JOIN organizations o ON o.id = m.organization_id
      WHERE m.id = a.entity_id)
    WHEN 'source' THEN (SELECT title FROM sources WHERE id = a.entity_id)
    WHEN 'user' THEN (SELECT username FROM users WHERE id = a.entity_id)
  END AS label,
  CASE a.entity_type
    WHEN 'person' THEN a.entity_id
    WHEN 'membership' THEN (SELECT person_id FROM memberships WHERE id = a.entity_id)
  END AS personId,
  CASE a.entity_type
    WHEN 'organization' THEN a.entity_id
    WHEN 'post' THEN (SELECT organization_id FROM posts WHERE id = a.entity_id)
  END AS organizationId`;

function parseRow(row: Omit<AuditRow, "before" | "after"> & { before: string | null; after: string | null }): AuditRow {
  return { ...row, before: row.before === null ? null : JSON.parse(row.before), after: row.after === null ? null : JSON.parse(row.after) };
}

export interface AuditFilters {
  entityType?: string;
  action?: string;
  userId?: number;
  from?: string;
  to?: string;
  /** Entries older than this id (the next page). */
  beforeId?: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Audit rows matching `where`, newest first. */
function auditRows(db: Db, where: SQL, limit: number): AuditRow[] {
  return db
    .all<Parameters<typeof parseRow>[0]>(
      sql`
      SELECT ${columns} FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
      WHERE ${where} ORDER BY a.id DESC LIMIT ${limit}`,
    )
    .map(parseRow);
}

/**
 * The entries an actor may read. Admins read everything. An editor reads the
 * entries about records in their scope (organisations under it, their posts and
 * terms, people holding a term there or created by the editor, sources cited
 * there or created by the editor) and none about accounts: who has an account,
 * with which rights, and who signed in, is for admins.
 */
function readableBy(actor: Actor): SQL {
  if (actor.role === "admin") return sql`1`;
  const subtree = sql`(WITH RECURSIVE down(id, depth) AS (
      SELECT ${actor.scopeOrganizationId ?? -1}, 0
      UNION ALL SELECT o.id, down.depth + 1 FROM organizations o JOIN down ON o.parent_id = down.id WHERE down.depth < 50
    ) SELECT id FROM down)`;
  return sql`(CASE a.entity_type
    WHEN 'organization' THEN a.entity_id IN ${subtree}
    WHEN 'post' THEN (SELECT organization_id FROM posts WHERE id = a.entity_id) IN ${subtree}
    WHEN 'membership' THEN (SELECT organization_id FROM memberships WHERE id = a.entity_id) IN ${subtree}
    WHEN 'person' THEN EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = a.entity_id AND m.organization_id IN ${subtree})
      OR EXISTS (SELECT 1 FROM audit_log c WHERE c.entity_type = 'person' AND c.entity_id = a.entity_id
                 AND c.action = 'person.create' AND c.user_id = ${actor.id})
    WHEN 'source' THEN a.user_id = ${actor.id}
      OR EXISTS (SELECT 1 FROM membership_sources ms JOIN memberships m ON m.id = ms.membership_id
                 WHERE ms.source_id = a.entity_id AND m.organization_id IN ${subtree})
    ELSE 0 END)`;
}

export function listAudit(db: Db, actor: Actor, filters: AuditFilters): AuditRow[] {
  const conditions: SQL[] = [readableBy(actor)];
  if (filters.entityType) conditions.push(sql`a.entity_type = ${filters.entityType}`);
  if (filters.action) conditions.push(sql`a.action = ${filters.action}`);
  if (filters.userId) conditions.push(sql`a.user_id = ${filters.userId}`);
  if (filters.from) conditions.push(sql`a.at >= ${filters.from}`);
  // "To" a day includes the whole day.
  if (filters.to) conditions.push(sql`a.at < ${filters.to} || 'T24'`);
  if (filters.beforeId) conditions.push(sql`a.id < ${filters.beforeId}`);
  return auditRows(db, sql.join(conditions, sql` AND `), AUDIT_PAGE_SIZE);
}

/** One entry, if the actor may read it. */
export function auditEntry(db: Db, actor: Actor, id: number): AuditRow | undefined {
  return auditRows(db, sql`${readableBy(actor)} AND a.id = ${id}`, 1)[0];
}

export function auditActions(db: Db): string[] {
  return db.all<{ action: string }>(sql`SELECT DISTINCT action FROM audit_log ORDER BY action`).map((row) => row.action);
}

/** A person's own entries and those of their terms. */
export function personHistory(db: Db, personId: number, limit = 100): AuditRow[] {
  return auditRows(
    db,
    sql`(a.entity_type = 'person' AND a.entity_id = ${personId})
      OR (a.entity_type = 'membership' AND a.entity_id IN (SELECT id FROM memberships WHERE person_id = ${personId}))`,
    limit,
  );
}

/** An organisation's own entries and those of its posts and terms. */
export function organizationHistory(db: Db, organizationId: number, limit = 100): AuditRow[] {
  return auditRows(
    db,
    sql`(a.entity_type = 'organization' AND a.entity_id = ${organizationId})
      OR (a.entity_type = 'post' AND a.entity_id IN (SELECT id FROM posts WHERE organization_id = ${organizationId}))
      OR (a.entity_type = 'membership' AND a.entity_id IN (SELECT id FROM memberships WHERE organization_id = ${organizationId}))`,
    limit,
  );
}
