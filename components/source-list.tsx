import type { CitedSource } from "@/db/queries/sources";
import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";

/** The numbered footnotes of a page: each source once, with the words it uses. */
export function SourceList({ sources, locale }: { sources: { number: number; source: CitedSource; quotes: string[] }[]; locale: Locale }) {
  const m = getMessages(locale).browse;
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-10">
      <h2 id="sources-heading" className="section-title">
        {m.sources}
      </h2>
      <ol className="space-y-3 text-sm">
        {sources.map(({ number, source, quotes }) => (
          <li key={number} id={`source-${number}`} className="flex gap-2 target:bg-amber-50">
            <span className="font-semibold">[{number}]</span>
            <span>
              {source.url ? (
                <a href={source.url} lang="vi">
                  {source.title}
                </a>
              ) : (
                <cite className="not-italic" lang="vi">
                  {source.title}
                </cite>
              )}
              {" · "}
              {source.publisher ?? m.unknownPublisher}
              {source.publishedDate ? ` · ${formatPartialDate(source.publishedDate, locale)}` : null}
              {quotes.map((quote) => (
                <span key={quote} className="mt-1 block text-stone-700">
                  {m.quoted} <q lang="vi">{quote}</q>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Footnote markers after a fact, pointing to its sources in the list at the bottom of the page. */
export function Citations({ numbers, locale }: { numbers: number[] | undefined; locale: Locale }) {
  if (!numbers?.length) return null;
  const m = getMessages(locale).browse;
  return (
    <>
      {numbers.map((n) => (
        <sup key={n} className="ml-0.5">
          <a href={`#source-${n}`} aria-label={m.sourceNumber(n)}>
            [{n}]
          </a>
        </sup>
      ))}
    </>
  );
}

/** Numbers the distinct sources of a page in order of first citation, keeping each distinct quote once. */
export function numberSources(sources: CitedSource[]) {
  const numbers = new Map<number, number>();
  const list: { number: number; source: CitedSource; quotes: string[] }[] = [];
  const byMembership = new Map<number, number[]>();
  for (const source of sources) {
    if (!numbers.has(source.sourceId)) {
      numbers.set(source.sourceId, numbers.size + 1);
      list.push({ number: numbers.size, source, quotes: [] });
    }
    const number = numbers.get(source.sourceId)!;
    const entry = list[number - 1];
    if (source.quote && !entry.quotes.includes(source.quote)) entry.quotes.push(source.quote);
    const cited = byMembership.get(source.membershipId) ?? [];
    if (!cited.includes(number)) cited.push(number);
    byMembership.set(source.membershipId, cited);
  }
  return { list, byMembership };
}
