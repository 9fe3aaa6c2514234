"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import { completeSignIn, signIn } from "@/db/auth/sign-in";
import { getDb } from "@/db/client";
import { isBusy } from "@/db/mutations";
import { clientKey, pendingToken, setPendingCookie, setSessionCookie } from "@/app/_lib/session";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { secondFactorInput, signInInput } from "@/lib/validation/admin";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { formValues } from "../_lib/form-action";

/** Only the admin's own pages are places to return to after signing in. */
function safeNext(locale: Locale, next: string | undefined): string {
  const home = localePath(locale, "/admin");
  if (!next || !/^\/(en\/)?admin(\/[\w\-/?=&.%]*)?$/.test(next) || next.includes("//")) return home;
  return next;
}

const retryMinutes = (retryAt: Date) => Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));

/** A busy database is a refusal to show, with what was typed kept, never a 500. */
async function unlessBusy(submission: number, values: Record<string, string>, work: () => Promise<FormState>): Promise<FormState> {
  try {
    return await work();
  } catch (error) {
    if (isBusy(error)) return { status: "error", submission, code: "busy", values };
    throw error;
  }
}

/** Signing in is the one form without a session, so it is not a mutation: it checks the throttle and the password itself. */
export async function signInAction(locale: Locale, next: string | undefined, previous: FormState, formData: FormData): Promise<FormState> {
  if (!isLocale(locale)) return previous;
  const values = formValues(formData);
  const submission = previous.submission + 1;
  const parsed = signInInput.safeParse(values);
  const kept = { username: values.username ?? "" };
  if (!parsed.success) return { status: "error", submission, code: "invalid", values: kept, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await unlessBusy(submission, kept, async () => {
    const outcome = await signIn(getDb(), { ...parsed.data, clientKey: await clientKey(), userAgent: (await headers()).get("user-agent") });
    if (!outcome.ok)
      return outcome.reason === "throttled"
        ? { status: "error", submission, code: "throttled", values: kept, retryMinutes: retryMinutes(outcome.retryAt) }
        : { status: "error", submission, code: "invalid_login", values: kept };
    if (outcome.stage === "full") await setSessionCookie(outcome.token, outcome.expiresAt);
    else await setPendingCookie(outcome.token, outcome.expiresAt);
    return { status: "ok", submission, code: outcome.stage };
  });
  if (result.status !== "ok") return result;
  if (result.code === "full") redirect(safeNext(locale, next));
  redirect(`${localePath(locale, "/admin/login/code")}${next ? `?next=${encodeURIComponent(next)}` : ""}`);
}

/** The second step: a code from the authenticator (or a recovery code), or the first code after setting one up. */
export async function codeAction(locale: Locale, next: string | undefined, previous: FormState, formData: FormData): Promise<FormState> {
  if (!isLocale(locale)) return previous;
  const submission = previous.submission + 1;
  const parsed = secondFactorInput.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", submission, code: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await unlessBusy(submission, {}, async () => {
    const outcome = await completeSignIn(getDb(), {
      pendingToken: await pendingToken(),
      code: parsed.data.code,
      clientKey: await clientKey(),
      userAgent: (await headers()).get("user-agent"),
    });
    if (!outcome.ok) {
      if (outcome.reason === "throttled")
        return { status: "error", submission, code: "throttled", retryMinutes: retryMinutes(outcome.retryAt) };
      return { status: "error", submission, code: outcome.reason === "expired" ? "code_expired" : "code_invalid" };
    }
    await setSessionCookie(outcome.token, outcome.expiresAt);
    return { status: "ok", submission, recoveryCodes: outcome.recoveryCodes };
  });
  // Recovery codes made by a setup are shown once before going on; otherwise straight to the admin.
  if (result.status === "ok" && !result.recoveryCodes) redirect(safeNext(locale, next));
  return result;
}
