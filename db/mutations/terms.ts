/**
 * Terms in posts (memberships): appoint, end, transfer, correct, retract, cite.
 * A term is never deleted; a wrong one is retracted with a reason.
 */
import { and, eq, isNull, ne } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../auth/sessions";
import type { PartialDate } from "../../lib/dates";
import { addSourceInput, appointInput, correctTermInput, endTermInput, retractInput, transferTermInput } from "../../lib/validation/admin";
import type { Db } from "../client";
import { memberships, people, posts, type Membership, type Post } from "../schema";
import { recordAudit } from "./audit";
import { MutationError, type OverlapConflict } from "./errors";
import { nowIso, parseInput, requireActor, requireFound, requireOrganizationInScope, requireVersion, type Mutation } from "./guard";
import { insertPerson } from "./person-records";
import { retractTermRecord, termSnapshot } from "./term-records";
import { citeSource, resolveSource } from "./sources";

/** The dates of a term as stored: ISO strings at their precision. */
interface TermDates {
  startDate: string | null;
  attestedDate: string | null;
  endDate: string | null;
}

/**
 * Whether partial date `a` is not after `b`, compared at the coarser of the two
 * precisions (the same rule as the database's CHECK): "2025" is not after "2025-03".
 */
export function notAfter(a: string, b: string): boolean {
  const common = Math.min(a.length, b.length);
  return a.slice(0, common) <= b.slice(0, common);
}

/** The first date a term is known to be held: its start, or failing that the date a source saw it held. */
const knownFrom = (term: TermDates) => term.startDate ?? term.attestedDate;

/**
 * Whether two terms are held at the same time. A term that ends on the day (or in
 * the month or year) another starts does not overlap it: that is a handover.
 */
export function termsOverlap(a: TermDates, b: TermDates): boolean {
  const aFrom = knownFrom(a);
  const bFrom = knownFrom(b);
  const aEndsFirst = a.endDate !== null && bFrom !== null && notAfter(a.endDate, bFrom);
  const bEndsFirst = b.endDate !== null && aFrom !== null && notAfter(b.endDate, aFrom);
  return !aEndsFirst && !bEndsFirst;
}

function checkTermDates(term: TermDates): void {
  const fieldErrors: Record<string, string[]> = {};
  if (!term.startDate && !term.attestedDate) fieldErrors.startDate = ["date_required"];
  if (term.startDate && term.attestedDate && !notAfter(term.startDate, term.attestedDate)) fieldErrors.startDate = ["start_after_attested"];
  if (term.endDate && term.startDate && !notAfter(term.startDate, term.endDate)) fieldErrors.endDate = ["end_before_start"];
  else if (term.endDate && term.attestedDate && !notAfter(term.attestedDate, term.endDate)) fieldErrors.endDate = ["end_before_attested"];
  if (Object.keys(fieldErrors).length > 0) throw new MutationError("invalid", { fieldErrors });
}

/**
 * The terms on `post` that a term with `dates` (held by `personId`) would clash
 * with: the same person's overlapping term on the same post, and, on a post with
 * a holder limit, the other overlapping terms once they reach it. For a limit
 * above one this counts terms overlapping any part of the new one, which can
 * refuse a term that would fit between them; posts with such limits are rare
 * and the refusal names the terms, so an editor can correct them first.
 */
function findConflicts(tx: Db, post: Post, personId: number | null, dates: TermDates, excludeId?: number): OverlapConflict[] {
  // Without a holder limit only the same person's terms can clash: a post of a thousand members is not read whole.
  if (post.maxHolders === null && personId === null) return [];
  const samePersonOnly = post.maxHolders === null ? eq(memberships.personId, personId!) : undefined;
  const rows = tx
    .select({ term: memberships, personName: people.fullName })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.postId, post.id),
        isNull(memberships.retractedAt),
        samePersonOnly,
        excludeId ? ne(memberships.id, excludeId) : undefined,
      ),
    )
    .all()
    .filter(({ term }) => termsOverlap(term, dates));
  const samePerson = rows.filter(({ term }) => term.personId === personId);
  const limited = post.maxHolders !== null && rows.length >= post.maxHolders;
  const conflicting = limited ? rows : samePerson;
  return conflicting.map(({ term, personName }) => ({
    membershipId: term.id,
    version: term.version,
    personId: term.personId,
    personName,
    startDate: term.startDate,
    attestedDate: term.attestedDate,
    endDate: term.endDate,
    endable: dates.startDate !== null && term.endDate === null && notAfter(knownFrom(term)!, dates.startDate),
  }));
}

