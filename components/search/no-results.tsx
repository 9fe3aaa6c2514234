import { getMessages, type Locale } from "@/lib/i18n";
import { hasFilters, searchHref, type SearchState } from "./search-href";

/** Nothing found: say so, offer a respelling that finds something, dropping the filters, and tips. */
export function NoResults({ locale, state, suggestion }: { locale: Locale; state: SearchState; suggestion: string | null }) {
  const m = getMessages(locale).search;
  return (
    <section className="card space-y-3" aria-live="polite">
      <p className="font-semibold">{m.noResults(state.q)}</p>
      {suggestion ? (
        <p>
          {m.didYouMean}{" "}
          <a href={searchHref(locale, { ...state, q: suggestion, page: 1, strict: false })} className="font-semibold">
            {suggestion}
          </a>
        </p>
      ) : null}
      {hasFilters(state) ? (
        <p>
          <a href={searchHref(locale, { q: state.q })}>{m.withoutFilters}</a>
        </p>
      ) : null}
      <div>
        <h2 className="font-semibold">{m.tipsTitle}</h2>
        <ul className="ml-5 list-disc text-sm text-stone-700">
          <li>{m.tipSpelling}</li>
          <li>{m.tipFewerWords}</li>
          <li>{m.tipAbbreviations}</li>
        </ul>
      </div>
    </section>
  );
}
