"use client";

import { useAdminForm } from "./action-form";
import { SelectField, TextField } from "./fields";
import { SearchPicker } from "./search-picker";

/** An account's name, role and scope, for creating and editing. */
export function UserFields({ user }: { user?: { displayName: string; role: string; scope: { id: number; label: string } | null } }) {
  const { m } = useAdminForm();
  return (
    <>
      <TextField name="displayName" label={m.displayName} defaultValue={user?.displayName} required />
      <SelectField
        name="role"
        label={m.role}
        defaultValue={user?.role ?? "editor"}
        options={[
          { value: "editor", label: m.roleEditor },
          { value: "admin", label: m.roleAdmin },
        ]}
      />
      <SearchPicker name="scopeOrganizationId" kind="any-organization" label={m.scope} hint={m.scopeHint} initial={user?.scope ?? null} />
    </>
  );
}
