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
import type { FormState } from "@/components/admin/form-state";
import { clientKey, getCurrentUser, sessionToken, setSessionCookie } from "@/lib/auth/current";
import { signIn } from "@/lib/auth/sign-in";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { signInInput } from "@/lib/validation/admin";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { formValues, runForm } from "./_lib/run-form";
import { revalidatePublic } from "./_lib/revalidate";

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
  const { state, value } = await runForm(locale, previous, formData, appointToPost);
  if (!value) return state;
  revalidatePublic({ termIds: [value.id] });
  redirect(localePath(locale, `/admin/people/${value.personId}?done=appointed`));
}

export async function createPersonAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, createPerson);
  if (!value) return state;
  revalidatePublic({ personIds: [value.id] });
  redirect(localePath(locale, `/admin/people/${value.id}?done=created`));
}

export async function updatePersonAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, updatePerson);
  if (value) revalidatePublic({ personIds: [value.id] });
  return state;
}

export async function retractPersonAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, retractPerson);
  if (value) revalidatePublic({ personIds: [value.id] });
  return state;
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
  const { state, value } = await runForm(locale, previous, formData, setPersonPhoto, () => ({
    id: personId,
    version: Number(values.version),
    photoPath,
  }));
  if (value) revalidatePublic({ personIds: [value.id] });
  return state;
}

/** Ending or retracting a term removes its forms from the page, so the confirmation travels in the address. */
export async function endTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, endTerm);
  if (!value) return state;
  revalidatePublic({ termIds: [value.id] });
  redirect(localePath(locale, `/admin/terms/${value.id}?done=ended`));
}

export async function transferTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, transferTerm);
  if (!value) return state;
  revalidatePublic({ termIds: [value.id, value.endedId] });
  redirect(localePath(locale, `/admin/people/${value.personId}?done=transferred`));
}

export async function correctTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const before = Number(formValues(formData).id);
  const { state, value } = await runForm(locale, previous, formData, correctTerm);
  if (value) revalidatePublic({ termIds: [value.id, before] });
  return state;
}

export async function retractTermAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, retractTerm);
  if (!value) return state;
  revalidatePublic({ termIds: [value.id] });
  redirect(localePath(locale, `/admin/terms/${value.id}?done=retracted`));
}

export async function addSourceAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, addSourceToTerm);
  if (value) revalidatePublic({ termIds: [value.id] });
  return state;
}

export async function createOrganizationAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, createOrganization);
  if (!value) return state;
  revalidatePublic({ organizationIds: [value.id] });
  redirect(localePath(locale, `/admin/organizations/${value.id}?done=created`));
}

export async function renameOrganizationAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, renameOrganization);
  if (value) revalidatePublic({ organizationIds: [value.id] });
  return state;
}

export async function createPostAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, createPost);
  if (value) revalidatePublic({ organizationIds: [value.organizationId] });
  return state;
}

export async function updatePostAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, updatePost);
  if (value) revalidatePublic({ organizationIds: [value.organizationId] });
  return state;
}

export async function createUserAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const { state, value } = await runForm(locale, previous, formData, createUser);
  if (!value) return state;
  redirect(localePath(locale, `/admin/users/${value.id}?done=created`));
}

export async function updateUserAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return (await runForm(locale, previous, formData, updateUser)).state;
}

export async function resetPasswordAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return (await runForm(locale, previous, formData, resetUserPassword)).state;
}

export async function revokeSessionsAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  return (await runForm(locale, previous, formData, revokeSessionsOf)).state;
}

export async function changePasswordAction(locale: Locale, previous: FormState, formData: FormData): Promise<FormState> {
  const keepSessionToken = await sessionToken();
  return (
    await runForm(locale, previous, formData, changeOwnPassword, (values) => ({
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
      keepSessionToken,
    }))
  ).state;
}
