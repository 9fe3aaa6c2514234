/**
 * The inputs of every write. One schema per action, read by the mutation itself,
 * so a form (strings) and code such as the import (numbers, objects) are checked
 * alike. Rules that need the database (scope, overlaps, versions) live in the
 * mutations.
 */
import { z } from "zod";
import { GENDERS, LEVELS, MEMBER_ORGANIZATION_TYPES, ORGANIZATION_KINDS, USER_ROLES } from "../domain";
import { ROLE_KEYS } from "../roles";
import { isCommonPassword } from "../auth/common-passwords";
import {
  birthYear,
  clearable,
  flag,
  id,
  nameList,
  optional,
  optionalText,
  partialDate,
  reason,
  requiredText,
  url,
  version,
} from "./fields";

const personFields = {
  fullName: requiredText(200),
  gender: optional(z.enum(GENDERS, { error: "invalid" })),
  birthYear: optional(birthYear),
  ethnicity: optionalText(100),
  hometown: optionalText(300),
  biography: optionalText(5000),
  otherNames: optional(nameList),
};

export const createPersonInput = z.object({
  ...personFields,
  /** The editor has seen the likely duplicates and says this is someone else. */
  confirmNotDuplicate: flag,
  /** The organisation the person is being appointed in, to compare against possible duplicates. */
  contextOrganizationId: optional(id),
});

export const updatePersonInput = z.object({ id, version, ...personFields });

export const retractInput = z.object({ id, version, reason });

/** A source chosen by id, or a new one described by its title (and more). */
const sourceFields = {
  sourceId: optional(id),
  sourceTitle: optionalText(500),
  sourcePublisher: optionalText(200),
  sourceDate: optional(partialDate),
  sourceUrl: optional(url),
  sourceQuote: optionalText(2000),
};

/** Cross-field checks run even when a single field failed, so that a form shows every error at once. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

function requireSource(value: { sourceId?: number; sourceTitle?: string }, ctx: z.RefinementCtx) {
  if (!value.sourceId && !value.sourceTitle) ctx.addIssue({ code: "custom", path: ["sourceTitle"], message: "source_required" });
}

export const sourceInput = z.object(sourceFields).superRefine(requireSource, always);

export const appointInput = z
  .object({
    personId: optional(id),
    personName: optionalText(200),
    personBirthYear: optional(birthYear),
    personGender: optional(z.enum(GENDERS, { error: "invalid" })),
    confirmNotDuplicate: flag,
    postId: id,
    startDate: optional(partialDate),
    attestedDate: optional(partialDate),
    endDate: optional(partialDate),
    endReason: optionalText(500),
    /** End the terms of the current holders on the new start date instead of refusing. */
    endConflicting: flag,
    /** The versions of those terms as the editor saw them ("12:3,40:1"); a term changed since is not ended unseen. */
    conflictVersions: optional(
      z
        .string({ error: "stale_form" })
        .max(2000)
        .regex(/^\d{1,15}:\d{1,15}(,\d{1,15}:\d{1,15})*$/, { error: "stale_form" }),
    ),
    ...sourceFields,
  })
  .superRefine((value, ctx) => {
    if (!value.personId && !value.personName) ctx.addIssue({ code: "custom", path: ["personName"], message: "person_required" });
    if (!value.startDate && !value.attestedDate) ctx.addIssue({ code: "custom", path: ["startDate"], message: "date_required" });
    requireSource(value, ctx);
  }, always);

export const endTermInput = z.object({
  id,
  version,
  endDate: partialDate,
  endReason: optionalText(500),
  ...sourceFields,
});

export const transferTermInput = z
  .object({
    id,
    version,
    endDate: partialDate,
    endReason: optionalText(500),
    postId: id,
    /** The new term's start; the old term's end date when left empty. */
    startDate: optional(partialDate),
    ...sourceFields,
  })
  .superRefine(requireSource, always);

export const correctTermInput = z.object({
  id,
  version,
  reason,
  postId: optional(id),
  startDate: clearable(partialDate),
  attestedDate: clearable(partialDate),
  endDate: clearable(partialDate),
  endReason: clearable(z.string({ error: "invalid" }).trim().max(500, { error: "too_long" })),
});

export const addSourceInput = z.object({ id, ...sourceFields }).superRefine(requireSource, always);

export const createOrganizationInput = z.object({
  parentId: optional(id),
  name: requiredText(300),
  nameEn: optionalText(300),
  shortName: optionalText(200),
  kind: z.enum(ORGANIZATION_KINDS, { error: "required" }),
  memberType: optional(z.enum(MEMBER_ORGANIZATION_TYPES, { error: "invalid" })),
  level: optional(z.enum(LEVELS, { error: "invalid" })),
});

export const renameOrganizationInput = z.object({
  id,
  version,
  name: requiredText(300),
  nameEn: clearable(z.string({ error: "invalid" }).trim().max(300, { error: "too_long" })),
  shortName: clearable(z.string({ error: "invalid" }).trim().max(200, { error: "too_long" })),
  reason: optionalText(1000),
});

const maxHolders = z.coerce
  .number<number | string>({ error: "invalid_number" })
  .int({ error: "invalid_number" })
  .min(1, { error: "invalid_number" })
  .max(1000, { error: "invalid_number" });
const roleKey = z.enum(ROLE_KEYS, { error: "required" });

export const createPostInput = z.object({
  organizationId: id,
  title: requiredText(200),
  roleKey,
  maxHolders: optional(maxHolders),
});

export const updatePostInput = z.object({
  id,
  version,
  title: requiredText(200),
  roleKey,
  maxHolders: clearable(maxHolders),
  reason: optionalText(1000),
});

const username = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, { error: "invalid_username" });

/** A new password: at least 12 characters, at most 200, and not one of the commonly used ones. */
export const password = z
  .string({ error: "password_too_short" })
  .min(12, { error: "password_too_short" })
  .max(200, { error: "too_long" })
  .refine((value) => value.length < 12 || !isCommonPassword(value), { error: "password_common" });

export const createUserInput = z
  .object({
    username,
    displayName: requiredText(200),
    password,
    role: z.enum(USER_ROLES, { error: "required" }),
    scopeOrganizationId: optional(id),
  })
  .superRefine(requireScopeForEditors, always);

export const updateUserInput = z
  .object({
    id,
    displayName: requiredText(200),
    role: z.enum(USER_ROLES, { error: "required" }),
    scopeOrganizationId: optional(id),
    disabled: flag,
    /** The account must sign in with a second factor (it is asked to set one up at its next sign-in). */
    totpRequired: flag,
    version,
  })
  .superRefine(requireScopeForEditors, always);

function requireScopeForEditors(value: { role: string; scopeOrganizationId?: number }, ctx: z.RefinementCtx) {
  if (value.role === "editor" && !value.scopeOrganizationId)
    ctx.addIssue({ code: "custom", path: ["scopeOrganizationId"], message: "scope_required" });
}

export const resetPasswordInput = z.object({ id, password });

export const userIdInput = z.object({ id });

export const changeOwnPasswordInput = z.object({
  currentPassword: z.string({ error: "required" }).min(1, { error: "required" }),
  newPassword: password,
});

/** A code from an authenticator app (six digits) or a recovery code. */
export const secondFactorInput = z.object({
  code: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(20, { error: "invalid_code" }),
});

export const signInInput = z.object({
  username: z.string({ error: "required" }).trim().toLowerCase().min(1, { error: "required" }).max(100, { error: "too_long" }),
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "too_long" }),
});

export type AppointInput = z.input<typeof appointInput>;
export type CreatePersonInput = z.input<typeof createPersonInput>;
