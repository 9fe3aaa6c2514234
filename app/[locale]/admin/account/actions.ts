"use server";

import { sessionToken } from "@/app/_lib/session";
import { changeOwnPassword } from "@/db/mutations";
import { defineFormAction } from "../_lib/form-action";

/** The session the form came from stays open; every other one is signed out. */
export const changePasswordAction = defineFormAction(changeOwnPassword, {
  input: async (values) => ({
    currentPassword: values.currentPassword,
    newPassword: values.newPassword,
    keepSessionToken: await sessionToken(),
  }),
});
