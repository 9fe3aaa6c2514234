import Link from "next/link";
import { diffSnapshots } from "@/db/mutations/audit";
import type { AuditRow } from "@/db/queries/audit";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { actionLabel, displayValue, entityLabel, fieldLabel, formatTimestamp } from "./labels";

/** Audit entries with what each changed, field by field, before and after. */
export function AuditEntries({ entries, locale, showRecord = true }: { entries: AuditRow[]; locale: Locale; showRecord?: boolean }) {
  const m = getMessages(locale).admin;
  if (entries.length === 0) return <p className="text-stone-600">{m.auditNoEntries}</p>;
  return (
    <ol className="space-y-3" data-testid="audit-entries">
      {entries.map((entry) => {
        const changes = diffSnapshots(entry.before, entry.after);
        const recordHref = entry.personId
          ? `/admin/people/${entry.personId}`
          : entry.organizationId
            ? `/admin/organizations/${entry.organizationId}`
            : entry.entityType === "user"
              ? `/admin/users/${entry.entityId}`
              : null;
        return (
          <li key={entry.id} className="card" data-testid="audit-entry" data-action={entry.action}>
            <p className="flex flex-wrap gap-x-3 text-sm text-stone-600">
              <Link href={localePath(locale, `/admin/audit/${entry.id}`)}>
                <time dateTime={entry.at}>{formatTimestamp(entry.at, locale)}</time>
              </Link>
              <span>{entry.userName ?? m.unknownUser}</span>
            </p>
            <p className="font-semibold">
              {actionLabel(m, entry.action)}
              {showRecord ? (
                <>
                  {" · "}
                  <span className="font-normal">
                    {entityLabel(m, entry.entityType)}{" "}
                    {recordHref ? (
                      <Link href={localePath(locale, recordHref)}>{entry.label ?? `#${entry.entityId}`}</Link>
                    ) : (
                      (entry.label ?? `#${entry.entityId}`)
                    )}
                  </span>
                </>
              ) : null}
            </p>
            {entry.reason ? (
              <p className="text-sm">
                {m.reason}: {entry.reason}
              </p>
            ) : null}
            {changes.length > 0 ? (
              <table className="adm-table mt-2">
                <thead>
                  <tr>
                    <th scope="col">{m.auditChanges}</th>
                    <th scope="col">{m.auditBefore}</th>
                    <th scope="col">{m.auditAfter}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row" className="font-normal">
                        {fieldLabel(m, change.field)}
                      </th>
                      <td className="break-all">{displayValue(m, change.before)}</td>
                      <td className="break-all">{displayValue(m, change.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
