/**
 * Runs a mutation for a form post: the session from the cookie, the form's
 * fields as input, and the outcome turned into what the form shows.
 */
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { executeMutation, type Mutation } from "@/db/mutations";
import type { FormState } from "@/components/admin/form-state";
import { sessionToken } from "@/app/_lib/session";
import { localePath, type Locale } from "@/lib/i18n";
import { revalidatePublic, type PublicChange } from "./revalidate";
import { formatTimestamp } from "@/components/admin/labels";

/**
 * A form's text fields. Where one name appears twice (a hidden field and a
 * submit button that sets it), the first non-empty value wins.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = values[key] || value;
  }
  return values;
}

/** What is sent back to be shown again: never a password. */
function keptValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

export async function runForm<I, O>(
  locale: Locale,
  previous: FormState,
  formData: FormData,
  mutation: Mutation<I, O>,
  input: (values: Record<string, string>) => I = (values) => values as I,
): Promise<{ state: FormState; value?: O }> {
  const values = formValues(formData);
  const submission = previous.submission + 1;
  const outcome = executeMutation(getDb(), await sessionToken(), mutation, input(values));
  if (outcome.ok) return { state: { status: "ok", submission }, value: outcome.value };
  const { details } = outcome;
  // After a stale refusal the form carries the current version, so saving again is a deliberate choice.
  if (outcome.code === "stale" && details.currentVersion) values.version = String(details.currentVersion);
  return {
    state: {
      status: "error",
      submission,
      code: outcome.code,
      values: keptValues(values),
      fieldErrors: details.fieldErrors,
      changes: details.changes?.map(({ at, ...change }) => ({ ...change, when: formatTimestamp(at, locale) })),
      conflicts: details.conflicts,
      candidates: details.candidates,
    },
  };
}

/**
 * A form post from start to finish: run the mutation, refresh the public pages
 * it touched, and either stay on the page (showing the outcome) or, when the
 * page the form was on no longer fits, go to the one that does.
 */
export async function saveForm<I, O>(
  locale: Locale,
  previous: FormState,
  formData: FormData,
  mutation: Mutation<I, O>,
  after: { touched?: (value: O) => PublicChange; goTo?: (value: O) => string; input?: (values: Record<string, string>) => I } = {},
): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, mutation, after.input);
  if (value === undefined) return state;
  if (after.touched) revalidatePublic(after.touched(value));
  if (after.goTo) redirect(localePath(locale, after.goTo(value)));
  return state;
}
