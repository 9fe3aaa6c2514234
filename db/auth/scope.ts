/**
 * What an actor may change. Admins may change everything; an editor may change
 * the organisation of their scope and everything under it, and nothing else.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { Actor } from "./sessions";

/**
 * organizationInScope for one review: each organisation asked once, since a
 * long report or sheet names the same committees again and again; null is out of scope.
 */
export function scopeChecker(db: Db, actor: Actor): (organizationId: number | null) => boolean {
  const known = new Map<number, boolean>();
  return (organizationId) => {
    if (organizationId === null) return false;
    if (!known.has(organizationId)) known.set(organizationId, organizationInScope(db, actor, organizationId));
    return known.get(organizationId)!;
  };
}

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
 * Whether the actor may change a person's own record (name, photo, biography,
 * birth year, retraction). Admins may; an editor only when every live (not
 * retracted) term of the person lies in the editor's scope, or when the editor
 * created the person and none of their live terms lies elsewhere. A person
 * with no live term is therefore editable only by admins and their creator.
 * Appointing someone from elsewhere to a post in scope does not make them
 * editable: the term outside still counts.
 */
export function canEditPersonRecord(db: Db, actor: Actor, personId: number): boolean {
  if (actor.role === "admin") return true;
  const terms = db.all<{ organizationId: number }>(sql`
    SELECT DISTINCT organization_id AS organizationId FROM memberships
    WHERE person_id = ${personId} AND retracted_at IS NULL`);
  const allInScope = terms.every((term) => organizationInScope(db, actor, term.organizationId));
  if (!allInScope) return false;
  if (terms.length > 0) return true;
  return personCreatedBy(db, actor, personId);
}

/** Whether the actor's own write created the person (the audit says who did). */
function personCreatedBy(db: Db, actor: Actor, personId: number): boolean {
  const created = db.get<{ userId: number | null }>(sql`
    SELECT user_id AS userId FROM audit_log
    WHERE entity_type = 'person' AND entity_id = ${personId} AND action = 'person.create' ORDER BY id LIMIT 1`);
  return created?.userId === actor.id;
}
