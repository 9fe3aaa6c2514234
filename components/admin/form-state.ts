/** What an admin form's server action returns to the form: the outcome, the errors, and the input to show again. */
import type { DuplicateCandidate, FieldChange, OverlapConflict } from "@/db/mutations/errors";

export interface FormState {
  status: "idle" | "ok" | "error";
  /** Counts submissions; the form re-mounts on each, so its fields take the new defaults. */
  submission: number;
  code?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was typed, given back so that nothing is lost on a refusal. */
  values?: Record<string, string>;
  changes?: { when: string; by: string | null; action: string; reason: string | null; fields: FieldChange[] }[];
  conflicts?: OverlapConflict[];
  candidates?: DuplicateCandidate[];
  retryMinutes?: number;
  /** Recovery codes made by setting up two-factor sign-in, shown once. */
  recoveryCodes?: string[];
}

export const INITIAL_FORM_STATE: FormState = { status: "idle", submission: 0 };

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
