"use client";

import type { Person } from "@/db/schema";
import { useAdminForm } from "./action-form";
import { SelectField, TextArea, TextField } from "./fields";

/** A person's details, for creating and editing. */
export function PersonFields({
  person,
}: {
  person?: Pick<Person, "fullName" | "gender" | "birthYear" | "ethnicity" | "hometown" | "otherNames" | "biography">;
}) {
  const { m } = useAdminForm();
  return (
    <>
      <TextField name="fullName" label={m.fullName} defaultValue={person?.fullName} required />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          name="gender"
          label={m.gender}
          defaultValue={person?.gender ?? ""}
          options={[
            { value: "", label: m.genderUnknown },
            { value: "female", label: m.female },
            { value: "male", label: m.male },
          ]}
        />
        <TextField name="birthYear" label={m.birthYear} defaultValue={person?.birthYear} inputMode="numeric" />
        <TextField name="ethnicity" label={m.ethnicity} defaultValue={person?.ethnicity} />
      </div>
      <TextField name="hometown" label={m.hometown} defaultValue={person?.hometown} />
      <TextArea name="otherNames" label={m.otherNames} hint={m.otherNamesHint} defaultValue={person?.otherNames.join("\n")} rows={2} />
      <TextArea name="biography" label={m.biography} defaultValue={person?.biography} rows={5} />
    </>
  );
}
