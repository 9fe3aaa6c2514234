"use server";

import type { FormState } from "@/components/admin/form-state";
import { getCurrentUser } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { createPerson, retractPerson, setPersonPhoto, updatePerson } from "@/db/mutations";
import { canEditPersonRecord } from "@/db/auth/scope";
import { storePhoto } from "@/db/mutations/photos";
import type { Locale } from "@/lib/i18n";
import { defineFormAction, formValues } from "../_lib/form-action";

const touchedPerson = (value: { id: number }) => ({ personIds: [value.id] });

export const createPersonAction = defineFormAction(createPerson, {
  touched: touchedPerson,
  goTo: (value) => `/admin/people/${value.id}?done=created`,
});

export const updatePersonAction = defineFormAction(updatePerson, { touched: touchedPerson });

export const retractPersonAction = defineFormAction(retractPerson, { touched: touchedPerson });

/**
 * Photos are processed before the write (sharp is asynchronous; the write is one
 * synchronous transaction), so the rights are checked first too, sparing the
 * work for anyone who may not make it; the mutation checks them again.
 */
export async function photoAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const submission = previous.submission + 1;
  const personId = Number(values.id);
  const actor = await getCurrentUser();
  if (!actor) return { status: "error", submission, code: "unauthenticated" };
  if (!Number.isInteger(personId) || !canEditPersonRecord(getDb(), actor, personId))
    return { status: "error", submission, code: "forbidden" };
  let photoPath: string | null = null;
  if (values.remove !== "1") {
    const photo = formData.get("photo");
    const stored = await storePhoto(photo instanceof File ? photo : null);
    if (!stored.ok) return { status: "error", submission, code: "invalid", values, fieldErrors: { photo: [stored.error] } };
    photoPath = stored.fileName;
  }
  const save = defineFormAction(setPersonPhoto, {
    input: () => ({ id: personId, version: Number(values.version), photoPath }),
    touched: touchedPerson,
  });
  return save(locale, previous, formData);
}
