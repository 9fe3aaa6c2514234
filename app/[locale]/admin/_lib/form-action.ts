/**
 * Admin form posts: the form's fields, the session from the cookie, the mutation,
 * and the outcome turned into what the form shows. Every feature declares its
 * actions with defineFormAction, in an actions.ts beside the route of its forms.
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

/** What a form action does once its mutation succeeded. */
export interface FormActionSteps<I, O> {
  /** The mutation's input from the form's fields (default: the fields as they are). */
  input?: (values: Record<string, string>) => I | Promise<I>;
  /** The public records the write changed, whose pages are revalidated. */
  touched?: (value: O) => PublicChange;
  /** The page to go to when the form's own page no longer fits (ended, created…). */
  goTo?: (value: O) => string;
}

export type LocalizedFormAction = (locale: Locale, previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Declares an admin form's server action, in one order for all of them: read the
 * form's fields, resolve the session (the mutation refuses anyone not allowed,
 * checks the input with its zod schema and the scope, and writes with its audit
 * entry in one transaction), revalidate the public pages it touched, and either
 * stay on the page showing the outcome or go to the one that now fits.
 */
export function defineFormAction<I, O>(mutation: Mutation<I, O>, steps: FormActionSteps<I, O> = {}): LocalizedFormAction {
  return async (locale, previous, formData) => {
    const input = steps.input ? await steps.input(formValues(formData)) : undefined;
    const { state, value } = await runForm(locale, previous, formData, mutation, input === undefined ? undefined : () => input);
    if (value === undefined) return state;
    if (steps.touched) revalidatePublic(steps.touched(value));
    if (steps.goTo) redirect(localePath(locale, steps.goTo(value)));
    return state;
  };
}
