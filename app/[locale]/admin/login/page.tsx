import { redirect } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { TextField } from "@/components/admin/fields";
import { getCurrentUser } from "@/app/_lib/session";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { signInAction } from "./actions";
import { adminTitle, type AdminPageProps } from "../_lib/page";

export const generateMetadata = adminTitle("loginTitle");

export default async function LoginPage({ params, searchParams }: AdminPageProps) {
  const { locale, m } = await resolveLocale(params);
  const query = await searchParams;
  const next = typeof query.next === "string" ? query.next : undefined;
  if (await getCurrentUser()) redirect(localePath(locale, "/admin"));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{m.admin.loginTitle}</h1>
      <p className="mt-2 text-stone-600">{m.admin.loginIntro}</p>
      {query.signedOut ? (
        <p role="status" className="adm-notice adm-notice-ok mt-4">
          {m.admin.signedOut}
        </p>
      ) : null}
      <div className="card mt-4">
        <ActionForm
          action={signInAction.bind(null, locale, next)}
          locale={locale}
          submitLabel={m.admin.signIn}
          pendingLabel={m.admin.signingIn}
        >
          <TextField name="username" label={m.admin.username} autoComplete="username" required />
          <TextField name="password" label={m.admin.password} type="password" autoComplete="current-password" required />
        </ActionForm>
      </div>
    </div>
  );
}
