import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { DoneNotice } from "@/components/admin/done-notice";
import { CheckboxField, RecordKey, TextField } from "@/components/admin/fields";
import { FormSection } from "@/components/admin/sections";
import { UserFields } from "@/components/admin/user-fields";
import { getDb } from "@/db/client";
import { getUser } from "@/db/queries/users";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { resetPasswordAction, resetSecondFactorAction, revokeSessionsAction, updateUserAction } from "../actions";
import { requireAdmin } from "../../_lib/session";
import { adminTitle, recordFromParams, type AdminPageProps } from "../../_lib/page";

type Props = AdminPageProps<{ id: string }>;

export const generateMetadata = adminTitle("usersTitle");

/** One account: role, scope, disabling, a new password, and signing it out everywhere. */
export default async function UserPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  await requireAdmin(locale);
  const user = await recordFromParams(params, (id) => getUser(getDb(), id));
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
        <RecordKey id={user.id} version={user.version} />
        <UserFields
          user={{
            displayName: user.displayName,
            role: user.role,
            scope: user.scopeOrganizationId ? { id: user.scopeOrganizationId, label: user.scopeName ?? "" } : null,
          }}
        />
        <CheckboxField name="disabled" label={a.disabled} defaultChecked={Boolean(user.disabledAt)} />
        <CheckboxField name="totpRequired" label={a.requireSecondFactor} defaultChecked={Boolean(user.totpRequired)} />
      </ActionForm>
      <FormSection id="second-factor" title={a.secondFactorTitle} intro={user.secondFactor ? a.secondFactorOn : a.secondFactorOff}>
        {user.secondFactor ? (
          <ActionForm
            action={resetSecondFactorAction.bind(null, locale)}
            locale={locale}
            submitLabel={a.resetSecondFactorSubmit}
            successMessage={a.secondFactorReset}
            danger
          >
            <RecordKey id={user.id} />
          </ActionForm>
        ) : null}
      </FormSection>
      <FormSection id="reset" title={a.resetPasswordTitle}>
        <ActionForm
          action={resetPasswordAction.bind(null, locale)}
          locale={locale}
          submitLabel={a.resetPasswordSubmit}
          successMessage={a.passwordReset}
        >
          <RecordKey id={user.id} />
          <TextField
            name="password"
            label={a.newPassword}
            type="password"
            hint={a.errors_password_too_short}
            autoComplete="new-password"
            required
          />
        </ActionForm>
      </FormSection>
      <FormSection id="revoke" title={a.revokeSessionsTitle} intro={a.revokeSessionsIntro}>
        <ActionForm
          action={revokeSessionsAction.bind(null, locale)}
          locale={locale}
          submitLabel={a.revokeSessionsSubmit}
          successMessage={a.sessionsRevoked}
          danger
        >
          <RecordKey id={user.id} />
        </ActionForm>
      </FormSection>
    </div>
  );
}
