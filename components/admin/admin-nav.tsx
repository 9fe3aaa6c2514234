import Link from "next/link";
import type { Actor } from "@/db/auth/sessions";
import { getMessages, localePath, type Locale } from "@/lib/i18n";

/** The admin's own navigation bar, with who is signed in and a sign-out form that works without JavaScript. */
export function AdminNav({ locale, user }: { locale: Locale; user: Actor }) {
  const messages = getMessages(locale);
  const m = messages.admin;
  const links: [string, string][] = [
    ["/admin", m.navDashboard],
    ["/admin/appoint", m.navAppoint],
    ["/admin/import", messages.import.navLabel],
    ["/admin/import/spreadsheet", messages.spreadsheet.navLabel],
    ...(user.role === "admin" ? ([["/admin/import/popolo", messages.openData.importNav]] as [string, string][]) : []),
    ["/admin/people", m.navPeople],
    ["/admin/organizations", m.navOrganizations],
    ["/admin/quality", messages.quality.navLabel],
    ["/admin/audit", m.navAudit],
    ...(user.role === "admin" ? ([["/admin/users", m.navUsers]] as [string, string][]) : []),
    ["/admin/account", m.navAccount],
  ];
  return (
    <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-300 pb-3">
      <nav aria-label={m.adminNavigation} className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
        {links.map(([path, label]) => (
          <Link key={path} href={localePath(locale, path)} prefetch={false}>
            {label}
          </Link>
        ))}
      </nav>
      <form action="/api/admin/logout" method="post" className="ml-auto flex items-center gap-3 text-sm">
        <input type="hidden" name="locale" value={locale} />
        <span className="text-stone-600">
          {m.signedInAs(user.displayName)} · {user.role === "admin" ? m.roleAdmin : m.roleEditor}
        </span>
        <button type="submit" className="adm-btn adm-btn-small">
          {m.signOut}
        </button>
      </form>
    </div>
  );
}
