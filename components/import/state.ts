/** What the import's server actions return to the page: an admin form state, plus the review or the outcome. */
import type { FormState } from "@/components/admin/form-state";
import type { ImportOutcome } from "@/db/import/commit";
import type { Review } from "@/lib/import/review";

export interface ImportState extends FormState {
  /** After analysing, or after a refused commit (analysed again, so it shows the database as it is now). */
  review?: Review;
  /** The article, context and source the review was made from, carried by the review form. */
  request?: Record<string, string>;
  outcome?: Pick<ImportOutcome, "counts" | "people" | "sourceId">;
}

export type ImportAction = (previous: ImportState, formData: FormData) => Promise<ImportState>;
