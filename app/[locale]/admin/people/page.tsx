import Link from "next/link";
import { LIST_PAGE_SIZE, SearchList, listQuery } from "@/components/admin/search-list";
import { getDb } from "@/db/client";
import { searchPeople } from "@/db/queries/admin";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { requireUser } from "../_lib/session";
import { adminTitle, type AdminPageProps } from "../_lib/page";

export const generateMetadata = adminTitle("peopleTitle");

/** Everyone on record, retracted people too when asked (they are kept, and admins may look at them). */
export default async function PeoplePage({ params, searchParams }: AdminPageProps) {
  const { locale, m } = await resolveLocale(params);
  await requireUser(locale);
  const query = await searchParams;
  const { q, page } = listQuery(query);
  const includeRetracted = query.retracted === "1";
  const a = m.admin;
  return (
    <SearchList
      locale={locale}
      path="/admin/people"
      title={a.peopleTitle}
      newLink={{ href: "/admin/people/new", label: a.quickNewPerson }}
      searchLabel={a.peopleSearchLabel}
      query={q}
      extraParams={includeRetracted ? { retracted: "1" } : {}}
      filters={
        <label className="flex items-center gap-2">
          <input type="checkbox" name="retracted" value="1" defaultChecked={includeRetracted} />
          {a.showRetracted}
        </label>
      }
      page={page}
      items={searchPeople(getDb(), q, { includeRetracted, limit: LIST_PAGE_SIZE + 1, offset: page * LIST_PAGE_SIZE })}
      render={(person) => (
        <li key={person.id} className="px-3 py-2">
          <Link href={localePath(locale, `/admin/people/${person.id}`)} className="font-semibold">
            {person.fullName}
          </Link>
          {person.birthYear ? <span className="text-stone-600"> · {a.born(person.birthYear)}</span> : null}
          {person.retractedAt ? <span className="adm-badge adm-badge-warn ml-2">{a.retractedBadge}</span> : null}
          {person.roles ? <span className="block text-sm text-stone-600">{person.roles}</span> : null}
        </li>
      )}
    />
  );
}
