"use server";

import { revertChange } from "@/db/mutations";
import { defineFormAction } from "../_lib/form-action";

export const revertAction = defineFormAction(revertChange, {
  touched: (value) => ({
    personIds: value.personId ? [value.personId] : [],
    organizationIds: value.organizationId ? [value.organizationId] : [],
  }),
});
