import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { numberSources, SourceList } from "@/components/source-list";
import { getDb } from "@/db/client";
import { getPastRoles, getPersonBySlug, getRolesAt, getSourcesForMemberships, type RoleRow } from "@/db/queries/people";
import { formatPartialDate } from "@/lib/dates";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { resolveAtDate, resolveSlug } from "@/lib/params";
import { roleTitle } from "@/lib/titles";

interface Props {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolveLocale(params);
  const person = getPersonBySlug(getDb(), await resolveSlug(params));
  return person ? { title: person.fullName } : {};
}

export default async function PersonPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const db = getDb();
  const person = getPersonBySlug(db, await resolveSlug(params));
  if (!person || person.retractedAt) notFound();
  const { at } = resolveAtDate((await searchParams).at);

  const current = getRolesAt(db, person.id, at);
  const past = getPastRoles(db, person.id, at);
  const { list, byMembership } = numberSources(
    getSourcesForMemberships(db, [...current, ...past].map((role) => role.membershipId)),
  );

  return (
    <article>
      <h1 className="text-2xl font-bold sm:text-3xl">{person.fullName}</h1>

      <section aria-labelledby="current-heading" className="mt-6">
        <h2 id="current-heading" className="section-title">
          {m.browse.currentRoles}
        </h2>
        {current.length === 0 ? (
          <p className="text-stone-600">{m.browse.noCurrentRoles}</p>
        ) : (
          <RoleList roles={current} locale={locale} citations={byMembership} />
        )}
      </section>

      <section aria-labelledby="past-heading" className="mt-6">
        <h2 id="past-heading" className="section-title">
          {m.browse.pastRoles}
        </h2>
        {past.length === 0 ? (
          <p className="text-stone-600">{m.browse.noPastRoles}</p>
        ) : (
          <RoleList roles={past} locale={locale} citations={byMembership} />
        )}
      </section>

      <SourceList sources={list} locale={locale} />
    </article>
  );
}

function RoleList({ roles, locale, citations }: { roles: RoleRow[]; locale: Locale; citations: Map<number, number[]> }) {
  const m = getMessages(locale).browse;
  return (
    <ul className="space-y-2" data-testid="roles">
      {roles.map((role) => (
        <li key={role.membershipId} className="card">
          <Link href={localePath(locale, `/organizations/${role.organizationSlug}`)} className="font-semibold">
            {roleTitle(role, { name: role.organizationName, nameEn: role.organizationNameEn, level: role.level }, locale)}
          </Link>
          <span className="block text-sm text-stone-600">
            {role.startDate
              ? m.since(formatPartialDate(role.startDate, locale))
              : role.attestedDate
                ? m.attestedOn(formatPartialDate(role.attestedDate, locale))
                : null}
            {role.endDate ? ` · ${m.until(formatPartialDate(role.endDate, locale))}` : null}
            {(citations.get(role.membershipId) ?? []).map((n) => (
              <sup key={n}>
                {" "}
                <a href={`#source-${n}`} aria-label={`${m.sources} ${n}`}>
                  [{n}]
                </a>
              </sup>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
