import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { TextField } from "@/components/admin/fields";
import { TotpSetup } from "@/components/admin/totp-setup";
import { pendingTotpSecret } from "@/db/auth/sign-in";
import { resolveSessionAt } from "@/db/auth/sessions";
import { getDb } from "@/db/client";
import { pendingToken } from "@/app/_lib/session";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { codeAction } from "../actions";
import { adminTitle, type AdminPageProps } from "../../_lib/page";

export const generateMetadata = adminTitle("codeTitle");

/** The second step of signing in: a code, or setting up an authenticator when an admin requires one. */
export default async function CodePage({ params, searchParams }: AdminPageProps) {
  const { locale, m } = await resolveLocale(params);
  const query = await searchParams;
  const next = typeof query.next === "string" ? query.next : undefined;
  const db = getDb();
  const token = await pendingToken();
  const enrolling = pendingTotpSecret(db, token);
  if (!enrolling && !resolveSessionAt(db, token, "second_factor")) redirect(localePath(locale, "/admin/login"));
  const a = m.admin;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{a.codeTitle}</h1>
      <p className="text-stone-600">{enrolling ? a.enrollIntro : a.codeIntro}</p>
      {enrolling ? <TotpSetup secret={enrolling.secret} username={enrolling.username} m={a} /> : null}
      <div className="card">
        <ActionForm action={codeAction.bind(null, locale, next)} locale={locale} submitLabel={a.verifyCode} successMessage={a.signedInNow}>
          <TextField name="code" label={a.code} autoComplete="one-time-code" inputMode="numeric" required />
        </ActionForm>
      </div>
      <p>
        <Link href={localePath(locale, "/admin")}>{a.continueToAdmin}</Link>
      </p>
    </div>
  );
}
