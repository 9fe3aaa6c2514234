import Link from "next/link";
import { getDb } from "@/db/client";
import { getRetractedTerms } from "@/db/queries/admin";
import { organizationHistory, personHistory } from "@/db/queries/audit";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { AuditEntries } from "./audit-entries";

/**
 * The change history of a person or an organisation, for signed-in users only
 * (public pages wrap it in SignedInOnly): its audit entries (with those of its
 * terms and posts) and the terms that were retracted, with why.
 */
export function ChangeHistory({
  entityType,
  entityId,
  locale,
}: {
  entityType: "person" | "organization";
  entityId: number;
  locale: Locale;
}) {
  const db = getDb();
  const m = getMessages(locale).admin;
  const entries = entityType === "person" ? personHistory(db, entityId) : organizationHistory(db, entityId);
  const retracted = getRetractedTerms(db, entityType === "person" ? { personId: entityId } : { organizationId: entityId });
  const adminPath = entityType === "person" ? `/admin/people/${entityId}` : `/admin/organizations/${entityId}`;
  return (
    <section
      aria-labelledby="change-history-heading"
      className="no-print mt-10 border-t border-stone-300 pt-6"
      data-testid="change-history"
    >
      <h2 id="change-history-heading" className="section-title">
        {m.historyTitle}
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        {m.historyIntro}{" "}
        <Link href={localePath(locale, adminPath)} className="underline">
          {m.editInAdmin}
        </Link>
      </p>
      {retracted.length > 0 ? (
        <div className="mb-4">
          <h3 className="font-semibold">{m.retractedTermsTitle}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {retracted.map((term) => (
              <li key={term.id}>
                <span className="adm-badge adm-badge-warn">{m.retractedBadge}</span> {term.personName} · {term.postTitle}{" "}
                {term.organizationName} — {m.retractedBecause(term.retractedReason ?? "")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {entries.length === 0 ? (
        <p className="text-stone-600">{m.historyEmpty}</p>
      ) : (
        <AuditEntries entries={entries} locale={locale} showRecord={entityType === "organization"} />
      )}
    </section>
  );
}
