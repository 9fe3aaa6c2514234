import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextField } from "@/components/admin/fields";
import { organizationOptions } from "@/components/admin/organization-options";
import { SearchPicker } from "@/components/admin/search-picker";
import { getDb } from "@/db/client";
import { getOrganization } from "@/db/queries/admin";
import { resolveLocale } from "@/app/_lib/locale";
import { recordId } from "@/lib/validation/fields";
import { createOrganizationAction } from "../actions";
import { requireUser } from "../../_lib/session";
import { adminTitle, type AdminPageProps } from "../../_lib/page";

export const generateMetadata = adminTitle("newOrganizationTitle");

export default async function NewOrganizationPage({ params, searchParams }: AdminPageProps) {
  const { locale, m } = await resolveLocale(params);
  await requireUser(locale);
  const { parentId } = await searchParams;
  const parentKey = recordId(parentId);
  const parent = parentKey ? getOrganization(getDb(), parentKey)?.organization : undefined;
  const a = m.admin;
  const options = organizationOptions(a, locale);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">{a.newOrganizationTitle}</h1>
      <ActionForm action={createOrganizationAction.bind(null, locale)} locale={locale} submitLabel={a.createOrganizationSubmit}>
        <SearchPicker
          name="parentId"
          kind="organization"
          label={a.parentOrganization}
          hint={a.parentSearchHint}
          initial={parent ? { id: parent.id, label: parent.name } : null}
        />
        <TextField name="name" label={a.organizationName} required />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="nameEn" label={a.organizationNameEn} />
          <TextField name="shortName" label={a.organizationShortName} />
          <SelectField name="kind" label={a.kind} options={options.kinds} required />
          <SelectField name="memberType" label={a.memberType} options={options.memberTypes} />
          <SelectField name="level" label={a.level} options={options.levels} />
        </div>
      </ActionForm>
    </div>
  );
}
