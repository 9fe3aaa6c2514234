import type { Metadata } from "next";
import Link from "next/link";
import { AuditEntries } from "@/components/admin/audit-entries";
import { actionLabel, entityLabel } from "@/components/admin/labels";
import { getDb } from "@/db/client";
import { AUDIT_PAGE_SIZE, auditActions, listAudit, type AuditFilters } from "@/db/queries/audit";
import { userNames } from "@/db/queries/users";
import { isoDaySchema } from "@/lib/dates";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "../_lib/session";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const ENTITY_TYPES = ["person", "organization", "post", "membership", "source", "user"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.admin.auditTitle };
}

/** The whole audit log, newest first, filtered by record type, action, user and dates. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  await requireUser(locale);
  const query = await searchParams;
  const text = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : "");
  const day = (key: string) => (isoDaySchema.safeParse(text(key)).success ? text(key) : undefined);
  const db = getDb();
  const actions = auditActions(db);
  const filters: AuditFilters = {
    entityType: ENTITY_TYPES.includes(text("entity")) ? text("entity") : undefined,
    action: actions.includes(text("action")) ? text("action") : undefined,
    userId: Number(text("user")) || undefined,
    from: day("from"),
    to: day("to"),
    beforeId: Number(text("before")) || undefined,
  };
  const entries = listAudit(db, filters);
  const a = m.admin;
  const older = new URLSearchParams(
    Object.entries({ entity: text("entity"), action: text("action"), user: text("user"), from: text("from"), to: text("to") }).filter(([, v]) => v),
  );
  if (entries.length === AUDIT_PAGE_SIZE) older.set("before", String(entries[entries.length - 1].id));

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{a.auditTitle}</h1>
      <p className="text-stone-600">{a.auditIntro}</p>
      <form method="get" className="grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={a.auditFilter}>
        <div className="adm-field">
          <label htmlFor="audit-entity" className="adm-field-label">
            {a.auditEntity}
          </label>
          <select id="audit-entity" name="entity" defaultValue={filters.entityType ?? ""} className="adm-input">
            <option value="">{a.auditAll}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {entityLabel(a, type)}
              </option>
            ))}
          </select>
        </div>
        <div className="adm-field">
          <label htmlFor="audit-action" className="adm-field-label">
            {a.auditAction}
          </label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className="adm-input">
            <option value="">{a.auditAll}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(a, action)}
              </option>
            ))}
          </select>
        </div>
        <div className="adm-field">
          <label htmlFor="audit-user" className="adm-field-label">
            {a.auditUser}
          </label>
          <select id="audit-user" name="user" defaultValue={filters.userId ? String(filters.userId) : ""} className="adm-input">
            <option value="">{a.auditAll}</option>
            {userNames(db).map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="adm-field">
          <label htmlFor="audit-from" className="adm-field-label">
            {a.auditFrom}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className="adm-input" />
        </div>
        <div className="adm-field">
          <label htmlFor="audit-to" className="adm-field-label">
            {a.auditTo}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className="adm-input" />
        </div>
        <div className="flex items-end">
          <button type="submit" className="adm-btn adm-btn-primary w-full">
            {a.auditFilter}
          </button>
        </div>
      </form>
      <AuditEntries entries={entries} locale={locale} />
      <nav className="flex gap-4">
        {filters.beforeId ? <Link href={localePath(locale, "/admin/audit")}>← {a.auditNewer}</Link> : null}
        {older.has("before") ? <Link href={localePath(locale, `/admin/audit?${older}`)}>{a.auditOlder} →</Link> : null}
      </nav>
    </div>
  );
}