/** A term as the audit records it: its columns and the sources it cites. */
/** Loads a term the actor may change: it exists, lies in scope and is not retracted. */
function editableTerm(tx: Db, actor: Actor, id: number): Membership {
  const term = requireFound(tx.select().from(memberships).where(eq(memberships.id, id)).get());
  requireOrganizationInScope(tx, actor, term.organizationId);
  if (term.retractedAt) throw new MutationError("invalid", { fieldErrors: { _form: ["retracted"] } });
  return term;
}

function scopedPost(tx: Db, actor: Actor, postId: number, field = "postId"): Post {
  const post = tx.select().from(posts).where(eq(posts.id, postId)).get();
  if (!post) throw new MutationError("invalid", { fieldErrors: { [field]: ["not_found"] } });
  requireOrganizationInScope(tx, actor, post.organizationId);
  return post;
}

const stored = (date: PartialDate | null | undefined) => ({ value: date?.value ?? null, precision: date?.precision ?? null });

/** Sets a term's end, checked and audited; shared by ending, transferring and handing over. */
function closeTerm(
  tx: Db,
  actor: Actor,
  term: Membership,
  end: PartialDate,
  endReason: string | null,
  action: "term.end" | "term.transfer" | "term.handover",
  reason?: string,
) {
  if (term.endDate) throw new MutationError("invalid", { fieldErrors: { endDate: ["already_ended"] } });
  checkTermDates({ ...term, endDate: end.value });
  const before = termSnapshot(tx, term.id);
  tx.update(memberships)
    .set({ endDate: end.value, endPrecision: end.precision, endReason, version: term.version + 1, updatedAt: nowIso() })
    .where(eq(memberships.id, term.id))
    .run();
  recordAudit(tx, actor, {
    action,
    entityType: "membership",
    entityId: term.id,
    before,
    after: termSnapshot(tx, term.id),
    reason: reason ?? endReason,
  });
}

/** Inserts a new term after the overlap check; the caller has checked scope. */
function openTerm(
  tx: Db,
  actor: Actor,
  args: {
    post: Post;
    personId: number;
    start: PartialDate | null;
    attested: PartialDate | null;
    end: PartialDate | null;
    endReason: string | null;
    sourceId: number;
    quote?: string;
    reason?: string;
  },
) {
  const dates = { startDate: args.start?.value ?? null, attestedDate: args.attested?.value ?? null, endDate: args.end?.value ?? null };
  checkTermDates(dates);
  const conflicts = findConflicts(tx, args.post, args.personId, dates);
  if (conflicts.length > 0) throw new MutationError("overlap", { conflicts });
  const term = tx
    .insert(memberships)
    .values({
      personId: args.personId,
      postId: args.post.id,
      organizationId: args.post.organizationId,
      startDate: dates.startDate,
      startPrecision: stored(args.start).precision,
      attestedDate: dates.attestedDate,
      attestedPrecision: stored(args.attested).precision,
      endDate: dates.endDate,
      endPrecision: stored(args.end).precision,
      endReason: args.endReason,
    })
    .returning()
    .get();
  citeSource(tx, term.id, args.sourceId, args.quote);
  recordAudit(tx, actor, {
    action: "term.appoint",
    entityType: "membership",
    entityId: term.id,
    after: termSnapshot(tx, term.id),
    reason: args.reason,
  });
  return term;
}

/**
 * Appoints a person (chosen, or created here after the duplicate check) to a
 * post. On a post with a holder limit an overlapping term is refused, unless the
 * editor asked to end the current holders' terms on the new start date.
 */
