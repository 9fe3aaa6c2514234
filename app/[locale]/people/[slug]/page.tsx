import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeHistory } from "@/components/admin/change-history";
import { SignedInOnly } from "@/app/_lib/signed-in";
import { Avatar } from "@/components/avatar";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { organizationHref, personHref, photoSrc } from "@/components/links";
import { vietnameseLang } from "@/components/labels";
import { PersonChip } from "@/components/person-chip";
import { Section } from "@/components/section";
import { Citations, numberSources, SourceList } from "@/components/source-list";
import { termDates } from "@/components/term-dates";
import { TimeTravel } from "@/components/time-travel";
import { getDb } from "@/db/client";
import type { TermNeighbours } from "@/db/queries/history";
import { getPersonPageData, type Colleague, type RoleRow } from "@/db/queries/people";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/app/_lib/metadata";
import { resolveLocale } from "@/app/_lib/locale";
import { resolveAtDate, resolveSlug } from "@/app/_lib/params";
import { postTitle } from "@/lib/roles";
import { organizationName, roleTitle } from "@/lib/titles";
import { findPerson, findRolesAt } from "./data";
import { absoluteUrls } from "@/app/_lib/site-url";

interface Props {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const organizationOf = (role: RoleRow) => ({ name: role.organizationName, nameEn: role.organizationNameEn, level: role.level });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await resolveLocale(params);
  const slug = await resolveSlug(params);
  const person = findPerson(slug);
  if (!person) return {};
  const roles = findRolesAt(person.id, todayIso()).map((role) => roleTitle(role, organizationOf(role), locale));
  let description = m.browse.personDescription(person.fullName, roles.join("; "));
  if (description.length > 200) description = `${description.slice(0, 197).trimEnd()}…`;
  return pageMetadata({
    locale,
    path: `/people/${slug}`,
    title: person.fullName,
    description,
    siteName: m.common.siteName,
    type: "profile",
    image: person.photoPath ? photoSrc(person.photoPath) : null,
  });
}

/** Roles grouped by organisation, in the order the first role of each appears. */
function groupByOrganization(roles: RoleRow[]): RoleRow[][] {
  const groups = new Map<number, RoleRow[]>();
  for (const role of roles) groups.set(role.organizationId, [...(groups.get(role.organizationId) ?? []), role]);
  return [...groups.values()];
}

