import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeHistory } from "@/components/admin/change-history";
import { FilterSelect } from "@/components/filter-select";
import { SignedInOnly } from "@/app/_lib/signed-in";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { areaKindLabel, levelLabel, organizationNameLang, vietnameseLang } from "@/components/labels";
import { organizationHref, organizationMembersHref, personHref } from "@/components/links";
import { OrgChart } from "@/components/org-chart";
import { Pagination } from "@/components/pagination";
import { Section } from "@/components/section";
import { Succession } from "@/components/succession";
import { TimeTravel } from "@/components/time-travel";
import { getDb } from "@/db/client";
import {
  AREA_FILTERS,
  getOrganizationPageData,
  type ChildCommittees,
  type CommitteeFilter,
  type UnitLeader,
} from "@/db/queries/organizations";
import { formatPartialDate } from "@/lib/dates";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { resolveAtDate, resolveSlug } from "@/app/_lib/params";
import { areaEnglishName } from "@/lib/places";
import { postTitle } from "@/lib/roles";
import { organizationName } from "@/lib/titles";
import { organizationMetadata } from "./data";
import { committeeFilter } from "./search-params";
import { absoluteUrls } from "@/app/_lib/site-url";

interface Props {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return organizationMetadata(params, "", (name, m) => ({ title: name, description: m.browse.organizationDescription(name, "") }));
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const slug = await resolveSlug(params);
  const query = await searchParams;
  const { at, historical } = resolveAtDate(query.at);
  const filter = committeeFilter(query);
  const data = getOrganizationPageData(getDb(), slug, at, filter);
  if (!data) notFound();
  const { organization, area, ancestors, shownAt, chart, units, committees, succession } = data;
  const name = organizationName(organization, locale);
  const path = localePath(locale, `/organizations/${slug}`);
  // Links carry the day the page shows: a ceased committee's last day, or the ?at= date.
  const linkAt = historical || shownAt !== at ? shownAt : null;
  const absolute = await absoluteUrls();
  const svgQuery = new URLSearchParams({ lang: locale, ...(linkAt ? { at: linkAt } : {}) });
  const boards = units.filter((unit) => unit.kind === "board" || unit.kind === "office");
  const members = units.filter((unit) => unit.kind === "member_organization");
  const party = units.filter((unit) => unit.kind === "party_committee");

  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "GovernmentOrganization",
          name,
          alternateName: locale === "en" ? organization.name : (organization.nameEn ?? undefined),
          url: absolute(path),
          ...(ancestors.length > 0
            ? {
                parentOrganization: {
                  "@type": "Organization",
                  name: organizationName(ancestors[ancestors.length - 1], locale),
                  url: absolute(localePath(locale, `/organizations/${ancestors[ancestors.length - 1].slug}`)),
                },
              }
            : {}),
          ...(area ? { areaServed: area.fullName } : {}),
        }}
      />
      <Breadcrumbs
        label={m.common.breadcrumbs}
        items={[
          { href: localePath(locale, "/"), label: m.common.navHome },
          ...ancestors.map((a) => ({ href: organizationHref(locale, a.slug, linkAt), label: organizationName(a, locale) })),
        ]}
        current={name}
      />
      <h1 className="text-2xl font-bold sm:text-3xl" lang={organizationNameLang(organization, locale)}>
        {name}
      </h1>
      {locale === "en" && organization.nameEn ? (
        <p lang="vi" className="mt-1 text-stone-700">
          {organization.name}
        </p>
      ) : null}
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
        <div className="flex gap-1">
          <dt className="font-medium">{m.browse.level}:</dt>
          <dd>{levelLabel(organization.level, m.browse)}</dd>
        </div>
        {area ? (
          <div className="flex gap-1">
            <dt className="font-medium">{m.browse.area}:</dt>
            <dd>{locale === "en" ? areaEnglishName(area.kind, area.name) : area.fullName}</dd>
          </div>
        ) : null}
      </dl>
      {organization.validFrom || organization.validUntil ? (
        <p className="mt-1 text-sm text-stone-700">
          {organization.validFrom
            ? m.browse.validPeriod(
                formatPartialDate(organization.validFrom, locale),
                organization.validUntil ? formatPartialDate(organization.validUntil, locale) : null,
              )
            : m.history.validUntil(formatPartialDate(organization.validUntil!, locale))}
        </p>
      ) : null}

      <TimeTravel locale={locale} at={at} historical={historical} path={path} />
      <Succession succession={succession} locale={locale} validFrom={organization.validFrom} validUntil={organization.validUntil} at={at} />
      <p className="no-print mt-3 text-sm">
        <a href={localePath(locale, `/organizations/${slug}/history`)} className="underline">
          {m.history.postHistoryLink}
        </a>
      </p>

      <OrgChart
        chart={chart}
        organization={organization}
        locale={locale}
        at={linkAt}
        chartHref={`/api/organizations/${slug}/chart?${svgQuery}`}
        membersHref={organizationMembersHref(locale, slug, linkAt)}
      />

      <Units id="boards" title={m.browse.boardsAndOffice} units={boards} locale={locale} at={linkAt} />
      <Units id="member-organizations" title={m.browse.memberOrganizations} units={members} locale={locale} at={linkAt} />
      <Units id="party" title={m.browse.partyOrganizations} units={party} locale={locale} at={linkAt} />

      {organization.kind === "front_committee" ? (
        <Committees committees={committees} filter={filter} locale={locale} path={path} at={linkAt} />
      ) : null}

      <SignedInOnly>
        <ChangeHistory entityType="organization" entityId={organization.id} locale={locale} />
      </SignedInOnly>
    </article>
  );
}

