import type { CoverageSummaryRow } from "@/db/queries/quality";
import { getMessages, type Locale } from "@/lib/i18n";
import { keyPostLabel } from "./key-post-label";
import { Section } from "./section";

/** The home page's table: of today's provincial committees, how many have each key post known and recently confirmed. */
export function CoverageSummary({ rows, locale }: { rows: CoverageSummaryRow[]; locale: Locale }) {
  const m = getMessages(locale).quality;
  if (rows.length === 0 || rows[0].committees === 0) return null;
  return (
    <Section id="coverage" title={m.summaryTitle}>
      <p className="mb-3 max-w-3xl text-sm text-stone-700">{m.summaryIntro(rows[0].committees)}</p>
      <table className="adm-table max-w-2xl" data-testid="coverage-summary">
        <thead>
          <tr>
            <th scope="col">{m.summaryPost}</th>
            <th scope="col">{m.summaryKnown}</th>
            <th scope="col">{m.summaryConfirmed}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.post.key}>
              <th scope="row">{keyPostLabel(row.post.key, m)}</th>
              <td>{m.summaryCell(row.known, row.committees)}</td>
              <td>{m.summaryCell(row.confirmed, row.committees)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
