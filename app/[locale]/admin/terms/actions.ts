"use server";

import { getDb } from "@/db/client";
import { addSourceToTerm, correctTerm, endTerm, retractTerm, transferTerm } from "@/db/mutations";
import { getTerm } from "@/db/queries/admin";
import type { Locale } from "@/lib/i18n";
import type { FormState } from "@/components/admin/form-state";
import { defineFormAction, formValues } from "../_lib/form-action";

// Ending or retracting a term removes its forms from the page, so the confirmation travels in the address.
export const endTermAction = defineFormAction(endTerm, {
  touched: (value) => ({ termIds: [value.id] }),
  goTo: (value) => `/admin/terms/${value.id}?done=ended`,
});

export const transferTermAction = defineFormAction(transferTerm, {
  touched: (value) => ({ termIds: [value.id, value.endedId] }),
  goTo: (value) => `/admin/people/${value.personId}?done=transferred`,
});

/** A correction may move the term to another organisation: the page of the one it left changes too. */
export async function correctTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const organizationBefore = getTerm(getDb(), Number(formValues(formData).id))?.organizationId;
  const save = defineFormAction(correctTerm, {
    touched: (value) => ({ termIds: [value.id], organizationIds: organizationBefore ? [organizationBefore] : [] }),
  });
  return save(locale, previous, formData);
}

export const retractTermAction = defineFormAction(retractTerm, {
  touched: (value) => ({ termIds: [value.id] }),
  goTo: (value) => `/admin/terms/${value.id}?done=retracted`,
});

export const addSourceAction = defineFormAction(addSourceToTerm, { touched: (value) => ({ termIds: [value.id] }) });
