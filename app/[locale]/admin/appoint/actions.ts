"use server";

import { appointToPost } from "@/db/mutations";
import { defineFormAction } from "../_lib/form-action";

export const appointAction = defineFormAction(appointToPost, {
  touched: (value) => ({ termIds: [value.id] }),
  goTo: (value) => `/admin/people/${value.personId}?done=appointed`,
});
