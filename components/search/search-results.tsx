import type { ReactNode } from "react";
import { kindLabel, levelLabel } from "@/components/labels";
import type { SearchHit } from "@/db/queries/search";
import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";
import type { Term } from "@/lib/search/query";
import { Highlighted } from "./highlighted";

function PersonResult({ hit, terms, locale }: { hit: SearchHit; terms: readonly Term[]; locale: Locale }) {
  const m = getMessages(locale).search;
  return (
    <li className="py-3">
      <a href={hit.url} className="text-lg font-semibold">
        <Highlighted text={hit.name} terms={terms} />
      </a>
      {hit.roles.length ? (
        <ul className="mt-1 space-y-0.5 text-sm text-stone-700">
          {hit.roles.map((role) => (
            <li key={role}>
              <Highlighted text={role} terms={terms} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-stone-600">{m.noCurrentRole}</p>
      )}
    </li>
  );
}

function OrganizationResult({ hit, terms, locale }: { hit: SearchHit; terms: readonly Term[]; locale: Locale }) {
  const browse = getMessages(locale).browse;
  const details = [
    hit.organizationKind && kindLabel(hit.organizationKind, browse),
    hit.level && levelLabel(hit.level, browse),
    hit.validUntil && getMessages(locale).history.validUntil(formatPartialDate(hit.validUntil, locale)),
  ];
  return (
    <li className="py-3">
      <a href={hit.url} className="text-lg font-semibold">
        <Highlighted text={hit.name} terms={terms} />
      </a>
      <p className="mt-1 text-sm text-stone-600">{details.filter(Boolean).join(" · ")}</p>
    </li>
  );
}

function ResultGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <ol className="divide-y divide-stone-200">{children}</ol>
    </section>
  );
}

/** One page of results, people and organisations in their own groups, each in rank order. */
export function SearchResults({ hits, terms, locale }: { hits: SearchHit[]; terms: readonly Term[]; locale: Locale }) {
  const m = getMessages(locale).search;
  const people = hits.filter((hit) => hit.type === "person");
  const organizations = hits.filter((hit) => hit.type === "organization");
  return (
    <div className="space-y-6">
      {people.length ? (
        <ResultGroup id="results-people" title={m.people}>
          {people.map((hit) => (
            <PersonResult key={hit.url} hit={hit} terms={terms} locale={locale} />
          ))}
        </ResultGroup>
      ) : null}
      {organizations.length ? (
        <ResultGroup id="results-organizations" title={m.organizations}>
          {organizations.map((hit) => (
            <OrganizationResult key={hit.url} hit={hit} terms={terms} locale={locale} />
          ))}
        </ResultGroup>
      ) : null}
    </div>
  );
}
