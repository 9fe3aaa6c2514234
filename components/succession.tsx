import type { Succession as SuccessionData, SuccessionLink } from "@/db/queries/history";
import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";
import { organizationName } from "@/lib/titles";
import { organizationNameLang } from "./labels";
import { organizationHref } from "./links";

/**
 * What a committee became (it ceased) or came from (it was formed from others),
 * each link with its date and the source that states it. Nothing for a body with
 * neither. A ceased body's own page shows its holders on its last day.
 */
export function Succession({
  succession,
  locale,
  validFrom,
  validUntil,
  at,
}: {
  succession: SuccessionData;
  locale: Locale;
  validFrom: string | null;
  validUntil: string | null;
  at: string;
}) {
  const m = getMessages(locale).history;
  const date = (value: string) => formatPartialDate(value, locale);
  const ceased = validUntil !== null && validUntil < at;
  const notYet = validFrom !== null && validFrom > at;
  if (!ceased && !notYet && !succession.successor && succession.predecessors.length === 0) return null;
  return (
    <section className="succession mt-4 space-y-2" aria-label={succession.successor ? m.becamePartOf : m.formedFrom}>
      {ceased ? (
        <p className="historical-note" role="note">
          {m.ceasedNote(date(validUntil))}
        </p>
      ) : null}
      {notYet ? (
        <p className="historical-note" role="note">
          {m.notYetNote(date(validFrom))}
        </p>
      ) : null}
      {succession.successor ? (
        <p>
          <span className="font-medium">{m.becamePartOf}:</span> <LinkWithSource link={succession.successor} locale={locale} />
        </p>
      ) : null}
      {succession.predecessors.length > 0 ? (
        <div>
          <span className="font-medium">{m.formedFrom}:</span>
          <ul className="mt-1 list-disc pl-6">
            {succession.predecessors.map((link) => (
              <li key={link.slug}>
                <LinkWithSource link={link} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function LinkWithSource({ link, locale }: { link: SuccessionLink; locale: Locale }) {
  const m = getMessages(locale).history;
  return (
    <>
      <a href={organizationHref(locale, link.slug)} lang={organizationNameLang(link, locale)} className="underline">
        {organizationName(link, locale)}
      </a>{" "}
      <span className="text-sm text-stone-600">
        (
        {link.validUntil
          ? m.validUntil(formatPartialDate(link.validUntil, locale))
          : m.fromDate(formatPartialDate(link.effectiveDate, locale))}{" "}
        · {m.successionSource}:{" "}
        {link.source.url ? (
          <a href={link.source.url} lang="vi" className="underline">
            {link.source.publisher ?? link.source.title}
          </a>
        ) : (
          <span lang="vi">{link.source.publisher ?? link.source.title}</span>
        )}
        {": "}
        <q lang="vi">{link.quote}</q>)
      </span>
    </>
  );
}
