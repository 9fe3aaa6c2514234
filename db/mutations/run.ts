/**
 * Runs a mutation for a session token: the session is resolved inside the same
 * write transaction, so a sign-out or a revoked right takes effect even for a
 * request already on its way. Refusals come back as values; anything else throws.
 */
import { resolveSession } from "../auth/sessions";
import { inTransaction, type Db } from "../client";
import { recordAudit } from "./audit";
import { MutationError, isBusy, type MutationErrorCode, type MutationErrorDetails } from "./errors";
import type { Mutation } from "./guard";

export type MutationOutcome<O> = { ok: true; value: O } | { ok: false; code: MutationErrorCode; details: MutationErrorDetails };

/**
 * A write refused for lack of rights is audited (outside the refused transaction,
 * which left nothing): who tried what, on which record. A busy database (SQLITE_BUSY
 * past the busy timeout) is a refusal too, so the form keeps its input.
 */
export function executeMutation<I, O>(db: Db, token: string | null | undefined, mutation: Mutation<I, O>, input: I): MutationOutcome<O> {
  try {
    return { ok: true, value: inTransaction(db, (tx) => mutation(tx, resolveSession(tx, token), input)) };
  } catch (error) {
    if (isBusy(error)) return { ok: false, code: "busy", details: {} };
    if (!(error instanceof MutationError)) throw error;
    if (error.code === "forbidden") auditRefusal(db, token, mutation.name, input);
    return { ok: false, code: error.code, details: error.details };
  }
}

function auditRefusal(db: Db, token: string | null | undefined, name: string, input: unknown): void {
  try {
    inTransaction(db, (tx) => {
      const actor = resolveSession(tx, token);
      const record = (input ?? {}) as Record<string, unknown>;
      const id = Number(record.id ?? record.personId ?? record.postId ?? record.organizationId ?? record.parentId ?? 0);
      recordAudit(tx, actor, {
        action: "write.refused",
        entityType: "user",
        entityId: actor?.id ?? 0,
        after: {
          mutation: name,
          fields: Object.keys(record).slice(0, 30),
          recordId: Number.isSafeInteger(id) ? id : null,
          code: "forbidden",
        },
      });
    });
  } catch (error) {
    // The refusal stands whether or not it could be noted.
    if (!isBusy(error)) throw error;
  }
}
