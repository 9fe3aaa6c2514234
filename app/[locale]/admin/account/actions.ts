"use server";

import { getCurrentUser, sessionToken } from "@/app/_lib/session";
import type { FormState } from "@/components/admin/form-state";
import { clearTries, reserveTry } from "@/db/auth/throttle";
import { getDb } from "@/db/client";
import { changeOwnPassword, confirmOwnSecondFactor, disableOwnSecondFactor, startOwnSecondFactor } from "@/db/mutations";
import type { Locale } from "@/lib/i18n";
import { defineFormAction, runForm, type LocalizedFormAction } from "../_lib/form-action";

/**
 * Checking a current password or code is limited to a few wrong tries per
 * account and window (db/auth/throttle.ts), so that a session left open is no
 * way to guess the password or turn the second factor off.
 */
function limited(kind: "passwordChange" | "secondFactor", action: LocalizedFormAction): LocalizedFormAction {
  return async (locale: Locale, previous: FormState, formData: FormData) => {
    const user = await getCurrentUser();
    if (user) {
      const reserved = await reserveTry(getDb(), kind, user.id);
      if (!reserved.ok)
        return {
          status: "error",
          submission: previous.submission + 1,
          code: "throttled",
          retryMinutes: Math.max(1, Math.ceil((reserved.retryAt.getTime() - Date.now()) / 60_000)),
        };
    }
    const state = await action(locale, previous, formData);
    if (user && state.status === "ok") await clearTries(getDb(), kind, user.id);
    return state;
  };
}

/** The session the form came from stays open; every other one is signed out. */
export const changePasswordAction = limited(
  "passwordChange",
  defineFormAction(changeOwnPassword, {
    input: async (values) => ({
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
      keepSessionToken: await sessionToken(),
    }),
  }),
);

export const startSecondFactorAction = defineFormAction(startOwnSecondFactor, {
  input: () => ({}),
  goTo: () => "/admin/account#second-factor",
});

/** Confirming shows the recovery codes once, in the form's outcome. */
export async function confirmSecondFactorAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, confirmOwnSecondFactor);
  return value ? { ...state, recoveryCodes: value.recoveryCodes } : state;
}

export const disableSecondFactorAction = limited("secondFactor", defineFormAction(disableOwnSecondFactor));
