/** Why a write was refused. Thrown inside the transaction, so nothing of it is kept. */
import type { FieldErrors } from "../../lib/validation/fields";

export type MutationErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "stale"
  | "overlap"
  | "duplicate"
  /** The database stayed locked by another writer past the busy timeout: nothing was written; try again. */
  | "busy";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One write that happened after the version an editor started from. */
export interface StaleChange {
  at: string;
  by: string | null;
  action: string;
  reason: string | null;
  fields: FieldChange[];
}

/** A term that would be held at the same time as the new one on a post with a holder limit. */
export interface OverlapConflict {
  membershipId: number;
  version: number;
  personId: number;
  personName: string;
  startDate: string | null;
  attestedDate: string | null;
  endDate: string | null;
  /** Whether ending it on the new term's start date would resolve the overlap. */
  endable: boolean;
}

export interface DuplicateCandidate {
  id: number;
  slug: string;
  fullName: string;
  birthYear: number | null;
  /** Why it looks like the same person. */
  match: "birth_year" | "organization";
}

export interface MutationErrorDetails {
  fieldErrors?: FieldErrors;
  changes?: StaleChange[];
  current?: Record<string, unknown>;
  currentVersion?: number;
  conflicts?: OverlapConflict[];
  candidates?: DuplicateCandidate[];
}

export class MutationError extends Error {
  constructor(
    readonly code: MutationErrorCode,
    readonly details: MutationErrorDetails = {},
  ) {
    super(code);
    this.name = "MutationError";
  }
}

export function invalid(field: string, key: string): MutationError {
  return new MutationError("invalid", { fieldErrors: { [field]: [key] } });
}

/** Whether an error is SQLite saying the database stayed locked (SQLITE_BUSY and its kinds) past the busy timeout. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}
