"use server";

/**
 * The Popolo import's two steps. Reading checks the session (an administrator),
 * the file (its size, that it is JSON, every record) and compares it with the
 * directory; the commit runs the import mutation, which reads and compares the
 * file again and writes the new records in one audited transaction.
 */
import type { PopoloState } from "@/components/import/popolo-state";
import { getCurrentUser } from "@/app/_lib/session";
import { siteUrl } from "@/app/_lib/site-url";
import { getDb } from "@/db/client";
import { importPopoloFile, readPopoloText, reviewPopolo } from "@/db/import/popolo";
import { MutationError } from "@/db/mutations";
import type { Locale } from "@/lib/i18n";
import { MAX_POPOLO_BYTES } from "@/lib/import/popolo";
import { formValues, runForm } from "../../_lib/form-action";

async function photoBase(): Promise<string> {
  return (await siteUrl()).origin;
}

export async function readPopoloAction(_locale: Locale, previous: PopoloState, formData: FormData): Promise<PopoloState> {
  const values = formValues(formData);
  const submission = previous.submission + 1;
  const refuse = (errors: string[], code = "invalid"): PopoloState => ({
    status: "error",
    submission,
    code,
    values,
    fieldErrors: { file: errors },
  });
  const actor = await getCurrentUser();
  if (!actor) return { status: "error", submission, code: "unauthenticated", values };
  if (actor.role !== "admin") return { status: "error", submission, code: "forbidden", values };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(["file_required"]);
  if (file.size > MAX_POPOLO_BYTES) return refuse(["file_too_large"]);
  const text = await file.text();
  let read;
  try {
    read = readPopoloText(text);
  } catch (error) {
    if (error instanceof MutationError) return refuse(error.details.fieldErrors?.file ?? [error.code]);
    throw error;
  }
  const base = await photoBase();
  const { counts, conflicts, unresolved } = reviewPopolo(
    getDb(),
    read.popolo,
    read.document,
    (name) => new URL(`/api/photos/${name}`, base).href,
  );
  return {
    status: "ok",
    submission,
    values,
    review: { counts, conflicts, unresolved },
    request: { fileName: file.name.slice(0, 300), document: text },
  };
}

export async function commitPopoloAction(locale: Locale, previous: PopoloState, formData: FormData): Promise<PopoloState> {
  const base = await photoBase();
  const { state, value } = await runForm(locale, previous, formData, importPopoloFile, (values) => ({
    document: values.document ?? "",
    fileName: values.fileName,
    photoBase: base,
  }));
  // The document is not sent back to the page: it is in the review form's hidden field already.
  const { values: _values, ...kept } = state;
  return value ? { ...kept, outcome: value.counts } : kept;
}
