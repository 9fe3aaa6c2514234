import type { SearchOutcome } from "@/db/queries/search";
import { getMessages, type Locale } from "@/lib/i18n";
import { searchHref, type SearchState } from "./search-href";

/**
 * Says so when the results are not for the query as typed (it found nothing):
 * they are for a respelling, or for the query with some words left out; with a
 * link back to the query as typed, every word required.
 */
export function RelaxedNotice({ locale, state, outcome }: { locale: Locale; state: SearchState; outcome: SearchOutcome }) {
  const m = getMessages(locale).search;
  const shown = outcome.respelled ?? outcome.relaxedQuery;
  if (!shown) return null;
  return (
    <section className="historical-note space-y-1" aria-live="polite" data-testid="relaxed-notice">
      <p>{outcome.respelled ? m.respelled(shown) : m.relaxed(shown)}</p>
      {outcome.dropped.length ? <p className="text-sm">{m.leftOut(outcome.dropped.map((word) => `“${word}”`).join(", "))}</p> : null}
      <p className="text-sm">
        <a href={searchHref(locale, { ...state, page: 1, strict: true })}>{m.searchStrict(state.q.trim())}</a>
      </p>
    </section>
  );
}
