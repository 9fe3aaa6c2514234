/** What the spreadsheet import's server actions return to the page: an admin form state, plus the review or the outcome. */
import type { FormState } from "@/components/admin/form-state";
import type { SheetOutcome } from "@/db/import/sheet-commit";
import type { SheetReview } from "@/db/import/sheet-review";
import type { SheetError } from "@/lib/import/sheet";
import type { ColumnKey } from "@/lib/spreadsheet/columns";

export interface SheetFile {
  name: string;
  /** Rows read, with or without problems. */
  rows: number;
  errors: SheetError[];
  /** Headers the import does not read. */
  ignored: string[];
}

export interface SheetState extends FormState {
  /** After reading a file, or after a refused commit (reviewed again, so it shows the database as it is now). */
  review?: SheetReview;
  file?: SheetFile;
  /** What the review form carries back: the organisation, the common source, the file's name and its rows (JSON). */
  request?: Record<string, string>;
  /** Required columns the file's header lacks. */
  missing?: ColumnKey[];
  outcome?: Pick<SheetOutcome, "counts" | "people" | "rows" | "organization">;
}

export type SheetAction = (previous: SheetState, formData: FormData) => Promise<SheetState>;
