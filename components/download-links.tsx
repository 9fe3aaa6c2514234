/**
 * "Download: CSV · XLSX": links to one download in several formats, each link
 * named in full for screen readers ("Download the members (CSV)"). Hidden when
 * printing, like the page's other controls.
 */
import { getMessages, type Locale } from "@/lib/i18n";

export function DownloadLinks({
  locale,
  formats,
  href,
  describe,
  testId,
}: {
  locale: Locale;
  formats: readonly string[];
  /** The address of the download in a format. */
  href: (format: string) => string;
  /** The link's full name for a format. */
  describe: (format: string) => string;
  testId?: string;
}) {
  const m = getMessages(locale).spreadsheet;
  return (
    <p className="no-print text-sm" data-testid={testId}>
      <span className="text-stone-600">{m.download}</span>{" "}
      {formats.map((format, i) => (
        <span key={format}>
          {i > 0 ? " · " : null}
          <a href={href(format)} download aria-label={describe(format.toUpperCase())}>
            {format.toUpperCase()}
          </a>
        </span>
      ))}
    </p>
  );
}
