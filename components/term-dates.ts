import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";

export interface TermDates {
  startDate: string | null;
  endDate?: string | null;
  endReason?: string | null;
  attestedDate: string | null;
}

/** "since 03/2021", "attested on 22/01/2026 · start not known", "since 2015 · until 2020". */
export function termDates(term: TermDates, locale: Locale): string {
  const m = getMessages(locale).browse;
  const parts: string[] = [];
  if (term.startDate) parts.push(m.since(formatPartialDate(term.startDate, locale)));
  else if (term.attestedDate) parts.push(m.attestedOn(formatPartialDate(term.attestedDate, locale)), m.startUnknown);
  if (term.endDate) parts.push(m.until(formatPartialDate(term.endDate, locale)));
  const text = parts.join(" · ");
  return term.endReason ? `${text} ${m.endReason(term.endReason)}` : text;
}
