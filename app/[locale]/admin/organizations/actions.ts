"use server";

import { createOrganization, createPost, renameOrganization, updatePost } from "@/db/mutations";
import { defineFormAction } from "../_lib/form-action";

export const createOrganizationAction = defineFormAction(createOrganization, {
  touched: (value) => ({ organizationIds: [value.id] }),
  goTo: (value) => `/admin/organizations/${value.id}?done=created`,
});

export const renameOrganizationAction = defineFormAction(renameOrganization, { touched: (value) => ({ organizationIds: [value.id] }) });

export const createPostAction = defineFormAction(createPost, { touched: (value) => ({ organizationIds: [value.organizationId] }) });

export const updatePostAction = defineFormAction(updatePost, { touched: (value) => ({ organizationIds: [value.organizationId] }) });
