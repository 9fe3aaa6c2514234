import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { DoneNotice } from "@/components/admin/done-notice";
import { CheckboxField, HiddenField, TextField } from "@/components/admin/fields";
import { UserFields } from "@/components/admin/user-fields";
import { getDb } from "@/db/client";
import { getUser } from "@/db/queries/users";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { resetPasswordAction, revokeSessionsAction, updateUserAction } from "../../actions";
import { requireAdmin } from "../../_lib/session";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.admin.usersTitle };
}

/** One account: role, scope, disabling, a new password, and signing it out everywhere. */
export default async function UserPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  await requireAdmin(locale);
  const id = Number((await params).id);
  const user = Number.isInteger(id) && id > 0 ? getUser(getDb(), id) : undefined;
  if (!user) notFound();
  const a = m.admin;
  const { done } = await searchParams;
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <p className="text-sm">
          <Link href={localePath(locale, "/admin/users")}>← {a.usersTitle}</Link>
        </p>
        <h1 className="text-2xl font-bold">{a.editUserTitle(user.username)}</h1>
        <p className="text-sm text-stone-600">{a.activeSessions(user.openSessions)}</p>
      </div>
      <DoneNotice done={done} messages={{ created: a.userCreated }} />
      <ActionForm action={updateUserAction.bind(null, locale)} locale={locale} submitLabel={a.save} successMessage={a.userSaved}>
        <HiddenField name="id" value={user.id} />
        <UserFields
          user={{
            displayName: user.displayName,
            role: user.role,
            scope: user.scopeOrganizationId ? { id: user.scopeOrganizationId, label: user.scopeName ?? "" } : null,
          }}
        />
        <CheckboxField name="disabled" label={a.disabled} defaultChecked={Boolean(user.disabledAt)} />
      </ActionForm>
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading" className="section-title">
          {a.resetPasswordTitle}
        </h2>
        <ActionForm action={resetPasswordAction.bind(null, locale)} locale={locale} submitLabel={a.resetPasswordSubmit} successMessage={a.passwordReset}>
          <HiddenField name="id" value={user.id} />
          <TextField name="password" label={a.newPassword} type="password" hint={a.errors_password_too_short} autoComplete="new-password" required />
        </ActionForm>
      </section>
      <section aria-labelledby="revoke-heading">
        <h2 id="revoke-heading" className="section-title">
          {a.revokeSessionsTitle}
        </h2>
        <p className="mb-2 text-sm text-stone-600">{a.revokeSessionsIntro}</p>
        <ActionForm action={revokeSessionsAction.bind(null, locale)} locale={locale} submitLabel={a.revokeSessionsSubmit} successMessage={a.sessionsRevoked} danger>
          <HiddenField name="id" value={user.id} />
        </ActionForm>
      </section>
    </div>
  );
}
