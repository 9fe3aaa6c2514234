import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";

/**
 * The date picker of organisation and person pages: a plain GET form, so it
 * works without JavaScript, and a note whenever the page shows the past.
 */
export function TimeTravel({ locale, at, historical, path }: { locale: Locale; at: string; historical: boolean; path: string }) {
  const m = getMessages(locale).browse;
  return (
    <div className="mt-4 space-y-3">
      <form method="get" action={path} className="no-print flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="at-date" className="block text-sm font-medium text-stone-700">
            {m.viewAtDate}
          </label>
          <input id="at-date" name="at" type="date" defaultValue={at} min="1930-01-01" max="2100-12-31" className="field mt-1" />
        </div>
        <button type="submit" className="button">
          {m.showDate}
        </button>
        {historical ? (
          <a href={path} className="px-2 py-2 text-sm">
            {m.backToToday}
          </a>
        ) : null}
      </form>
      {historical ? (
        <p className="historical-note" role="note">
          {m.historicalNote(formatPartialDate(at, locale))}
        </p>
      ) : null}
    </div>
  );
}
