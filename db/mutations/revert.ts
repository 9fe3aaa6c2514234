/**
 * Undo: a change in the audit log reverted by a new, audited write that puts
 * back the values its entry recorded before. Admins may revert any change;
 * editors their own, within their scope. A revert is refused, saying why, when
 * the record changed after the entry (the later changes are listed: they depend
 * on it and must be reverted first, newest first), or when the earlier values
 * would break a rule today (an overlapping term, a date order).
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { fold } from "../../lib/fold";
import { id, reason } from "../../lib/validation/fields";
import { canEditPersonRecord } from "../auth/scope";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { auditLog, memberships, organizations, people, posts, type Membership, type Organization, type Person, type Post } from "../schema";
import { changesSince, recordAudit, type AuditEntityType } from "./audit";
import { MutationError, invalid } from "./errors";
import { nowIso, parseInput, requireActor, requireFound, requireOrganizationInScope, type Mutation } from "./guard";
import { retractTermRecord } from "./term-records";
import { restoreTerm } from "./terms";

export const revertInput = z.object({ id, reason });

/** The actions an undo knows how to put back. */
export const REVERTIBLE_ACTIONS = new Set([
  "person.update",
  "person.photo",
  "person.retract",
  "term.appoint",
  "term.end",
  "term.handover",
  "term.transfer",
  "term.correct",
  "term.retract",
  "organization.rename",
  "post.update",
]);

/** Whether an actor is offered the undo of an entry (the mutation checks scope and versions again). */
export function mayOfferRevert(actor: Actor, entry: { action: string; userId: number | null }): boolean {
  return REVERTIBLE_ACTIONS.has(entry.action) && (actor.role === "admin" || entry.userId === actor.id);
}

/** Refuses when the record is no longer at the version the entry left it. */
function requireUnchangedSince(tx: Db, type: AuditEntityType, current: { id: number; version: number }, after: { version?: number }) {
  if (current.version === after.version) return;
  throw new MutationError("stale", {
    fieldErrors: { _form: ["later_changes"] },
    changes: changesSince(tx, type, current.id, after.version ?? 0),
    currentVersion: current.version,
  });
}

export const revertChange: Mutation<
  z.input<typeof revertInput>,
  { entityType: string; entityId: number; personId?: number; organizationId?: number }
> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(revertInput, raw);
  const entry = requireFound(tx.select().from(auditLog).where(eq(auditLog.id, input.id)).get());
  if (!REVERTIBLE_ACTIONS.has(entry.action)) throw invalid("_form", "not_revertible");
  if (signedIn.role !== "admin" && entry.userId !== signedIn.id) throw new MutationError("forbidden");
  const before = entry.before as Record<string, unknown> | null;
  const after = entry.after as { version?: number } & Record<string, unknown>;
  const why = `#${entry.id}: ${input.reason}`;

  if (entry.entityType === "person") {
    const person = requireFound(tx.select().from(people).where(eq(people.id, entry.entityId)).get());
    if (!canEditPersonRecord(tx, signedIn, person.id)) throw new MutationError("forbidden");
    requireUnchangedSince(tx, "person", person, after);
    const was = before as Person;
    const restored = tx
      .update(people)
      .set({
        fullName: was.fullName,
        foldedName: fold(was.fullName),
        gender: was.gender,
        birthYear: was.birthYear,
        ethnicity: was.ethnicity,
        hometown: was.hometown,
        biography: was.biography,
        otherNames: was.otherNames,
        photoPath: was.photoPath,
        retractedAt: was.retractedAt,
        retractedReason: was.retractedReason,
        version: person.version + 1,
        updatedAt: nowIso(),
      })
      .where(eq(people.id, person.id))
      .returning()
      .get();
    recordAudit(tx, signedIn, {
      action: "person.revert",
      entityType: "person",
      entityId: person.id,
      before: person,
      after: restored,
      reason: why,
    });
    return { entityType: "person", entityId: person.id, personId: person.id };
  }

  if (entry.entityType === "membership") {
    const term = requireFound(tx.select().from(memberships).where(eq(memberships.id, entry.entityId)).get());
    requireUnchangedSince(tx, "membership", term, after);
    if (entry.action === "term.appoint") {
      requireOrganizationInScope(tx, signedIn, term.organizationId);
      if (term.retractedAt) throw invalid("_form", "retracted");
      retractTermRecord(tx, signedIn, term, why);
    } else restoreTerm(tx, signedIn, term, before as unknown as Membership, why);
    return { entityType: "membership", entityId: term.id, personId: term.personId, organizationId: term.organizationId };
  }

  if (entry.entityType === "organization") {
    const organization = requireFound(tx.select().from(organizations).where(eq(organizations.id, entry.entityId)).get());
    requireOrganizationInScope(tx, signedIn, organization.id);
    requireUnchangedSince(tx, "organization", organization, after);
    const was = before as Organization;
    const restored = tx
      .update(organizations)
      .set({ name: was.name, nameEn: was.nameEn, shortName: was.shortName, version: organization.version + 1, updatedAt: nowIso() })
      .where(eq(organizations.id, organization.id))
      .returning()
      .get();
    recordAudit(tx, signedIn, {
      action: "organization.revert",
      entityType: "organization",
      entityId: organization.id,
      before: organization,
      after: restored,
      reason: why,
    });
    return { entityType: "organization", entityId: organization.id, organizationId: organization.id };
  }

  const post = requireFound(tx.select().from(posts).where(eq(posts.id, entry.entityId)).get());
  requireOrganizationInScope(tx, signedIn, post.organizationId);
  requireUnchangedSince(tx, "post", post, after);
  const was = before as Post;
  const restored = tx
    .update(posts)
    .set({ title: was.title, roleKey: was.roleKey, maxHolders: was.maxHolders, version: post.version + 1, updatedAt: nowIso() })
    .where(eq(posts.id, post.id))
    .returning()
    .get();
  recordAudit(tx, signedIn, { action: "post.revert", entityType: "post", entityId: post.id, before: post, after: restored, reason: why });
  return { entityType: "post", entityId: post.id, organizationId: post.organizationId };
};
