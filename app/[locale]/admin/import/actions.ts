"use server";

/**
 * The import's two steps. Both check the session on the server; the commit
 * runs the import mutation, which checks scope, input and data rules again and
 * writes everything in one transaction.
 */
import type { ImportState } from "@/components/import/state";
import { getDb } from "@/db/client";
import { importArticle } from "@/db/import/commit";
import { buildReview } from "@/db/import/review";
import { getCurrentUser } from "@/app/_lib/session";
import type { Actor } from "@/db/auth/sessions";
import type { Locale } from "@/lib/i18n";
import { analyseInput, decisionsFromForm, importFieldErrors, type ImportInput } from "@/lib/import/input";
import type { FieldErrors } from "@/lib/validation/fields";
import { formValues, runForm } from "../_lib/form-action";
import { revalidatePublic } from "../_lib/revalidate";

const REQUEST_FIELDS = ["text", "contextId", "sourceTitle", "sourcePublisher", "sourceDate", "sourceUrl"] as const;

/** The article, its context and its source from a form; a committee picked by search wins over the province list. */
function requestOf(values: Record<string, string>): Record<string, string> {
  const request = Object.fromEntries(REQUEST_FIELDS.map((field) => [field, values[field] ?? ""]));
  if (!values.contextId) request.contextId = values.committeeId || values.provinceId || "";
  return request;
}

/** The context is chosen in the province list, so that is where its errors show. */
function onFormFields(errors: FieldErrors): FieldErrors {
  const { contextId, ...rest } = errors;
  return contextId ? { ...rest, provinceId: contextId } : rest;
}

type Analysis = { ok: true; state: Pick<ImportState, "review" | "request"> } | { ok: false; fieldErrors: FieldErrors };

function analyse(actor: Actor, request: Record<string, string>): Analysis {
  const parsed = analyseInput.safeParse(request);
  if (!parsed.success) return { ok: false, fieldErrors: onFormFields(importFieldErrors(parsed.error)) };
  const { text, contextId, sourceDate } = parsed.data;
  const review = buildReview(getDb(), actor, { text, contextId, date: sourceDate.value });
  if (!review) return { ok: false, fieldErrors: { provinceId: ["not_a_committee"] } };
  return { ok: true, state: { review, request: { ...request, contextId: String(contextId) } } };
}

export async function analyseImportAction(_locale: Locale, previous: ImportState, formData: FormData): Promise<ImportState> {
  const values = formValues(formData);
  const submission = previous.submission + 1;
  const actor = await getCurrentUser();
  if (!actor) return { status: "error", submission, code: "unauthenticated", values };
  const analysis = analyse(actor, requestOf(values));
  if (!analysis.ok) return { status: "error", submission, code: "invalid", values, fieldErrors: analysis.fieldErrors };
  return { status: "ok", submission, values, ...analysis.state };
}

export async function commitImportAction(locale: Locale, previous: ImportState, formData: FormData): Promise<ImportState> {
  const toInput = (values: Record<string, string>) => ({ ...requestOf(values), rows: decisionsFromForm(values) }) as unknown as ImportInput;
  const { state, value } = await runForm(locale, previous, formData, importArticle, toInput);
  if (value) {
    revalidatePublic({
      personIds: value.people.map((person) => person.id),
      organizationIds: value.organizationIds,
      termIds: value.termIds,
    });
    return { ...state, outcome: { counts: value.counts, people: value.people, sourceId: value.sourceId } };
  }
  // Refused: analysed again, so the table shows the database as it is now, with what the editor chose kept.
  const actor = await getCurrentUser();
  const analysis = actor && state.values ? analyse(actor, requestOf(state.values)) : null;
  return analysis?.ok ? { ...state, ...analysis.state } : state;
}
