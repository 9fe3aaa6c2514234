import type { Metadata } from "next";
import { HomeSearch } from "@/components/home-search";
import { hierarchyHref, organizationHref } from "@/components/links";
import { PersonChip } from "@/components/person-chip";
import { CoverageSummary } from "@/components/coverage-summary";
import { Section } from "@/components/section";
import { TimeTravel } from "@/components/time-travel";
import { resolveAtDate } from "@/app/_lib/params";
import { localePath } from "@/lib/i18n";
import { getDb } from "@/db/client";
import { getHomeData } from "@/db/queries/home";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { pageMetadata } from "@/app/_lib/metadata";
import { resolveLocale } from "@/app/_lib/locale";
import { organizationName, roleTitle } from "@/lib/titles";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await resolveLocale(params);
  const metadata = pageMetadata({
    locale,
    path: "/",
    title: m.common.siteName,
    description: m.common.siteDescription,
    siteName: m.common.siteName,
  });
  return { ...metadata, title: { absolute: m.common.siteName } };
}

export default async function HomePage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const { at, historical } = resolveAtDate((await searchParams).at);
  const { central, centralOfficials, provinces, recent, coverage } = getHomeData(getDb(), at, todayIso());
  const linkAt = historical ? at : null;
  return (
    <div>
      <h1 className="text-2xl font-bold sm:text-3xl">{m.browse.homeTitle}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{m.browse.homeIntro}</p>
      <HomeSearch locale={locale} />
      <TimeTravel locale={locale} at={at} historical={historical} path={localePath(locale, "/")} />

      {central ? (
        <Section id="central" title={m.browse.centralCommittee}>
          <div className="card flex flex-wrap items-center justify-between gap-3">
            <div>
              <a href={organizationHref(locale, central.slug, linkAt)} className="text-lg font-semibold">
                {organizationName(central, locale)}
              </a>
              <p className="mt-1 text-sm text-stone-700">
                {m.browse.provincesCount(provinces.length)} · {m.browse.officialsCount(centralOfficials)}
              </p>
            </div>
            <a href={hierarchyHref(locale)} className="button-secondary">
              {m.browse.viewHierarchy}
            </a>
          </div>
        </Section>
      ) : null}

      <Section id="provinces" title={`${m.browse.provinces} (${provinces.length})`}>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="provinces">
          {provinces.map((committee) => (
            <li key={committee.id} className="card flex flex-col">
              <a href={organizationHref(locale, committee.slug, linkAt)} className="group">
                <span className="block text-lg font-semibold">{committee.areaName ?? organizationName(committee, locale)}</span>
                <span className="block text-sm text-stone-700 group-hover:underline">{organizationName(committee, locale)}</span>
              </a>
              <p className="mt-2 text-sm text-stone-700">
                {m.browse.committeesCount(committee.committees)} · {m.browse.officialsCount(committee.officials)}
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <CoverageSummary rows={coverage} locale={locale} />

      <Section id="recent" title={m.browse.recentlyUpdated}>
        {recent.length === 0 ? (
          <p className="text-stone-700">{m.browse.noRecentProfiles}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {recent.map((person) => (
              <PersonChip
                key={person.id}
                person={person}
                locale={locale}
                size={48}
                className="card flex gap-3"
                lines={[
                  person.role
                    ? roleTitle(
                        person.role,
                        { name: person.role.organizationName, nameEn: person.role.organizationNameEn, level: person.role.level },
                        locale,
                      )
                    : null,
                  m.browse.updatedOn(formatPartialDate(person.updatedAt.slice(0, 10), locale)),
                ]}
              />
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