export default async function PersonPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const slug = await resolveSlug(params);
  const { at, historical } = resolveAtDate((await searchParams).at);
  const data = getPersonPageData(getDb(), slug, at);
  if (!data) notFound();
  const { person, current, past, notKnown, colleagues, sources, trail, neighbours } = data;
  const { list, byMembership } = numberSources(sources);
  const linkAt = historical ? at : null;
  const path = localePath(locale, `/people/${slug}`);
  const worksFor = current.filter((role) => role.organizationKind !== "party_committee");
  const absolute = await absoluteUrls();

  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Person",
          name: person.fullName,
          url: absolute(path),
          ...(person.photoPath ? { image: absolute(photoSrc(person.photoPath)) } : {}),
          ...(person.otherNames.length ? { alternateName: person.otherNames } : {}),
          ...(person.gender ? { gender: person.gender === "female" ? "Female" : "Male" } : {}),
          ...(person.birthYear ? { birthDate: String(person.birthYear) } : {}),
          jobTitle: current.map((role) => roleTitle(role, organizationOf(role), locale)),
          worksFor: [...new Map(worksFor.map((role) => [role.organizationId, role])).values()].map((role) => ({
            "@type": "Organization",
            name: organizationName(organizationOf(role), locale),
            url: absolute(localePath(locale, `/organizations/${role.organizationSlug}`)),
          })),
          memberOf: current.map((role) => ({
            "@type": "OrganizationRole",
            roleName: postTitle(role, locale, role.level),
            ...(role.startDate ? { startDate: role.startDate } : {}),
            memberOf: {
              "@type": "Organization",
              name: organizationName(organizationOf(role), locale),
              url: absolute(localePath(locale, `/organizations/${role.organizationSlug}`)),
            },
          })),
        }}
      />
      <Breadcrumbs
        label={m.common.breadcrumbs}
        items={[
          { href: localePath(locale, "/"), label: m.common.navHome },
          ...trail.map((o) => ({ href: organizationHref(locale, o.slug, linkAt), label: organizationName(o, locale) })),
        ]}
        current={person.fullName}
      />
      <header className="flex items-center gap-4">
        <Avatar name={person.fullName} photoPath={person.photoPath} size={88} />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold sm:text-3xl" lang={vietnameseLang(locale)}>
            {person.fullName}
          </h1>
          {current[0] ? <p className="mt-1 text-stone-700">{roleTitle(current[0], organizationOf(current[0]), locale)}</p> : null}
        </div>
      </header>

      <TimeTravel locale={locale} at={at} historical={historical} path={path} />

      <Section
        id="current"
        className="mt-8"
        title={historical ? m.browse.rolesAtDate(formatPartialDate(at, locale)) : m.browse.currentRoles}
      >
        {current.length === 0 ? (
          <p className="text-stone-700">{historical ? m.browse.noRolesAtDate : m.browse.noCurrentRoles}</p>
        ) : (
          <ul className="space-y-3" data-testid="roles">
            {groupByOrganization(current).map((group) => (
              <RoleGroup
                key={group[0].organizationId}
                roles={group}
                locale={locale}
                at={linkAt}
                citations={byMembership}
                neighbours={neighbours}
              />
            ))}
          </ul>
        )}
        {notKnown.length > 0 ? (
          <p className="historical-note mt-3" data-testid="not-known">
            {m.browse.pendingRoles(notKnown.length)}
          </p>
        ) : null}
      </Section>

      <Section id="past" className="mt-8" title={m.browse.pastRoles}>
        {past.length === 0 ? (
          <p className="text-stone-700">{m.browse.noPastRoles}</p>
        ) : (
          <ol className="timeline" data-testid="past-roles">
            {past.map((role) => (
              <li key={role.membershipId} className="timeline-item">
                <a href={organizationHref(locale, role.organizationSlug, linkAt)}>{roleTitle(role, organizationOf(role), locale)}</a>
                <span className="block text-sm text-stone-700">
                  {termDates(role, locale)}
                  {!role.endDate && role.organizationValidUntil
                    ? ` · ${m.history.bodyCeased(formatPartialDate(role.organizationValidUntil, locale))}`
                    : null}
                  <Citations numbers={byMembership.get(role.membershipId)} locale={locale} />
                </span>
                <Neighbours neighbours={neighbours.get(role.membershipId)} locale={locale} at={linkAt} />
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Colleagues colleagues={colleagues} roles={current} locale={locale} at={linkAt} />

      <PersonalDetails person={person} locale={locale} />

      <SourceList sources={list} locale={locale} />

      <SignedInOnly>
        <ChangeHistory entityType="person" entityId={person.id} locale={locale} />
      </SignedInOnly>
    </article>
  );
}

/** One organisation's roles: "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu", then each role's dates and sources. */
function RoleGroup({
  roles,
  locale,
  at,
  citations,
  neighbours,
}: {
  roles: RoleRow[];
  locale: Locale;
  at: string | null;
  citations: Map<number, number[]>;
  neighbours: Map<number, TermNeighbours>;
}) {
  const first = roles[0];
  const titles = roles.map((role) => postTitle(role, locale, role.level));
  const separator = locale === "en" ? "; " : ", ";
  return (
    <li className="card" data-organization={first.organizationSlug}>
      <p>
        <span className="font-semibold">{titles.join(separator)}</span>
        {locale === "en" ? ", " : " "}
        <a href={organizationHref(locale, first.organizationSlug, at)} className="font-semibold">
          {organizationName(organizationOf(first), locale)}
        </a>
      </p>
      <ul className="mt-1 text-sm text-stone-700">
        {roles.map((role, index) => (
          <li key={role.membershipId}>
            {roles.length > 1 ? `${titles[index]}: ` : null}
            {termDates(role, locale)}
            <Citations numbers={citations.get(role.membershipId)} locale={locale} />
            <Neighbours neighbours={neighbours.get(role.membershipId)} locale={locale} at={at} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "Predecessor: A · Successor: B" under a term of a post one person holds at a time. */
function Neighbours({ neighbours, locale, at }: { neighbours: TermNeighbours | undefined; locale: Locale; at: string | null }) {
  if (!neighbours || (!neighbours.predecessor && !neighbours.successor)) return null;
  const m = getMessages(locale).history;
  const parts = [
    neighbours.predecessor ? ([m.predecessor, neighbours.predecessor] as const) : null,
    neighbours.successor ? ([m.successor, neighbours.successor] as const) : null,
  ].filter((part) => part !== null);
  return (
    <span className="block text-sm text-stone-700" data-testid="term-neighbours">
      {parts.map(([label, person], index) => (
        <span key={label}>
          {index > 0 ? " · " : null}
          {label}:{" "}
          <a href={personHref(locale, person.slug, at)} lang={vietnameseLang(locale)}>
            {person.name}
          </a>
        </span>
      ))}
    </span>
  );
}

function Colleagues({ colleagues, roles, locale, at }: { colleagues: Colleague[]; roles: RoleRow[]; locale: Locale; at: string | null }) {
  const m = getMessages(locale).browse;
  if (roles.length === 0) return null;
  const organizations = [...new Map(roles.map((role) => [role.organizationId, role])).values()].filter((role) =>
    colleagues.some((colleague) => colleague.organizationId === role.organizationId),
  );
  return (
    <Section id="colleagues" className="mt-8" title={m.colleagues}>
      {organizations.length === 0 ? (
        <p className="text-stone-700">{m.noColleagues}</p>
      ) : (
        <div className="space-y-5">
          {organizations.map((role) => {
            const name = organizationName(organizationOf(role), locale);
            return (
              <div key={role.organizationId}>
                <h3 className="mb-2 font-semibold">{m.colleaguesIn(name)}</h3>
                <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                  {colleagues
                    .filter((colleague) => colleague.organizationId === role.organizationId)
                    .map((colleague) => (
                      <PersonChip
                        key={`${colleague.personId}-${colleague.roleKey}`}
                        person={colleague}
                        locale={locale}
                        at={at}
                        lines={[postTitle(colleague, locale, colleague.level)]}
                      />
                    ))}
                </ul>
                <a href={organizationHref(locale, role.organizationSlug, at)} className="mt-1 inline-block text-sm">
                  {m.moreColleagues}
                  <span className="sr-only">: {name}</span>
                </a>
              </div>
            );
          })}
        </div>
      )}
    </Section>
  );
}

function PersonalDetails({
  person,
  locale,
}: {
  person: {
    otherNames: string[];
    gender: string | null;
    birthYear: number | null;
    ethnicity: string | null;
    hometown: string | null;
    biography: string | null;
  };
  locale: Locale;
}) {
  const m = getMessages(locale).browse;
  const facts: [string, string][] = [];
  if (person.otherNames.length) facts.push([m.otherNames, person.otherNames.join(", ")]);
  if (person.gender) facts.push([m.gender, person.gender === "female" ? m.female : m.male]);
  if (person.birthYear) facts.push([m.birthYear, String(person.birthYear)]);
  if (person.ethnicity) facts.push([m.ethnicity, person.ethnicity]);
  if (person.hometown) facts.push([m.hometown, person.hometown]);
  if (facts.length === 0 && !person.biography) return null;
  return (
    <Section id="details" className="mt-8" title={m.personalDetails}>
      {facts.length > 0 ? (
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-stone-700">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {person.biography ? (
        <div className="mt-4">
          <h3 className="mb-1 font-semibold">{m.biography}</h3>
          <p className="max-w-3xl whitespace-pre-line" lang="vi">
            {person.biography}
          </p>
        </div>
      ) : null}
    </Section>
  );
}
