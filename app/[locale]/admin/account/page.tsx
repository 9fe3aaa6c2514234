import { ActionForm } from "@/components/admin/action-form";
import { TextField } from "@/components/admin/fields";
import { FormSection } from "@/components/admin/sections";
import { resolveLocale } from "@/app/_lib/locale";
import { TotpSetup } from "@/components/admin/totp-setup";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { changePasswordAction, confirmSecondFactorAction, disableSecondFactorAction, startSecondFactorAction } from "./actions";
import { requireUser } from "../_lib/session";
import { adminTitle } from "../_lib/page";

export const generateMetadata = adminTitle("accountTitle");

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const a = m.admin;
  const account = getDb().select().from(users).where(eq(users.id, user.id)).get()!;
  return (
    <div className="max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{a.accountTitle}</h1>
        <p className="text-stone-600">
          {user.username} · {user.role === "admin" ? a.roleAdmin : a.roleEditor}
        </p>
      </div>
      <FormSection id="password" title={a.changePasswordTitle}>
        <ActionForm
          action={changePasswordAction.bind(null, locale)}
          locale={locale}
          submitLabel={a.changePasswordSubmit}
          successMessage={a.passwordChanged}
        >
          <TextField name="currentPassword" label={a.currentPassword} type="password" autoComplete="current-password" required />
          <TextField
            name="newPassword"
            label={a.newPassword}
            type="password"
            hint={a.errors_password_too_short}
            autoComplete="new-password"
            required
          />
        </ActionForm>
      </FormSection>
      <FormSection
        id="second-factor"
        title={a.secondFactorTitle}
        intro={account.totpSecret ? a.secondFactorOn : account.totpRequired ? a.secondFactorRequiredIntro : a.secondFactorOffIntro}
      >
        {account.totpSecret ? (
          account.totpRequired ? null : (
            <ActionForm
              action={disableSecondFactorAction.bind(null, locale)}
              locale={locale}
              submitLabel={a.disableSecondFactorSubmit}
              successMessage={a.secondFactorDisabled}
              danger
            >
              <TextField name="code" label={a.code} autoComplete="one-time-code" required />
            </ActionForm>
          )
        ) : account.totpPendingSecret ? (
          <div className="space-y-3">
            <TotpSetup secret={account.totpPendingSecret} username={account.username} m={a} />
            <ActionForm
              action={confirmSecondFactorAction.bind(null, locale)}
              locale={locale}
              submitLabel={a.verifyCode}
              successMessage={a.secondFactorEnabled}
            >
              <TextField name="code" label={a.code} autoComplete="one-time-code" inputMode="numeric" required />
            </ActionForm>
          </div>
        ) : (
          <ActionForm action={startSecondFactorAction.bind(null, locale)} locale={locale} submitLabel={a.startSecondFactorSubmit}>
            <span />
          </ActionForm>
        )}
      </FormSection>
    </div>
  );
}
