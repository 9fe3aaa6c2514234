import Link from "next/link";
import { AuditEntries } from "@/components/admin/audit-entries";
import { getDb } from "@/db/client";
import { getOrganization } from "@/db/queries/admin";
import { listAudit } from "@/db/queries/audit";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { requireUser } from "./_lib/session";
import { adminTitle } from "./_lib/page";

export const generateMetadata = adminTitle("dashboardTitle");

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const db = getDb();
  const scope = user.scopeOrganizationId ? getOrganization(db, user.scopeOrganizationId)?.organization : undefined;
  const recent = listAudit(db, user, {}).slice(0, 10);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{m.admin.dashboardTitle}</h1>
        <p className="mt-1 text-stone-600">{m.admin.dashboardIntro}</p>
        <p className="mt-1 text-sm">
          {m.admin.scopeLabel}: {user.role === "admin" ? m.admin.scopeAll : (scope?.name ?? "—")}
        </p>
      </div>
      <ul className="flex flex-wrap gap-3">
        <li>
          <Link href={localePath(locale, "/admin/appoint")} className="adm-btn adm-btn-primary hover:no-underline">
            {m.admin.quickAppoint}
          </Link>
        </li>
        <li>
          <Link href={localePath(locale, "/admin/people/new")} className="adm-btn adm-btn-small hover:no-underline">
            {m.admin.quickNewPerson}
          </Link>
        </li>
        <li>
          <Link href={localePath(locale, "/admin/organizations/new")} className="adm-btn adm-btn-small hover:no-underline">
            {m.admin.quickNewOrganization}
          </Link>
        </li>
      </ul>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="section-title">
          {m.admin.recentChanges}
        </h2>
        <AuditEntries entries={recent} locale={locale} />
        <p className="mt-3">
          <Link href={localePath(locale, "/admin/audit")}>{m.admin.seeAllChanges}</Link>
        </p>
      </section>
    </div>
  );
}
