import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { searchOrganizations } from "@/db/queries/admin";
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
  return { title: m.admin.organizationsTitle };
}

/** The organisations the user may change (all of them for an admin). */
export default async function OrganizationsPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const page = Math.max(0, Number(query.page) || 0);
  const hits = searchOrganizations(getDb(), user, q, { limit: PAGE_SIZE + 1, offset: page * PAGE_SIZE });
  const a = m.admin;
  const pageLink = (n: number) => localePath(locale, `/admin/organizations?${new URLSearchParams({ q, page: String(n) })}`);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{a.organizationsTitle}</h1>
        <Link href={localePath(locale, "/admin/organizations/new")} className="adm-btn adm-btn-small ml-auto hover:no-underline">
          {a.quickNewOrganization}
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="adm-field grow">
          <label htmlFor="organizations-q" className="adm-field-label">
            {a.organizationsSearchLabel}
          </label>
          <input id="organizations-q" name="q" defaultValue={q} className="adm-input" type="search" />
        </div>
        <button type="submit" className="adm-btn adm-btn-primary">
          {a.search}
        </button>
      </form>
      {hits.length === 0 ? (
        <p className="text-stone-600">{a.searchNoResults}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {hits.slice(0, PAGE_SIZE).map((organization) => (
            <li key={organization.id} className="px-3 py-2">
              <Link href={localePath(locale, `/admin/organizations/${organization.id}`)} className="font-semibold">
                {organization.name}
              </Link>
              {organization.parentName ? <span className="block text-sm text-stone-600">{organization.parentName}</span> : null}
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
