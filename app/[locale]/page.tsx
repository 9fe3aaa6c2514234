import type { Metadata } from "next";
import { Avatar } from "@/components/avatar";
import { HomeSearch } from "@/components/home-search";
import { hierarchyHref, organizationHref, personHref } from "@/components/links";
import { getDb } from "@/db/client";
import { getHomeData } from "@/db/queries/home";
import { formatPartialDate, todayIso } from "@/lib/dates";
import { pageMetadata } from "@/lib/i18n/metadata";
import { resolveLocale } from "@/lib/i18n/server";
import { organizationName, roleTitle } from "@/lib/titles";

type Props = { params: Promise<{ locale: string }> };

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

export default async function HomePage({ params }: Props) {
  const { locale, m } = await resolveLocale(params);
  const { central, centralOfficials, provinces, recent } = getHomeData(getDb(), todayIso());
  return (
    <div>
      <h1 className="text-2xl font-bold sm:text-3xl">{m.browse.homeTitle}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{m.browse.homeIntro}</p>
      <HomeSearch locale={locale} />

      {central ? (
        <section aria-labelledby="central-heading" className="mt-10">
          <h2 id="central-heading" className="section-title">
            {m.browse.centralCommittee}
          </h2>
          <div className="card flex flex-wrap items-center justify-between gap-3">
            <div>
              <a href={organizationHref(locale, central.slug)} className="text-lg font-semibold">
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
        </section>
      ) : null}

      <section aria-labelledby="provinces-heading" className="mt-10">
        <h2 id="provinces-heading" className="section-title">
          {m.browse.provinces} ({provinces.length})
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="provinces">
          {provinces.map((committee) => (
            <li key={committee.id} className="card flex flex-col">
              <a href={organizationHref(locale, committee.slug)} className="group">
                <span className="block text-lg font-semibold">{committee.areaName ?? organizationName(committee, locale)}</span>
                <span className="block text-sm text-stone-700 group-hover:underline">{organizationName(committee, locale)}</span>
              </a>
              <p className="mt-2 text-sm text-stone-700">
                {m.browse.committeesCount(committee.committees)} · {m.browse.officialsCount(committee.officials)}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="recent-heading" className="mt-10">
        <h2 id="recent-heading" className="section-title">
          {m.browse.recentlyUpdated}
        </h2>
        {recent.length === 0 ? (
          <p className="text-stone-700">{m.browse.noRecentProfiles}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {recent.map((person) => (
              <li key={person.id} className="card flex gap-3">
                <Avatar name={person.fullName} photoPath={person.photoPath} size={48} />
                <div className="min-w-0">
                  <a href={personHref(locale, person.slug)} className="font-semibold">
                    {person.fullName}
                  </a>
                  {person.role ? (
                    <p className="text-sm text-stone-700">
                      {roleTitle(
                        person.role,
                        { name: person.role.organizationName, nameEn: person.role.organizationNameEn, level: person.role.level },
                        locale,
                      )}
                    </p>
                  ) : null}
                  <p className="mt-1 text-xs text-stone-600">
                    {m.browse.updatedOn(formatPartialDate(person.updatedAt.slice(0, 10), locale))}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
