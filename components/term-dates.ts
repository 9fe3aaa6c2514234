import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";

export interface TermDates {
  startDate: string | null;
  endDate?: string | null;
  endReason?: string | null;
  attestedDate: string | null;
}

/**
 * A term's dates, in words for readers ("since 03/2021 · until 2024", "attested on
 * 22/01/2026 · start not known") or as a compact span for editors' lists
 * ("03/2026 – current", "… 22/01/2026 – 30/06/2026": an ellipsis where only an
 * attestation is known).
 */
export function termDates(term: TermDates, locale: Locale, style: "words" | "span" = "words"): string {
  const m = getMessages(locale).browse;
  const date = (value: string) => formatPartialDate(value, locale);
  if (style === "span") {
    const from = term.startDate ? date(term.startDate) : term.attestedDate ? `… ${date(term.attestedDate)}` : "…";
    return `${from} – ${term.endDate ? date(term.endDate) : m.termOpen}`;
  }
  const parts: string[] = [];
  if (term.startDate) parts.push(m.since(date(term.startDate)));
  else if (term.attestedDate) parts.push(m.attestedOn(date(term.attestedDate)), m.startUnknown);
  if (term.endDate) parts.push(m.until(date(term.endDate)));
  const text = parts.join(" · ");
  return term.endReason ? `${text} ${m.endReason(term.endReason)}` : text;
}
