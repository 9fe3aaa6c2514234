import Link from "next/link";
import { getDb } from "@/db/client";
import { getCentralCommittee, getProvincialCommittees } from "@/db/queries/organizations";
import { todayIso } from "@/lib/dates";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { organizationName } from "@/lib/titles";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  const db = getDb();
  const central = getCentralCommittee(db);
  const provinces = central ? getProvincialCommittees(db, central.id, todayIso()) : [];
  return (
    <div>
      <h1 className="text-2xl font-bold sm:text-3xl">{m.browse.homeTitle}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{m.browse.homeIntro}</p>

      {central ? (
        <section aria-labelledby="central-heading" className="mt-8">
          <h2 id="central-heading" className="section-title">
            {m.browse.centralCommittee}
          </h2>
          <Link href={localePath(locale, `/organizations/${central.slug}`)} className="card block font-semibold">
            {organizationName(central, locale)}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="provinces-heading" className="mt-8">
        <h2 id="provinces-heading" className="section-title">
          {m.browse.provinces} ({provinces.length})
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {provinces.map((committee) => (
            <li key={committee.id}>
              <Link href={localePath(locale, `/organizations/${committee.slug}`)} className="card block h-full">
                <span className="font-semibold">{organizationName(committee, locale)}</span>
                <span className="mt-1 block text-sm text-stone-600">{m.browse.holders(committee.officials)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
