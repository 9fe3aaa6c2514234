import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { AuditEntries } from "@/components/admin/audit-entries";
import { RecordKey, TextField } from "@/components/admin/fields";
import { FormSection } from "@/components/admin/sections";
import { getDb } from "@/db/client";
import { mayOfferRevert } from "@/db/mutations";
import { auditEntry } from "@/db/queries/audit";
import { localePath } from "@/lib/i18n";
import { recordId } from "@/lib/validation/fields";
import { resolveLocale } from "@/app/_lib/locale";
import { revertAction } from "../actions";
import { requireUser } from "../../_lib/session";
import { adminTitle, type AdminPageProps } from "../../_lib/page";

export const generateMetadata = adminTitle("auditTitle");

/** One change in the audit log, and its undo for those who may revert it. */
export default async function AuditEntryPage({ params }: AdminPageProps<{ id: string }>) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const id = recordId((await params).id);
  const entry = id ? auditEntry(getDb(), user, id) : undefined;
  if (!entry) notFound();
  const a = m.admin;
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={localePath(locale, "/admin/audit")}>← {a.auditTitle}</Link>
      </p>
      <AuditEntries entries={[entry]} locale={locale} />
      {mayOfferRevert(user, entry) ? (
        <FormSection id="revert" title={a.revertTitle} intro={a.revertIntro}>
          <ActionForm
            action={revertAction.bind(null, locale)}
            locale={locale}
            submitLabel={a.revertSubmit}
            successMessage={a.reverted}
            danger
          >
            <RecordKey id={entry.id} />
            <TextField name="reason" label={a.reason} required />
          </ActionForm>
        </FormSection>
      ) : null}
    </div>
  );
}
