"use server";

import { createUser, resetSecondFactorOf, resetUserPassword, revokeSessionsOf, updateUser } from "@/db/mutations";
import { defineFormAction } from "../_lib/form-action";

export const createUserAction = defineFormAction(createUser, { goTo: (value) => `/admin/users/${value.id}?done=created` });

export const updateUserAction = defineFormAction(updateUser);

export const resetPasswordAction = defineFormAction(resetUserPassword);

export const revokeSessionsAction = defineFormAction(revokeSessionsOf);

export const resetSecondFactorAction = defineFormAction(resetSecondFactorOf);
