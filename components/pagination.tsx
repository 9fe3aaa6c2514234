import { getMessages, type Locale } from "@/lib/i18n";

/** Previous / next links between pages of a list; plain links, so they work without JavaScript. */
export function Pagination({
  page,
  pages,
  hrefFor,
  locale,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  locale: Locale;
}) {
  if (pages <= 1) return null;
  const m = getMessages(locale).browse;
  return (
    <nav aria-label={m.pagination} className="no-print mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className="button-secondary">
          ← {m.previousPage}
        </a>
      ) : null}
      <span aria-current="page">{m.pageOf(page, pages)}</span>
      {page < pages ? (
        <a href={hrefFor(page + 1)} rel="next" className="button-secondary">
          {m.nextPage} →
        </a>
      ) : null}
    </nav>
  );
}
