import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { searchPeople } from "@/db/queries/admin";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "../_lib/session";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.admin.peopleTitle };
}

export default async function PeoplePage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  await requireUser(locale);
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const includeRetracted = query.retracted === "1";
  const page = Math.max(0, Number(query.page) || 0);
  const hits = searchPeople(getDb(), q, { includeRetracted, limit: PAGE_SIZE + 1, offset: page * PAGE_SIZE });
  const a = m.admin;
  const pageLink = (n: number) =>
    localePath(locale, `/admin/people?${new URLSearchParams({ q, ...(includeRetracted ? { retracted: "1" } : {}), page: String(n) })}`);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{a.peopleTitle}</h1>
        <Link href={localePath(locale, "/admin/people/new")} className="adm-btn adm-btn-small ml-auto hover:no-underline">
          {a.quickNewPerson}
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="adm-field grow">
          <label htmlFor="people-q" className="adm-field-label">
            {a.peopleSearchLabel}
          </label>
          <input id="people-q" name="q" defaultValue={q} className="adm-input" type="search" />
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="retracted" value="1" defaultChecked={includeRetracted} />
          {a.showRetracted}
        </label>
        <button type="submit" className="adm-btn adm-btn-primary">
          {a.search}
        </button>
      </form>
      {hits.length === 0 ? (
        <p className="text-stone-600">{a.searchNoResults}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {hits.slice(0, PAGE_SIZE).map((person) => (
            <li key={person.id} className="px-3 py-2">
              <Link href={localePath(locale, `/admin/people/${person.id}`)} className="font-semibold">
                {person.fullName}
              </Link>
              {person.birthYear ? <span className="text-stone-600"> · {a.born(person.birthYear)}</span> : null}
              {person.retractedAt ? <span className="adm-badge adm-badge-warn ml-2">{a.retractedBadge}</span> : null}
              {person.roles ? <span className="block text-sm text-stone-600">{person.roles}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <nav className="flex gap-4">
        {page > 0 ? <Link href={pageLink(page - 1)}>← {a.previousPage}</Link> : null}
        {hits.length > PAGE_SIZE ? <Link href={pageLink(page + 1)}>{a.nextPage} →</Link> : null}
      </nav>
    </div>
  );
}
