import type { Metadata } from "next";
import Link from "next/link";
import { keyPostLabel } from "@/components/key-post-label";
import { getDb } from "@/db/client";
import { getKeyPostCoverage, getQualityReport, type QualityList, type QualityTerm } from "@/db/queries/quality";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { organizationName } from "@/lib/titles";
import { resolveLocale } from "@/app/_lib/locale";
import { requireUser } from "../_lib/session";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.quality.pageTitle };
}

/** Coverage and quality of the editor's part of the directory (all of it for admins), each row linking to its fix. */
export default async function QualityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const db = getDb();
  const today = todayIso();
  const coverage = getKeyPostCoverage(db, today, user);
  const report = getQualityReport(db, today, user);
  const q = m.quality;
  const date = (value: string) => formatPartialDate(value, locale);
  const stale = coverage
    .flatMap((c) => c.posts)
    .flatMap((p) => p.holders)
    .filter((h) => h.stale).length;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{q.pageTitle}</h1>
        <p className="mt-1 max-w-3xl text-stone-600">{q.pageIntro}</p>
      </div>

      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="section-title">
          {q.coverageTitle}
        </h2>
        {stale > 0 ? <p className="mb-2 text-sm text-amber-900">{q.staleCount(stale)}</p> : null}
        {coverage.length === 0 ? <p className="text-stone-600">{q.none}</p> : null}
        <div className="space-y-4">
          {coverage.map((committee) => (
            <details key={committee.id} className="rounded border border-stone-200 bg-white p-3" data-testid="quality-committee">
              <summary className="cursor-pointer font-semibold">
                {organizationName(committee, locale)}{" "}
                <span className="font-normal text-stone-600">
                  · {committee.posts.filter((p) => p.holders.length > 0).length}/{committee.posts.length} ·{" "}
                  {q.reportsCount(committee.reports)}
                </span>
              </summary>
              <table className="adm-table mt-2">
                <tbody>
                  {committee.posts.map((entry) => (
                    <tr key={entry.post.key}>
                      <th scope="row" className="w-1/3">
                        {keyPostLabel(entry.post.key, q)}
                      </th>
                      <td>
                        {entry.holders.length === 0 ? (
                          <span>
                            <span className="adm-badge adm-badge-warn">{entry.postId ? q.notKnown : q.notRecorded}</span>{" "}
                            <Link
                              href={localePath(locale, entry.postId ? `/admin/appoint?postId=${entry.postId}` : "/admin/organizations/new")}
                            >
                              {entry.postId ? q.appoint : q.fix}
                            </Link>
                          </span>
                        ) : (
                          <ul>
                            {entry.holders.map((holder) => (
                              <li key={holder.membershipId}>
                                <Link href={localePath(locale, `/admin/terms/${holder.membershipId}`)} lang="vi">
                                  {holder.name}
                                </Link>{" "}
                                <span className="text-stone-600">
                                  {holder.lastConfirmed ? `· ${q.confirmedOn(date(holder.lastConfirmed))}` : null}
                                </span>{" "}
                                {holder.stale ? <span className="adm-badge adm-badge-warn">{q.stale}</span> : null}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ))}
        </div>
      </section>

      <TermList id="without-start" title={q.withoutStartTitle} intro={q.withoutStartIntro} list={report.withoutStart} locale={locale} />
      <TermList id="overlaps" title={q.overlapsTitle} intro={q.overlapsIntro} list={report.overlaps} locale={locale} />
      <TermList id="forbidden" title={q.forbiddenTitle} intro={q.forbiddenIntro} list={report.forbiddenPairs} locale={locale} />

      <section aria-labelledby="without-source-heading">
        <h2 id="without-source-heading" className="section-title">
          {q.withoutSourceTitle} ({report.withoutSource.total})
        </h2>
        <p className="mb-2 text-sm text-stone-600">{q.withoutSourceIntro}</p>
        {report.withoutSource.total === 0 ? (
          <p>{q.none}</p>
        ) : (
          <ul className="list-disc pl-6">
            {report.withoutSource.rows.map((organization) => (
              <li key={organization.id}>
                <Link href={localePath(locale, `/admin/organizations/${organization.id}`)} lang="vi">
                  {organization.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Shown list={report.withoutSource} locale={locale} />
      </section>
    </div>
  );
}

function Shown({ list, locale }: { list: QualityList<unknown>; locale: Locale }) {
  if (list.rows.length >= list.total) return null;
  return <p className="mt-1 text-sm text-stone-600">{getMessages(locale).quality.shownOf(list.rows.length, list.total)}</p>;
}

/** A list of terms that need a fix, each linking to the term's own form. */
function TermList({
  id,
  title,
  intro,
  list,
  locale,
}: {
  id: string;
  title: string;
  intro: string;
  list: QualityList<QualityTerm>;
  locale: Locale;
}) {
  const q = getMessages(locale).quality;
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`quality-${id}`}>
      <h2 id={`${id}-heading`} className="section-title">
        {title} ({list.total})
      </h2>
      <p className="mb-2 text-sm text-stone-600">{intro}</p>
      {list.total === 0 ? (
        <p>{q.none}</p>
      ) : (
        <ul className="space-y-1">
          {list.rows.map((term) => (
            <li key={`${term.membershipId}-${term.otherMembershipId ?? ""}`}>
              <Link href={localePath(locale, `/admin/terms/${term.membershipId}`)}>{q.fix}</Link>:{" "}
              <span lang="vi">
                {term.personName} · {term.postTitle} · {term.organizationName}
              </span>{" "}
              <span className="text-stone-600">{q.since(formatPartialDate(term.heldFrom, locale))}</span>
              {term.otherPersonName ? (
                <>
                  {" "}
                  <span lang="vi">{q.with(term.otherPersonName, term.otherPostTitle ?? "")}</span>{" "}
                  <Link href={localePath(locale, `/admin/terms/${term.otherMembershipId}`)}>{q.fix}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Shown list={list} locale={locale} />
    </section>
  );
}
