import { formatPartialDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { AdminMessages } from "@/lib/i18n/messages/admin";

/** "03/2026 – đang giữ", "… 22/01/2026 – 30/06/2026" (an ellipsis where only an attestation is known). */
export function termSpan(
  m: AdminMessages,
  locale: Locale,
  term: { startDate: string | null; attestedDate: string | null; endDate: string | null },
): string {
  const from = term.startDate
    ? formatPartialDate(term.startDate, locale)
    : term.attestedDate
      ? `… ${formatPartialDate(term.attestedDate, locale)}`
      : "…";
  return `${from} – ${term.endDate ? formatPartialDate(term.endDate, locale) : m.termOpen}`;
}
