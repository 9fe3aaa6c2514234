import Link from "next/link";
import type { ReactNode } from "react";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { pageNumber } from "@/lib/validation/fields";

export const LIST_PAGE_SIZE = 50;

/**
 * A list page of the administration: a title with a "new" link, a GET search
 * form (so results can be bookmarked and work without JavaScript), the results,
 * and links to the pages before and after. `items` holds one more than a page
 * when there is a next page.
 */
export function SearchList<T>({
  locale,
  path,
  title,
  newLink,
  searchLabel,
  query,
  extraParams = {},
  filters,
  page,
  items,
  render,
}: {
  locale: Locale;
  path: string;
  title: string;
  newLink: { href: string; label: string };
  searchLabel: string;
  query: string;
  extraParams?: Record<string, string>;
  filters?: ReactNode;
  page: number;
  items: T[];
  render: (item: T) => ReactNode;
}) {
  const m = getMessages(locale).admin;
  const pageLink = (n: number) => localePath(locale, `${path}?${new URLSearchParams({ q: query, ...extraParams, page: String(n) })}`);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        <Link href={localePath(locale, newLink.href)} className="adm-btn adm-btn-small ml-auto hover:no-underline">
          {newLink.label}
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="adm-field grow">
          <label htmlFor="list-q" className="adm-field-label">
            {searchLabel}
          </label>
          <input id="list-q" name="q" defaultValue={query} className="adm-input" type="search" />
        </div>
        {filters}
        <button type="submit" className="adm-btn adm-btn-primary">
          {m.search}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="text-stone-600">{m.searchNoResults}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">{items.slice(0, LIST_PAGE_SIZE).map(render)}</ul>
      )}
      <nav className="flex gap-4" aria-label={title}>
        {page > 0 ? <Link href={pageLink(page - 1)}>← {m.previousPage}</Link> : null}
        {items.length > LIST_PAGE_SIZE ? <Link href={pageLink(page + 1)}>{m.nextPage} →</Link> : null}
      </nav>
    </div>
  );
}

/** The query and page number of a list page's address. */
export function listQuery(query: Record<string, string | string[] | undefined>) {
  return {
    q: typeof query.q === "string" ? query.q.slice(0, 100) : "",
    page: pageNumber(query.page),
  };
}
