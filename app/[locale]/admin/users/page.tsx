import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { FormSection } from "@/components/admin/sections";
import { UserFields } from "@/components/admin/user-fields";
import { TextField } from "@/components/admin/fields";
import { formatTimestamp } from "@/components/admin/labels";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { createUserAction } from "./actions";
import { requireAdmin } from "../_lib/session";
import { adminTitle } from "../_lib/page";

export const generateMetadata = adminTitle("usersTitle");

/** Accounts, for admins only: who may change what, and a form to add someone. */
export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  await requireAdmin(locale);
  const users = listUsers(getDb());
  const a = m.admin;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{a.usersTitle}</h1>
      <div className="overflow-x-auto">
        <table className="adm-table">
          <thead>
            <tr>
              <th scope="col">{a.username}</th>
              <th scope="col">{a.displayName}</th>
              <th scope="col">{a.role}</th>
              <th scope="col">{a.scopeLabel}</th>
              <th scope="col">{a.lastSignIn}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  <Link href={localePath(locale, `/admin/users/${user.id}`)}>{user.username}</Link>
                  {user.disabledAt ? <span className="adm-badge adm-badge-warn ml-2">{a.disabledBadge}</span> : null}
                </td>
                <td>{user.displayName}</td>
                <td>{user.role === "admin" ? a.roleAdmin : a.roleEditor}</td>
                <td>{user.role === "admin" ? a.scopeAll : user.scopeName}</td>
                <td>
                  {user.lastSignIn ? formatTimestamp(user.lastSignIn, locale) : "—"} · {a.activeSessions(user.openSessions)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormSection id="new-user" title={a.newUserTitle} className="max-w-3xl">
        <ActionForm action={createUserAction.bind(null, locale)} locale={locale} submitLabel={a.createUserSubmit}>
          <TextField name="username" label={a.username} hint={a.errors_invalid_username} autoComplete="off" required />
          <TextField
            name="password"
            label={a.password}
            type="password"
            hint={a.errors_password_too_short}
            autoComplete="new-password"
            required
          />
          <UserFields />
        </ActionForm>
      </FormSection>
    </div>
  );
}
