/** What the Popolo import's server actions return to the page: an admin form state, plus the review or the outcome. */
import type { FormState } from "@/components/admin/form-state";
import type { PopoloImportOutcome, PopoloReview } from "@/db/import/popolo";

export interface PopoloState extends FormState {
  review?: PopoloReview;
  /** What the review form carries back: the file's name and its text. */
  request?: Record<string, string>;
  outcome?: PopoloImportOutcome["counts"];
}

export type PopoloAction = (previous: PopoloState, formData: FormData) => Promise<PopoloState>;