/** Boards, member organisations or Party bodies under the organisation, each with its head. */
function Units({ id, title, units, locale, at }: { id: string; title: string; units: UnitLeader[]; locale: Locale; at: string | null }) {
  if (units.length === 0) return null;
  const m = getMessages(locale).browse;
  return (
    <Section id={id} title={title}>
      <ul className="grid gap-3 sm:grid-cols-2">
        {units.map((unit) => (
          <li key={unit.id} className="card">
            <a href={organizationHref(locale, unit.slug, at)} className="font-semibold" lang={organizationNameLang(unit, locale)}>
              {organizationName(unit, locale)}
            </a>
            <p className="mt-1 text-sm text-stone-700">
              {unit.leaderRoleKey && unit.leaderTitle ? (
                <span className="font-medium">
                  {postTitle({ roleKey: unit.leaderRoleKey, title: unit.leaderTitle }, locale, unit.level)}:{" "}
                </span>
              ) : null}
              {unit.leaders.length > 0
                ? unit.leaders.map((leader, index) => (
                    <span key={leader.slug}>
                      {index > 0 ? ", " : null}
                      <a href={personHref(locale, leader.slug, at)} lang={vietnameseLang(locale)}>
                        {leader.name}
                      </a>
                    </span>
                  ))
                : unit.leaderNotKnown
                  ? m.notKnownAtDate
                  : m.noLeaderRecorded}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The Front committees below, a page at a time, with a GET form to filter them. */
function Committees({
  committees,
  filter,
  locale,
  path,
  at,
}: {
  committees: ChildCommittees;
  filter: CommitteeFilter;
  locale: Locale;
  path: string;
  at: string | null;
}) {
  const m = getMessages(locale).browse;
  const all = Object.values(committees.byAreaKind).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (all === 0) return null;
  const filtered = Boolean(filter.q || filter.areaKind);
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (filter.q) query.set("q", filter.q);
    if (filter.areaKind) query.set("type", filter.areaKind);
    if (at) query.set("at", at);
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return `${path}${text ? `?${text}` : ""}#committees`;
  };
  const kinds = AREA_FILTERS.filter((kind) => committees.byAreaKind[kind]);
  return (
    <Section id="committees" title={`${m.childCommittees} (${all})`}>
      <form method="get" action={`${path}#committees`} className="no-print flex flex-wrap items-end gap-3">
        {at ? <input type="hidden" name="at" value={at} /> : null}
        <div>
          <label htmlFor="committee-q" className="block text-sm font-medium text-stone-700">
            {m.filterLabel}
          </label>
          <input
            id="committee-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            placeholder={m.filterPlaceholder}
            className="field mt-1"
          />
        </div>
        {kinds.length > 1 ? (
          <FilterSelect
            id="committee-type"
            name="type"
            label={m.filterType}
            value={filter.areaKind ?? ""}
            options={[
              { value: "", label: m.filterAll },
              ...kinds.map((kind) => ({ value: kind, label: `${areaKindLabel(kind, m)} (${committees.byAreaKind[kind]})` })),
            ]}
            styles={{ wrapper: "", label: "block text-sm font-medium text-stone-700", select: "field mt-1" }}
          />
        ) : null}
        <button type="submit" className="button">
          {m.filterSubmit}
        </button>
        {filtered ? (
          <a href={`${path}${at ? `?at=${at}` : ""}#committees`} className="px-2 py-2 text-sm">
            {m.filterClear}
          </a>
        ) : null}
      </form>
      <p className="mt-3 text-sm text-stone-700" aria-live="polite">
        {m.childCommitteesCount(committees.items.length, committees.total)}
      </p>
      {committees.items.length === 0 ? (
        <p className="mt-2 text-stone-700">{m.noMatchingCommittees}</p>
      ) : (
        <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="child-committees">
          {committees.items.map((child) => (
            <li key={child.id} className="card py-3">
              <a href={organizationHref(locale, child.slug, at)} className="font-medium" lang={organizationNameLang(child, locale)}>
                {organizationName(child, locale)}
              </a>
              <p className="text-xs text-stone-700">
                {child.areaKind ? `${areaKindLabel(child.areaKind, m)} · ` : null}
                {m.officialsCount(child.officials)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={committees.page} pages={committees.pages} hrefFor={hrefFor} locale={locale} />
    </Section>
  );
}
