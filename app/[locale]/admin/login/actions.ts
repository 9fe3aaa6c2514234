"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import { signIn } from "@/db/auth/sign-in";
import { getDb } from "@/db/client";
import { clientKey, setSessionCookie } from "@/app/_lib/session";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { signInInput } from "@/lib/validation/admin";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { formValues } from "../_lib/form-action";

/** Only the admin's own pages are places to return to after signing in. */
function safeNext(locale: Locale, next: string | undefined): string {
  const home = localePath(locale, "/admin");
  if (!next || !/^\/(en\/)?admin(\/[\w\-/?=&.%]*)?$/.test(next) || next.includes("//")) return home;
  return next;
}

/** Signing in is the one form without a session, so it is not a mutation: it checks the throttle and the password itself. */
export async function signInAction(locale: Locale, next: string | undefined, previous: FormState, formData: FormData): Promise<FormState> {
  if (!isLocale(locale)) return previous;
  const values = formValues(formData);
  const submission = previous.submission + 1;
  const parsed = signInInput.safeParse(values);
  const kept = { username: values.username ?? "" };
  if (!parsed.success) return { status: "error", submission, code: "invalid", values: kept, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await signIn(getDb(), {
    ...parsed.data,
    clientKey: await clientKey(),
    userAgent: (await headers()).get("user-agent"),
  });
  if (!result.ok) {
    const retryMinutes =
      result.reason === "throttled" ? Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 60_000)) : undefined;
    return { status: "error", submission, code: result.reason === "throttled" ? "throttled" : "invalid_login", values: kept, retryMinutes };
  }
  await setSessionCookie(result.token, result.expiresAt);
  redirect(safeNext(locale, next));
}
