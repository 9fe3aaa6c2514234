import { getMessages, localePath, type Locale } from "@/lib/i18n";

/** The search box in the header: a plain GET form to the search page. */
export function HeaderSearch({ locale }: { locale: Locale }) {
  const m = getMessages(locale).common;
  return (
    <form action={localePath(locale, "/search")} method="get" role="search" className="flex">
      <label htmlFor="header-search" className="sr-only">
        {m.searchLabel}
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        placeholder={m.searchPlaceholder}
        className="w-full rounded-l border-0 px-3 py-1.5 text-sm text-stone-900"
      />
      <button type="submit" className="rounded-r bg-brand-800 px-3 text-sm font-semibold text-white">
        {m.searchButton}
      </button>
    </form>
  );
}
