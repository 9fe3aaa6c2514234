/**
 * What an actor may change. Admins may change everything; an editor may change
 * the organisation of their scope and everything under it, and nothing else.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { Actor } from "./sessions";

/** Whether `organizationId` is the actor's scope organisation or lies under it. */
export function organizationInScope(db: Db, actor: Actor, organizationId: number): boolean {
  if (actor.role === "admin") return true;
  if (actor.scopeOrganizationId === null) return false;
  const found = db.get<{ id: number }>(sql`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM organizations WHERE id = ${organizationId}
      UNION ALL
      SELECT o.id, o.parent_id, up.depth + 1 FROM organizations o JOIN up ON o.id = up.parent_id WHERE up.depth < 50
    )
    SELECT id FROM up WHERE id = ${actor.scopeOrganizationId} LIMIT 1`);
  return found !== undefined;
}

/**
 * How much of a person lies in the actor's scope, judged by the person's terms:
 * "full" when every term does (or the person holds none yet), "partial" when some
 * do, "none" otherwise. Editing details needs at least "partial"; retracting the
 * whole person, which hides all of their roles, needs "full".
 */
export function personScope(db: Db, actor: Actor, personId: number): "full" | "partial" | "none" {
  if (actor.role === "admin") return "full";
  const terms = db.all<{ organizationId: number }>(sql`
    SELECT DISTINCT organization_id AS organizationId FROM memberships
    WHERE person_id = ${personId} AND retracted_at IS NULL`);
  if (terms.length === 0) return "full";
  const inScope = terms.filter((term) => organizationInScope(db, actor, term.organizationId)).length;
  return inScope === terms.length ? "full" : inScope > 0 ? "partial" : "none";
}
