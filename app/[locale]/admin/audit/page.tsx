import Link from "next/link";
import { ADMIN_FILTER_STYLES, FilterSelect } from "@/components/filter-select";
import { AuditEntries } from "@/components/admin/audit-entries";
import { actionLabel, entityLabel } from "@/components/admin/labels";
import { getDb } from "@/db/client";
import { AUDIT_PAGE_SIZE, auditActions, listAudit, type AuditFilters } from "@/db/queries/audit";
import { userNames } from "@/db/queries/users";
import { isoDaySchema } from "@/lib/dates";
import { recordId } from "@/lib/validation/fields";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { requireUser } from "../_lib/session";
import { adminTitle, type AdminPageProps } from "../_lib/page";

const ENTITY_TYPES = ["person", "organization", "post", "membership", "source", "user"];
/** Editors read no entries about accounts, so they are not offered them as filters either. */
const EDITOR_ENTITY_TYPES = ENTITY_TYPES.filter((type) => type !== "user");

export const generateMetadata = adminTitle("auditTitle");

/** The whole audit log, newest first, filtered by record type, action, user and dates. */
export default async function AuditPage({ params, searchParams }: AdminPageProps) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const isAdmin = user.role === "admin";
  const entityTypes = isAdmin ? ENTITY_TYPES : EDITOR_ENTITY_TYPES;
  const query = await searchParams;
  const text = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : "");
  const day = (key: string) => (isoDaySchema.safeParse(text(key)).success ? text(key) : undefined);
  const db = getDb();
  const actions = auditActions(db).filter((action) => isAdmin || (!action.startsWith("user.") && action !== "write.refused"));
  const filters: AuditFilters = {
    entityType: entityTypes.includes(text("entity")) ? text("entity") : undefined,
    action: actions.includes(text("action")) ? text("action") : undefined,
    userId: isAdmin ? recordId(text("user")) : undefined,
    from: day("from"),
    to: day("to"),
    beforeId: recordId(text("before")),
  };
  const entries = listAudit(db, user, filters);
  const a = m.admin;
  const older = new URLSearchParams(
    Object.entries({ entity: text("entity"), action: text("action"), user: text("user"), from: text("from"), to: text("to") }).filter(
      ([, v]) => v,
    ),
  );
  if (entries.length === AUDIT_PAGE_SIZE) older.set("before", String(entries[entries.length - 1].id));

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{a.auditTitle}</h1>
      <p className="text-stone-600">{a.auditIntro}</p>
      <form
        method="get"
        className="grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6"
        aria-label={a.auditFilter}
      >
        <FilterSelect
          id="audit-entity"
          name="entity"
          label={a.auditEntity}
          value={filters.entityType ?? ""}
          options={[{ value: "", label: a.auditAll }, ...entityTypes.map((type) => ({ value: type, label: entityLabel(a, type) }))]}
          styles={ADMIN_FILTER_STYLES}
        />
        <FilterSelect
          id="audit-action"
          name="action"
          label={a.auditAction}
          value={filters.action ?? ""}
          options={[{ value: "", label: a.auditAll }, ...actions.map((action) => ({ value: action, label: actionLabel(a, action) }))]}
          styles={ADMIN_FILTER_STYLES}
        />
        {isAdmin ? (
          <FilterSelect
            id="audit-user"
            name="user"
            label={a.auditUser}
            value={filters.userId ? String(filters.userId) : ""}
            options={[{ value: "", label: a.auditAll }, ...userNames(db).map((u) => ({ value: String(u.id), label: u.displayName }))]}
            styles={ADMIN_FILTER_STYLES}
          />
        ) : null}
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
