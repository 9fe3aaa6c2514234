import Link from "next/link";
import { LIST_PAGE_SIZE, SearchList, listQuery } from "@/components/admin/search-list";
import { getDb } from "@/db/client";
import { searchOrganizations } from "@/db/queries/admin";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { requireUser } from "../_lib/session";
import { adminTitle, type AdminPageProps } from "../_lib/page";

export const generateMetadata = adminTitle("organizationsTitle");

/** The organisations the user may change (all of them for an admin). */
export default async function OrganizationsPage({ params, searchParams }: AdminPageProps) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const { q, page } = listQuery(await searchParams);
  const a = m.admin;
  return (
    <SearchList
      locale={locale}
      path="/admin/organizations"
      title={a.organizationsTitle}
      newLink={{ href: "/admin/organizations/new", label: a.quickNewOrganization }}
      searchLabel={a.organizationsSearchLabel}
      query={q}
      page={page}
      items={searchOrganizations(getDb(), user, q, { limit: LIST_PAGE_SIZE + 1, offset: page * LIST_PAGE_SIZE })}
      render={(organization) => (
        <li key={organization.id} className="px-3 py-2">
          <Link href={localePath(locale, `/admin/organizations/${organization.id}`)} className="font-semibold">
            {organization.name}
          </Link>
          {organization.parentName ? <span className="block text-sm text-stone-600">{organization.parentName}</span> : null}
        </li>
      )}
    />
  );
}
