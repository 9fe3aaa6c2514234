/** The checks every mutation starts with: who is acting, is the input valid, is the record in scope and current. */
import type { z } from "zod";
import { organizationInScope } from "../auth/scope";
import type { Actor } from "../auth/sessions";
import { fieldErrorsOf } from "../../lib/validation/fields";
import type { Db } from "../client";
import { changesSince, type AuditEntityType } from "./audit";
import { MutationError } from "./errors";

export type Mutation<I, O> = (tx: Db, actor: Actor | null, input: I) => O;

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new MutationError("unauthenticated");
  return actor;
}

export function requireAdmin(actor: Actor | null): Actor {
  const signedIn = requireActor(actor);
  if (signedIn.role !== "admin") throw new MutationError("forbidden");
  return signedIn;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new MutationError("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

export function requireFound<T>(record: T | undefined): T {
  if (record === undefined) throw new MutationError("not_found");
  return record;
}

export function requireOrganizationInScope(tx: Db, actor: Actor, organizationId: number): void {
  if (!organizationInScope(tx, actor, organizationId)) throw new MutationError("forbidden");
}

/** Refuses an edit made from an older version of the record, saying what changed since. */
export function requireVersion(tx: Db, entityType: AuditEntityType, record: { id: number; version: number }, expected: number): void {
  if (record.version === expected) return;
  throw new MutationError("stale", {
    changes: changesSince(tx, entityType, record.id, expected),
    current: record as unknown as Record<string, unknown>,
    currentVersion: record.version,
  });
}

export const nowIso = () => new Date().toISOString();
