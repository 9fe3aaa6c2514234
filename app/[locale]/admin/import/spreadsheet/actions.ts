"use server";

/**
 * The spreadsheet import's two steps. Reading checks the session, the file
 * (its size, what it unpacks to, its header and every row) and builds the
 * review; the commit runs the import mutation, which checks scope, input and
 * data rules again and writes everything in one transaction.
 */
import type { SheetState } from "@/components/import/sheet-state";
import { getCurrentUser } from "@/app/_lib/session";
import type { Actor } from "@/db/auth/sessions";
import { getDb } from "@/db/client";
import { importSheet } from "@/db/import/sheet-commit";
import { buildSheetReview, type SheetReview } from "@/db/import/sheet-review";
import { todayIso } from "@/lib/dates";
import type { Locale } from "@/lib/i18n";
import { decisionsFromForm } from "@/lib/import/input";
import {
  MAX_SHEET_BYTES,
  readMemberSheet,
  rowWrites,
  sheetRowsInput,
  sheetUploadInput,
  type SheetImportInput,
  type SheetRow,
  type SheetUpload,
} from "@/lib/import/sheet";
import { readSpreadsheet } from "@/lib/spreadsheet/workbook";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { formValues, runForm } from "../../_lib/form-action";
import { revalidatePublic } from "../../_lib/revalidate";

const UPLOAD_FIELDS = ["organizationId", "sourceTitle", "sourceDate", "sourceUrl"] as const;

/** The review as the page needs it: rows with nothing to write are only listed, so their namesakes are not sent. */
function review(actor: Actor, upload: SheetUpload, rows: SheetRow[]): SheetReview | null {
  const defaultSource = upload.sourceTitle
    ? { title: upload.sourceTitle, url: upload.sourceUrl ?? null, date: upload.sourceDate?.value ?? null }
    : null;
  const built = buildSheetReview(getDb(), actor, { organizationId: upload.organizationId, rows, defaultSource, date: todayIso() });
  if (!built) return null;
  return { ...built, rows: built.rows.map((row) => (rowWrites(row) ? row : { ...row, person: { ...row.person, candidates: [] } })) };
}

/** The hidden fields of the review form: what the commit needs to read the file's rows again. */
function requestOf(values: Record<string, string>, fileName: string, rows: SheetRow[]): Record<string, string> {
  return { ...Object.fromEntries(UPLOAD_FIELDS.map((field) => [field, values[field] ?? ""])), fileName, rows: JSON.stringify(rows) };
}

export async function readSheetAction(_locale: Locale, previous: SheetState, formData: FormData): Promise<SheetState> {
  const values = formValues(formData);
  const submission = previous.submission + 1;
  const refuse = (fieldErrors: Record<string, string[]>, missing?: SheetState["missing"]): SheetState => ({
    status: "error",
    submission,
    code: "invalid",
    values,
    fieldErrors,
    missing,
  });
  const actor = await getCurrentUser();
  if (!actor) return { status: "error", submission, code: "unauthenticated", values };
  const upload = sheetUploadInput.safeParse(values);
  const file = formData.get("file");
  const fileErrors =
    !(file instanceof File) || file.size === 0 ? ["file_required"] : file.size > MAX_SHEET_BYTES ? ["file_too_large"] : null;
  if (!upload.success || fileErrors)
    return refuse({ ...(upload.success ? {} : fieldErrorsOf(upload.error)), ...(fileErrors ? { file: fileErrors } : {}) });

  const read = await readSpreadsheet(new Uint8Array(await (file as File).arrayBuffer()));
  if (!read.ok) return refuse({ file: [read.error] });
  const sheet = readMemberSheet(read.grids, { hasDefaultSource: Boolean(upload.data.sourceTitle) });
  if (!sheet.ok) return refuse({ file: [sheet.error] }, sheet.missing);
  const { rows, errors, ignored } = sheet.reading;
  const built = review(actor, upload.data, rows);
  if (!built) return refuse({ organizationId: ["not_found"] });
  const fileName = (file as File).name.slice(0, 300);
  return {
    status: "ok",
    submission,
    values,
    review: built,
    file: { name: fileName, rows: rows.length + new Set(errors.map((error) => error.line)).size, errors, ignored },
    request: requestOf(values, fileName, rows),
  };
}

export async function commitSheetAction(locale: Locale, previous: SheetState, formData: FormData): Promise<SheetState> {
  const toInput = (values: Record<string, string>): SheetImportInput => ({
    ...Object.fromEntries(UPLOAD_FIELDS.map((field) => [field, values[field] ?? ""])),
    organizationId: values.organizationId ?? "",
    fileName: values.fileName,
    rows: values.rows ?? "",
    decisions: decisionsFromForm(values) as unknown as SheetImportInput["decisions"],
  });
  const { state, value } = await runForm(locale, previous, formData, importSheet, toInput);
  if (value) {
    revalidatePublic({
      personIds: value.people.map((person) => person.id),
      organizationIds: value.organizationIds,
      termIds: value.termIds,
    });
    const { counts, people, rows, organization } = value;
    return { ...state, outcome: { counts, people, rows, organization } };
  }
  // Refused: reviewed again, so the table shows the database as it is now, with what the editor chose kept.
  const actor = await getCurrentUser();
  const upload = sheetUploadInput.safeParse(state.values ?? {});
  const rows = sheetRowsInput.safeParse(state.values?.rows ?? "");
  const again = actor && upload.success && rows.success ? review(actor, upload.data, rows.data) : null;
  return again ? { ...state, review: again } : state;
}
