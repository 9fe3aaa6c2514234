/**
 * Runs a mutation for a session token: the session is resolved inside the same
 * write transaction, so a sign-out or a revoked right takes effect even for a
 * request already on its way. Refusals come back as values; anything else throws.
 */
import { resolveSession } from "../auth/sessions";
import { inTransaction, type Db } from "../client";
import { MutationError, type MutationErrorCode, type MutationErrorDetails } from "./errors";
import type { Mutation } from "./guard";

export type MutationOutcome<O> = { ok: true; value: O } | { ok: false; code: MutationErrorCode; details: MutationErrorDetails };

export function executeMutation<I, O>(db: Db, token: string | null | undefined, mutation: Mutation<I, O>, input: I): MutationOutcome<O> {
  try {
    return { ok: true, value: inTransaction(db, (tx) => mutation(tx, resolveSession(tx, token), input)) };
  } catch (error) {
    if (error instanceof MutationError) return { ok: false, code: error.code, details: error.details };
    throw error;
  }
}