export const appointToPost: Mutation<z.input<typeof appointInput>, { id: number; personId: number }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(appointInput, raw);
  const post = scopedPost(tx, signedIn, input.postId);
  if (input.personId) {
    const person = tx.select().from(people).where(eq(people.id, input.personId)).get();
    if (!person || person.retractedAt) throw new MutationError("invalid", { fieldErrors: { personId: ["not_found"] } });
  }
  const dates = {
    startDate: input.startDate?.value ?? null,
    attestedDate: input.attestedDate?.value ?? null,
    endDate: input.endDate?.value ?? null,
  };
  checkTermDates(dates);
  const conflicts = findConflicts(tx, post, input.personId ?? null, dates);
  if (conflicts.length > 0) {
    if (!input.endConflicting || !conflicts.every((conflict) => conflict.endable)) throw new MutationError("overlap", { conflicts });
    // Only the terms the editor was shown, as they were shown, are ended: one changed or added since is shown again instead.
    const seen = new Map(
      (input.conflictVersions ?? "")
        .split(",")
        .filter(Boolean)
        .map((pair) => pair.split(":").map(Number) as [number, number]),
    );
    if (conflicts.some((conflict) => seen.get(conflict.membershipId) !== conflict.version))
      throw new MutationError("overlap", { conflicts });
    for (const conflict of conflicts) {
      const term = requireFound(tx.select().from(memberships).where(eq(memberships.id, conflict.membershipId)).get());
      closeTerm(tx, signedIn, term, input.startDate!, null, "term.handover");
    }
  }
  const personId =
    input.personId ??
    insertPerson(tx, signedIn, {
      fullName: input.personName!,
      birthYear: input.personBirthYear,
      gender: input.personGender,
      confirmNotDuplicate: input.confirmNotDuplicate,
      contextOrganizationId: post.organizationId,
    }).id;
  const term = openTerm(tx, signedIn, {
    post,
    personId,
    start: input.startDate ?? null,
    attested: input.attestedDate ?? null,
    end: input.endDate ?? null,
    endReason: input.endReason ?? null,
    sourceId: resolveSource(tx, signedIn, input)!,
    quote: input.sourceQuote,
  });
  return { id: term.id, personId };
};

export const endTerm: Mutation<z.input<typeof endTermInput>, { id: number; personId: number }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(endTermInput, raw);
  const term = editableTerm(tx, signedIn, input.id);
  requireVersion(tx, "membership", term, input.version);
  const sourceId = resolveSource(tx, signedIn, input);
  if (sourceId) citeSource(tx, term.id, sourceId, input.sourceQuote);
  closeTerm(tx, signedIn, term, input.endDate, input.endReason ?? null, "term.end");
  return { id: term.id, personId: term.personId };
};

/** Ends a term and starts the same person's term in another post, in one step. */
export const transferTerm: Mutation<z.input<typeof transferTermInput>, { id: number; endedId: number; personId: number }> = (
  tx,
  actor,
  raw,
) => {
  const signedIn = requireActor(actor);
  const input = parseInput(transferTermInput, raw);
  const term = editableTerm(tx, signedIn, input.id);
  requireVersion(tx, "membership", term, input.version);
  const post = scopedPost(tx, signedIn, input.postId);
  closeTerm(tx, signedIn, term, input.endDate, input.endReason ?? null, "term.transfer");
  const next = openTerm(tx, signedIn, {
    post,
    personId: term.personId,
    start: input.startDate ?? input.endDate,
    attested: null,
    end: null,
    endReason: null,
    sourceId: resolveSource(tx, signedIn, input)!,
    quote: input.sourceQuote,
    reason: `transfer #${term.id}`,
  });
  return { id: next.id, endedId: term.id, personId: term.personId };
};

