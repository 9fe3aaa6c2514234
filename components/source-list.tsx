import type { CitedSource } from "@/db/queries/people";
import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";

/** The numbered footnotes of a page: each source once, with the words it uses. */
export function SourceList({ sources, locale }: { sources: { number: number; source: CitedSource }[]; locale: Locale }) {
  const m = getMessages(locale).browse;
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-8">
      <h2 id="sources-heading" className="section-title">
        {m.sources}
      </h2>
      <ol className="space-y-2 text-sm">
        {sources.map(({ number, source }) => (
          <li key={number} id={`source-${number}`} className="flex gap-2">
            <span className="font-semibold">[{number}]</span>
            <span>
              {source.url ? <a href={source.url}>{source.title}</a> : <cite className="not-italic">{source.title}</cite>}
              {" · "}
              {source.publisher ?? m.unknownPublisher}
              {source.publishedDate ? ` · ${formatPartialDate(source.publishedDate, locale)}` : null}
              {source.quote ? (
                <span className="block text-stone-600">
                  {m.quoted} <q lang="vi">{source.quote}</q>
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Numbers the distinct sources of a page in order of first citation. */
export function numberSources(sources: CitedSource[]) {
  const numbers = new Map<number, number>();
  const list: { number: number; source: CitedSource }[] = [];
  const byMembership = new Map<number, number[]>();
  for (const source of sources) {
    if (!numbers.has(source.sourceId)) {
      numbers.set(source.sourceId, numbers.size + 1);
      list.push({ number: numbers.size, source });
    }
    const cited = byMembership.get(source.membershipId) ?? [];
    cited.push(numbers.get(source.sourceId)!);
    byMembership.set(source.membershipId, cited);
  }
  return { list, byMembership };
}
