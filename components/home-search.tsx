import { getMessages, localePath, type Locale } from "@/lib/i18n";

/** The large search box of the home page: a GET form to the search page, so it needs no JavaScript. */
export function HomeSearch({ locale }: { locale: Locale }) {
  const m = getMessages(locale);
  return (
    <form action={localePath(locale, "/search")} method="get" role="search" aria-label={m.browse.homeSearchLabel} className="mt-6">
      <label htmlFor="home-search" className="block font-semibold">
        {m.browse.homeSearchLabel}
      </label>
      <div className="mt-2 flex max-w-2xl">
        <input
          id="home-search"
          name="q"
          type="search"
          placeholder={m.browse.homeSearchPlaceholder}
          aria-describedby="home-search-hint"
          className="field w-full rounded-r-none text-base"
        />
        <button type="submit" className="button rounded-l-none">
          {m.common.searchButton}
        </button>
      </div>
      <p id="home-search-hint" className="mt-1 text-sm text-stone-600">
        {m.browse.homeSearchHint}
      </p>
    </form>
  );
}