/** Corrects a term's post or dates; a reason is required and kept in the audit. */
export const correctTerm: Mutation<z.input<typeof correctTermInput>, { id: number; personId: number }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(correctTermInput, raw);
  const term = editableTerm(tx, signedIn, input.id);
  requireVersion(tx, "membership", term, input.version);
  const post =
    input.postId && input.postId !== term.postId
      ? scopedPost(tx, signedIn, input.postId)
      : requireFound(tx.select().from(posts).where(eq(posts.id, term.postId)).get());
  // undefined leaves a field as it is; null clears it.
  const pick = (value: PartialDate | null | undefined, current: string | null, precision: string | null) =>
    value === undefined ? { value: current, precision } : { value: value?.value ?? null, precision: value?.precision ?? null };
  const start = pick(input.startDate, term.startDate, term.startPrecision);
  const attested = pick(input.attestedDate, term.attestedDate, term.attestedPrecision);
  const end = pick(input.endDate, term.endDate, term.endPrecision);
  const dates = { startDate: start.value, attestedDate: attested.value, endDate: end.value };
  checkTermDates(dates);
  const conflicts = findConflicts(tx, post, term.personId, dates, term.id);
  if (conflicts.length > 0) throw new MutationError("overlap", { conflicts });
  const before = termSnapshot(tx, term.id);
  tx.update(memberships)
    .set({
      postId: post.id,
      organizationId: post.organizationId,
      startDate: start.value,
      startPrecision: start.precision as Membership["startPrecision"],
      attestedDate: attested.value,
      attestedPrecision: attested.precision as Membership["attestedPrecision"],
      endDate: end.value,
      endPrecision: end.precision as Membership["endPrecision"],
      endReason: input.endReason === undefined ? term.endReason : input.endReason,
      version: term.version + 1,
      updatedAt: nowIso(),
    })
    .where(eq(memberships.id, term.id))
    .run();
  recordAudit(tx, signedIn, {
    action: "term.correct",
    entityType: "membership",
    entityId: term.id,
    before,
    after: termSnapshot(tx, term.id),
    reason: input.reason,
  });
  return { id: term.id, personId: term.personId };
};

export const retractTerm: Mutation<z.input<typeof retractInput>, { id: number; personId: number }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(retractInput, raw);
  const term = editableTerm(tx, signedIn, input.id);
  requireVersion(tx, "membership", term, input.version);
  retractTermRecord(tx, signedIn, term, input.reason);
  return { id: term.id, personId: term.personId };
};

export const addSourceToTerm: Mutation<z.input<typeof addSourceInput>, { id: number; personId: number }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(addSourceInput, raw);
  const term = editableTerm(tx, signedIn, input.id);
  const before = termSnapshot(tx, term.id);
  citeSource(tx, term.id, resolveSource(tx, signedIn, input)!, input.sourceQuote);
  recordAudit(tx, signedIn, {
    action: "term.add_source",
    entityType: "membership",
    entityId: term.id,
    before: { sources: before.sources },
    after: { sources: termSnapshot(tx, term.id).sources },
  });
  return { id: term.id, personId: term.personId };
};

type TermColumns = Pick<
  Membership,
  | "postId"
  | "organizationId"
  | "startDate"
  | "startPrecision"
  | "attestedDate"
  | "attestedPrecision"
  | "endDate"
  | "endPrecision"
  | "endReason"
  | "retractedAt"
  | "retractedReason"
>;

/**
 * Puts a term back as an audit entry's "before" recorded it (an undo, see
 * revert.ts), under the same rules as any correction: both organisations in
 * scope, dates in order, no overlap on the post once the term is live again.
 */
export function restoreTerm(tx: Db, actor: Actor, term: Membership, before: TermColumns, reason: string): void {
  requireOrganizationInScope(tx, actor, term.organizationId);
  requireOrganizationInScope(tx, actor, before.organizationId);
  const post = requireFound(tx.select().from(posts).where(eq(posts.id, before.postId)).get());
  if (before.retractedAt === null) {
    checkTermDates(before);
    const conflicts = findConflicts(tx, post, term.personId, before, term.id);
    if (conflicts.length > 0) throw new MutationError("overlap", { conflicts });
  }
  const snapshot = termSnapshot(tx, term.id);
  tx.update(memberships)
    .set({
      postId: before.postId,
      organizationId: before.organizationId,
      startDate: before.startDate,
      startPrecision: before.startPrecision,
      attestedDate: before.attestedDate,
      attestedPrecision: before.attestedPrecision,
      endDate: before.endDate,
      endPrecision: before.endPrecision,
      endReason: before.endReason,
      retractedAt: before.retractedAt,
      retractedReason: before.retractedReason,
      version: term.version + 1,
      updatedAt: nowIso(),
    })
    .where(eq(memberships.id, term.id))
    .run();
  recordAudit(tx, actor, {
    action: "term.revert",
    entityType: "membership",
    entityId: term.id,
    before: snapshot,
    after: termSnapshot(tx, term.id),
    reason,
  });
}
