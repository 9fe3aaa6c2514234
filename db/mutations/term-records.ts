/**
 * Writes of one term that several mutations share (retracting a person retracts
 * their terms), kept apart so that people.ts and terms.ts need not import each other.
 */
import { eq } from "drizzle-orm";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { membershipSources, memberships, type Membership } from "../schema";
import { recordAudit } from "./audit";
import { nowIso, requireFound } from "./guard";

/** A term with the sources that cite it: what its audit entries record before and after. */
export function termSnapshot(tx: Db, id: number) {
  const term = requireFound(tx.select().from(memberships).where(eq(memberships.id, id)).get());
  const cited = tx
    .select({ sourceId: membershipSources.sourceId, quote: membershipSources.quote })
    .from(membershipSources)
    .where(eq(membershipSources.membershipId, id))
    .orderBy(membershipSources.sourceId)
    .all();
  return { ...term, sources: cited };
}

/** Marks a term retracted (kept, shown to signed-in users only), audited; shared with retracting a person. */
export function retractTermRecord(tx: Db, actor: Actor, term: Membership, reason: string): void {
  const before = termSnapshot(tx, term.id);
  tx.update(memberships)
    .set({ retractedAt: nowIso(), retractedReason: reason, version: term.version + 1, updatedAt: nowIso() })
    .where(eq(memberships.id, term.id))
    .run();
  recordAudit(tx, actor, {
    action: "term.retract",
    entityType: "membership",
    entityId: term.id,
    before,
    after: termSnapshot(tx, term.id),
    reason,
  });
}
