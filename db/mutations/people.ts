import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { fold } from "../../lib/fold";
import { canEditPersonRecord } from "../auth/scope";
import type { Actor } from "../auth/sessions";
import { createPersonInput, retractInput, updatePersonInput } from "../../lib/validation/admin";
import type { Db } from "../client";
import { memberships, people, type Person } from "../schema";
import { recordAudit } from "./audit";
import { MutationError } from "./errors";
import { nowIso, parseInput, requireActor, requireFound, requireVersion, type Mutation } from "./guard";
import { insertPerson } from "./person-records";
import { retractTermRecord } from "./term-records";

function loadPerson(tx: Db, id: number): Person {
  return requireFound(tx.select().from(people).where(eq(people.id, id)).get());
}

/** Loads a person the actor may edit (db/auth/scope.ts canEditPersonRecord) that is not retracted. */
function editablePerson(tx: Db, actor: Actor, id: number): Person {
  const person = loadPerson(tx, id);
  if (!canEditPersonRecord(tx, actor, person.id)) throw new MutationError("forbidden");
  if (person.retractedAt) throw new MutationError("invalid", { fieldErrors: { _form: ["retracted"] } });
  return person;
}

export const createPerson: Mutation<z.input<typeof createPersonInput>, { id: number; slug: string }> = (tx, actor, input) => {
  const signedIn = requireActor(actor);
  const person = insertPerson(tx, signedIn, parseInput(createPersonInput, input));
  return { id: person.id, slug: person.slug };
};

export const updatePerson: Mutation<z.input<typeof updatePersonInput>, { id: number; slug: string; version: number }> = (
  tx,
  actor,
  input,
) => {
  const signedIn = requireActor(actor);
  const { id, version, ...fields } = parseInput(updatePersonInput, input);
  const before = editablePerson(tx, signedIn, id);
  requireVersion(tx, "person", before, version);
  const after = tx
    .update(people)
    .set({
      fullName: fields.fullName,
      foldedName: fold(fields.fullName),
      gender: fields.gender ?? null,
      birthYear: fields.birthYear ?? null,
      ethnicity: fields.ethnicity ?? null,
      hometown: fields.hometown ?? null,
      biography: fields.biography ?? null,
      otherNames: fields.otherNames ?? [],
      version: before.version + 1,
      updatedAt: nowIso(),
    })
    .where(eq(people.id, id))
    .returning()
    .get();
  recordAudit(tx, signedIn, { action: "person.update", entityType: "person", entityId: id, before, after });
  return { id, slug: after.slug, version: after.version };
};

/**
 * Sets (or with null removes) a person's photo. The file is processed and stored
 * before this runs (sharp is asynchronous, a transaction here is not); files are
 * never deleted, so the audit's "before" can still be looked at.
 */
export const setPersonPhoto: Mutation<{ id: number; version: number; photoPath: string | null }, { id: number; version: number }> = (
  tx,
  actor,
  input,
) => {
  const signedIn = requireActor(actor);
  const before = editablePerson(tx, signedIn, input.id);
  requireVersion(tx, "person", before, input.version);
  const after = tx
    .update(people)
    .set({ photoPath: input.photoPath, version: before.version + 1, updatedAt: nowIso() })
    .where(eq(people.id, input.id))
    .returning()
    .get();
  recordAudit(tx, signedIn, { action: "person.photo", entityType: "person", entityId: input.id, before, after });
  return { id: input.id, version: after.version };
};

/**
 * Retracts a person recorded by mistake, and with them every term they still
 * hold on record, so that no organisation page keeps showing them. Nothing is
 * deleted: admins still see the record and why it was retracted.
 */
export const retractPerson: Mutation<z.input<typeof retractInput>, { id: number }> = (tx, actor, input) => {
  const signedIn = requireActor(actor);
  const { id, version, reason } = parseInput(retractInput, input);
  const before = editablePerson(tx, signedIn, id);
  requireVersion(tx, "person", before, version);
  const terms = tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.personId, id), isNull(memberships.retractedAt)))
    .all();
  for (const term of terms) retractTermRecord(tx, signedIn, term, reason);
  const after = tx
    .update(people)
    .set({ retractedAt: nowIso(), retractedReason: reason, version: before.version + 1, updatedAt: nowIso() })
    .where(eq(people.id, id))
    .returning()
    .get();
  recordAudit(tx, signedIn, { action: "person.retract", entityType: "person", entityId: id, before, after, reason });
  return { id };
};
