/** The audit trail: one entry per write, in the same transaction as the write. */
import { sql } from "drizzle-orm";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { auditLog } from "../schema";
import type { FieldChange, StaleChange } from "./errors";

export type AuditEntityType = "person" | "organization" | "post" | "membership" | "source" | "user";

/** `actor` is null for the operator's command line and the first start, which act as no signed-in user. */
export function recordAudit(
  tx: Db,
  actor: Actor | null,
  entry: {
    action: string;
    entityType: AuditEntityType;
    entityId: number;
    before?: unknown;
    after?: unknown;
    reason?: string | null;
  },
): void {
  tx.insert(auditLog)
    .values({
      userId: actor?.id ?? null,
      at: new Date().toISOString(),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: entry.reason ?? null,
    })
    .run();
}

/** Bookkeeping columns that change on every write and say nothing to a reader. */
const NOT_SHOWN = new Set(["version", "createdAt", "updatedAt", "foldedName", "heldFrom", "heldUntil"]);

/** The fields that differ between two snapshots. */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !NOT_SHOWN.has(field));
  return fields
    .filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
}

/** What was written to a record after the version an editor loaded. */
export function changesSince(tx: Db, entityType: AuditEntityType, entityId: number, version: number): StaleChange[] {
  return tx
    .all<{ at: string; by: string | null; action: string; reason: string | null; before: string | null; after: string | null }>(
      sql`
      SELECT a.at, u.display_name AS by, a.action, a.reason, a.before, a.after
      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
      WHERE a.entity_type = ${entityType} AND a.entity_id = ${entityId}
        AND json_extract(a.before, '$.version') >= ${version}
      ORDER BY a.at, a.id`,
    )
    .map((row) => ({
      at: row.at,
      by: row.by,
      action: row.action,
      reason: row.reason,
      fields: diffSnapshots(row.before && JSON.parse(row.before), row.after && JSON.parse(row.after)),
    }));
}
