/** The contexts an import can be read in: the Central Committee and the provinces' Front committees. */
import { and, inArray, sql } from "drizzle-orm";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { organizations } from "../schema";

export interface ContextChoice {
  id: number;
  name: string;
}

export function contextChoices(db: Db): ContextChoice[] {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(sql`${organizations.kind} = 'front_committee'`, inArray(organizations.level, ["central", "province"])))
    .orderBy(sql`${organizations.level} <> 'central'`, organizations.sortOrder, organizations.name)
    .all();
}

/** An editor's own province (the Front committee at or above their scope), so the form opens on it. */
export function defaultContext(db: Db, actor: Actor): number | null {
  if (actor.scopeOrganizationId === null) return null;
  const found = db.get<{ id: number }>(sql`
    WITH RECURSIVE up(id, parent_id, kind, level, depth) AS (
      SELECT id, parent_id, kind, level, 0 FROM organizations WHERE id = ${actor.scopeOrganizationId}
      UNION ALL
      SELECT o.id, o.parent_id, o.kind, o.level, up.depth + 1 FROM organizations o JOIN up ON o.id = up.parent_id WHERE up.depth < 50
    )
    SELECT id FROM up WHERE kind = 'front_committee' AND level IN ('province', 'central') ORDER BY depth LIMIT 1`);
  return found?.id ?? null;
}
