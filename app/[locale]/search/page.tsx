import type { Metadata } from "next";
import { DownloadLinks } from "@/components/download-links";
import { Pagination } from "@/components/pagination";
import { NoResults } from "@/components/search/no-results";
import { RelaxedNotice } from "@/components/search/relaxed-notice";
import { SearchForm } from "@/components/search/search-form";
import { searchHref, searchQuery } from "@/components/search/search-href";
import { SearchResults } from "@/components/search/search-results";
import { getDb } from "@/db/client";
import { provinceOptions, searchDirectory, type SearchOutcome } from "@/db/queries/search";
import type { Locale } from "@/lib/i18n";
import { pageMetadata } from "@/app/_lib/metadata";
import { resolveLocale } from "@/app/_lib/locale";
import { describeError, MAX_PAGE, PAGE_SIZE, readSearchPageParams, type SearchPageParams } from "@/lib/search/params";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, m } = await resolveLocale(params);
  const parsed = readSearchPageParams(await searchParams);
  const q = parsed.success ? parsed.data.q.trim() : "";
  const metadata = pageMetadata({
    locale,
    path: "/search",
    title: q ? m.search.titleFor(q) : m.search.title,
    description: m.search.description,
    siteName: m.common.siteName,
  });
  // Result pages change with the data; the empty search page is the one worth indexing.
  return q ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/** The search, or null when the database could not answer (shown as a message, never as an error page). */
function runSearch(state: SearchPageParams, locale: Locale): SearchOutcome | null {
  try {
    return searchDirectory(getDb(), { ...state, offset: (state.page - 1) * PAGE_SIZE, limit: PAGE_SIZE, locale });
  } catch (error) {
    console.error("[search page]", error);
    return null;
  }
}

/** Pages of results; while the total is a lower bound there is always one more page to try. */
function pageCount(outcome: SearchOutcome, page: number): number {
  const counted = Math.ceil(outcome.total / PAGE_SIZE);
  return Math.min(MAX_PAGE, outcome.totalIsLowerBound ? Math.max(counted, page + 1) : counted);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const parsed = readSearchPageParams(await searchParams);
  const state: SearchPageParams = parsed.success ? parsed.data : { q: "", page: 1, current: undefined, strict: false };
  const outcome = parsed.success && state.q.trim() ? runSearch(state, locale) : null;
  const pages = outcome ? pageCount(outcome, state.page) : 0;
  const hrefFor = (page: number) => searchHref(locale, { ...state, page });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{m.search.title}</h1>
      <SearchForm locale={locale} state={state} provinces={provinceOptions(getDb())} />
      {!parsed.success ? (
        <p role="alert" className="historical-note">
          {m.search.invalid} {describeError(parsed.error)}
        </p>
      ) : !state.q.trim() ? (
        <p className="text-stone-700">{m.search.enterQuery}</p>
      ) : !outcome ? (
        <p role="alert" className="historical-note">
          {m.search.unavailable}
        </p>
      ) : outcome.total === 0 ? (
        <NoResults locale={locale} state={state} suggestion={outcome.suggestion} />
      ) : (
        <>
          <RelaxedNotice locale={locale} state={state} outcome={outcome} />
          <p aria-live="polite" className="text-stone-700">
            <strong>{m.search.resultCount(outcome.total, outcome.totalIsLowerBound)}</strong> {m.search.resultsFor(state.q.trim())}
          </p>
          <DownloadLinks
            locale={locale}
            formats={["xlsx", "csv"]}
            href={(format) => `/api/search/export?${searchQuery({ ...state, page: 1 })}&format=${format}&lang=${locale}`}
            describe={m.spreadsheet.downloadResults}
            testId="search-download"
          />
          <SearchResults hits={outcome.results} terms={outcome.terms} locale={locale} />
          <Pagination page={Math.min(state.page, pages)} pages={pages} hrefFor={hrefFor} locale={locale} />
        </>
      )}
    </div>
  );
}
