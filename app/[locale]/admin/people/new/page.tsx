import { ActionForm } from "@/components/admin/action-form";
import { PersonFields } from "@/components/admin/person-fields";
import { resolveLocale } from "@/app/_lib/locale";
import { createPersonAction } from "../actions";
import { requireUser } from "../../_lib/session";
import { adminTitle } from "../../_lib/page";

export const generateMetadata = adminTitle("newPersonTitle");

export default async function NewPersonPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  await requireUser(locale);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">{m.admin.newPersonTitle}</h1>
      <ActionForm action={createPersonAction.bind(null, locale)} locale={locale} submitLabel={m.admin.createPersonSubmit}>
        <PersonFields />
      </ActionForm>
    </div>
  );
}
