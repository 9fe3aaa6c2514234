"use server";

/**
 * Every admin form posts to one of these. Each is a thin shell: the mutation it
 * runs checks the session, the rights and the input again on the server, so
 * calling an action directly (it is a public POST endpoint) gains nothing.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import {
  addSourceToTerm,
  appointToPost,
  changeOwnPassword,
  correctTerm,
  createOrganization,
  createPerson,
  createPost,
  createUser,
  endTerm,
  renameOrganization,
  resetUserPassword,
  retractPerson,
  retractTerm,
  revokeSessionsOf,
  setPersonPhoto,
  transferTerm,
  updatePerson,
  updatePost,
  updateUser,
} from "@/db/mutations";
import { canEditPerson } from "@/db/mutations/people";
import { storePhoto } from "@/db/mutations/photos";
import { getTerm } from "@/db/queries/admin";
import type { FormState } from "@/components/admin/form-state";
import { clientKey, getCurrentUser, sessionToken, setSessionCookie } from "@/app/_lib/session";
import { signIn } from "@/db/auth/sign-in";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { signInInput } from "@/lib/validation/admin";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { formValues, saveForm } from "./_lib/run-form";

/** Only the admin's own pages are places to return to after signing in. */
function safeNext(locale: Locale, next: string | undefined): string {
  const home = localePath(locale, "/admin");
  if (!next || !/^\/(en\/)?admin(\/[\w\-/?=&.%]*)?$/.test(next) || next.includes("//")) return home;
  return next;
}

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
    const retryMinutes = result.reason === "throttled" ? Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 60_000)) : undefined;
    return { status: "error", submission, code: result.reason === "throttled" ? "throttled" : "invalid_login", values: kept, retryMinutes };
  }
  await setSessionCookie(result.token, result.expiresAt);
  redirect(safeNext(locale, next));
}

export async function appointAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, appointToPost, {
    touched: (value) => ({ termIds: [value.id] }),
    goTo: (value) => `/admin/people/${value.personId}?done=appointed`,
  });
}

export async function createPersonAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, createPerson, {
    touched: (value) => ({ personIds: [value.id] }),
    goTo: (value) => `/admin/people/${value.id}?done=created`,
  });
}

export async function updatePersonAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, updatePerson, { touched: (value) => ({ personIds: [value.id] }) });
}

export async function retractPersonAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, retractPerson, { touched: (value) => ({ personIds: [value.id] }) });
}

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
  if (!Number.isInteger(personId) || !canEditPerson(getDb(), actor, personId)) return { status: "error", submission, code: "forbidden" };
  let photoPath: string | null = null;
  if (values.remove !== "1") {
    const stored = await storePhoto(formData.get("photo") instanceof File ? (formData.get("photo") as File) : null);
    if (!stored.ok) return { status: "error", submission, code: "invalid", values, fieldErrors: { photo: [stored.error] } };
    photoPath = stored.fileName;
  }
  return saveForm(locale, previous, formData, setPersonPhoto, {
    input: () => ({ id: personId, version: Number(values.version), photoPath }),
    touched: (value) => ({ personIds: [value.id] }),
  });
}

/** Ending or retracting a term removes its forms from the page, so the confirmation travels in the address. */
export async function endTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, endTerm, {
    touched: (value) => ({ termIds: [value.id] }),
    goTo: (value) => `/admin/terms/${value.id}?done=ended`,
  });
}

export async function transferTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, transferTerm, {
    touched: (value) => ({ termIds: [value.id, value.endedId] }),
    goTo: (value) => `/admin/people/${value.personId}?done=transferred`,
  });
}

export async function correctTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  // A correction may move the term to another organisation: both pages change.
  const organizationBefore = getTerm(getDb(), Number(formValues(formData).id))?.organizationId;
  return saveForm(locale, previous, formData, correctTerm, {
    touched: (value) => ({ termIds: [value.id], organizationIds: organizationBefore ? [organizationBefore] : [] }),
  });
}

export async function retractTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, retractTerm, {
    touched: (value) => ({ termIds: [value.id] }),
    goTo: (value) => `/admin/terms/${value.id}?done=retracted`,
  });
}

export async function addSourceAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, addSourceToTerm, { touched: (value) => ({ termIds: [value.id] }) });
}

export async function createOrganizationAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, createOrganization, {
    touched: (value) => ({ organizationIds: [value.id] }),
    goTo: (value) => `/admin/organizations/${value.id}?done=created`,
  });
}

export async function renameOrganizationAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, renameOrganization, { touched: (value) => ({ organizationIds: [value.id] }) });
}

export async function createPostAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, createPost, { touched: (value) => ({ organizationIds: [value.organizationId] }) });
}

export async function updatePostAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, updatePost, { touched: (value) => ({ organizationIds: [value.organizationId] }) });
}

export async function createUserAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, createUser, { goTo: (value) => `/admin/users/${value.id}?done=created` });
}

export async function updateUserAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, updateUser);
}

export async function resetPasswordAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, resetUserPassword);
}

export async function revokeSessionsAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return saveForm(locale, previous, formData, revokeSessionsOf);
}

/** The session the form came from stays open; every other one is signed out. */
export async function changePasswordAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const keepSessionToken = await sessionToken();
  return saveForm(locale, previous, formData, changeOwnPassword, {
    input: (values) => ({ currentPassword: values.currentPassword, newPassword: values.newPassword, keepSessionToken }),
  });
}
