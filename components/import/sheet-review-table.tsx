"use client";

/**
 * The review of a spreadsheet: the problems the file has, named by row and
 * column, then its rows in the review's groups (new terms, terms already known,
 * conflicts, unresolved titles), the rows that change nothing folded away.
 * Each row shows what the file says (its row number, dates and source) and
 * what will be written; the editor ticks rows, picks the person where a
 * namesake is on record, a post where none was found, and whether to end a
 * clashing term. Everything else is changed in the file, which is the record
 * of what was asked. Controls are named `field.row`, the names the server's
 * errors come back under.
 */
import { useAdminForm } from "@/components/admin/action-form";
import { errorMessage } from "@/components/admin/labels";
import type { SheetReview, SheetReviewRow } from "@/db/import/sheet-review";
import { formatPartialDate } from "@/lib/dates";
import { importMessages } from "@/lib/i18n/messages/import";
import { spreadsheet } from "@/lib/i18n/messages/spreadsheet";
import type { Locale } from "@/lib/i18n/locales";
import { rowField } from "@/lib/import/input";
import { rowWrites } from "@/lib/import/sheet";
import { organizationLabel, proposedChain } from "@/lib/import/review";
import { SHEET_COLUMNS } from "@/lib/spreadsheet/columns";
import type { SheetFile } from "./sheet-state";
import { ReviewSection } from "./steps";

/** Problems listed before the rest are summed up: a file with thousands of broken rows is fixed in bulk anyway. */
const ERRORS_LISTED = 200;

type Group = "new" | "known" | "conflict" | "unresolved";
const GROUPS: Group[] = ["new", "known", "conflict", "unresolved"];

function useText(locale: Locale) {
  const { state, m } = useAdminForm();
  const mi = importMessages[locale];
  const ms = spreadsheet[locale];
  const error = (key: string) => {
    for (const messages of [ms, mi] as unknown as Record<string, unknown>[]) {
      const own = messages[`errors_${key}`];
      if (typeof own === "string") return own;
    }
    return errorMessage(m, key);
  };
  return { state, mi, ms, error };
}

export function SheetReviewTable({ review, file, locale }: { review: SheetReview; file: SheetFile; locale: Locale }) {
  const { state, mi, ms, error } = useText(locale);
  const formErrors = [...(state.fieldErrors?.rows ?? []), ...(state.fieldErrors?.file ?? [])];
  const unchanged = review.rows.filter((row) => !rowWrites(row));
  return (
    <div className="space-y-6">
      {formErrors.length > 0 ? (
        <p role="alert" className="adm-field-error">
          {formErrors.map(error).join(" ")}
        </p>
      ) : null}
      {file.errors.length > 0 ? (
        <section aria-labelledby="sheet-errors" data-section="errors" className="adm-notice adm-notice-warn">
          <h3 id="sheet-errors" className="text-lg font-semibold">
            {ms.fileErrors(file.errors.length)}
          </h3>
          <p className="mb-2 text-sm">{ms.fileErrorsHint}</p>
          <ul className="ml-4 list-disc space-y-0.5 text-sm">
            {file.errors.slice(0, ERRORS_LISTED).map((problem) => (
              <li key={`${problem.line}-${problem.column}-${problem.code}`}>
                {ms.rowError(
                  problem.line ?? 0,
                  problem.header ?? (problem.column ? SHEET_COLUMNS[problem.column][locale] : null),
                  error(problem.code),
                )}
              </li>
            ))}
          </ul>
          {file.errors.length > ERRORS_LISTED ? <p className="text-sm">{ms.moreErrors(file.errors.length - ERRORS_LISTED)}</p> : null}
        </section>
      ) : null}
      {GROUPS.map((group) => {
        const rows = review.rows.filter((row) => row.status === group && rowWrites(row));
        const headingId = `sheet-section-${group}`;
        const title = { new: mi.sectionNew, known: mi.sectionKnown, conflict: mi.sectionConflict, unresolved: mi.sectionUnresolved }[group];
        const hint = { new: ms.hintNew, known: ms.hintKnown, conflict: mi.sectionConflictHint, unresolved: mi.sectionUnresolvedHint }[
          group
        ];
        return (
          <ReviewSection
            key={group}
            id={headingId}
            group={group}
            title={title}
            hint={hint}
            count={rows.length}
            columns={[mi.columnAccept, ms.columnLine, mi.columnPerson, ms.columnPost, ms.columnDates, ms.columnSource, mi.columnNotes]}
            locale={locale}
          >
            {rows.map((row) => (
              <Row key={row.key} row={row} review={review} locale={locale} />
            ))}
          </ReviewSection>
        );
      })}
      {unchanged.length > 0 ? (
        <details data-section="unchanged">
          <summary className="cursor-pointer font-semibold">{ms.unchanged(unchanged.length)}</summary>
          <ul className="mt-2 ml-4 list-disc text-sm">
            {unchanged.map((row) => (
              <li key={row.key}>
                {ms.columnLine} {row.sheet.line}: {row.name} · {row.post ? postLabel(row, locale) : row.titles[0]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function postLabel(row: SheetReviewRow, locale: Locale): string {
  const post = row.post!;
  const where = organizationLabel(post.organization);
  return post.id !== null ? `${post.title} · ${where}` : importMessages[locale].proposedPost(post.title, where);
}

function Row({ row, review, locale }: { row: SheetReviewRow; review: SheetReview; locale: Locale }) {
  const { state, mi, ms, error } = useText(locale);
  const name = (field: string) => rowField(field, row.key);
  const restored = (field: string, initial: string) => (state.values ? (state.values[name(field)] ?? initial) : initial);
  const rowErrors = state.fieldErrors?.[name("row")] ?? [];
  const errorId = `sheet-row-${row.key}-error`;
  const checked = state.values ? state.values[name("accept")] === "on" : row.accept;
  const { sheet } = row;
  const date = (value: string) => formatPartialDate(value, locale);
  const creates = proposedChain(row.post?.organization ?? null).map((organization) => organization.name);
  return (
    <tr data-row={row.key} data-testid={`sheet-row-${row.key}`}>
      <td>
        <input
          type="checkbox"
          name={name("accept")}
          defaultChecked={checked && row.inScope}
          disabled={!row.inScope}
          aria-label={mi.acceptRow(row.name, row.titles[0])}
          aria-describedby={rowErrors.length > 0 ? errorId : undefined}
          className="mt-1 h-5 w-5"
        />
      </td>
      <td className="tabular-nums">{sheet.line}</td>
      <td className="min-w-48 space-y-1">
        <p className="font-semibold">{row.name}</p>
        {row.person.candidates.length > 0 ? (
          <>
            <select
              name={name("person")}
              defaultValue={restored("person", row.person.id ? String(row.person.id) : "new")}
              aria-label={mi.personFor(row.name)}
              className="adm-input"
            >
              {row.person.candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {mi.existingPerson(candidate.fullName, candidate.roles)}
                </option>
              ))}
              <option value="new">{mi.newPerson}</option>
            </select>
            <input type="hidden" name={name("seen")} value={row.person.candidates.map((candidate) => candidate.id).join(",")} />
          </>
        ) : (
          <input type="hidden" name={name("person")} value="new" />
        )}
        <input type="hidden" name={name("personName")} value={row.name} />
        {row.person.confidence === "low" ? <p className="adm-badge adm-badge-warn">{mi.confidenceLow}</p> : null}
        {row.person.confidence === "new" ? <p className="adm-badge">{mi.confidenceNew}</p> : null}
      </td>
      <td className="min-w-56 space-y-1">
        <p className="text-stone-800">“{row.titles[0]}”</p>
        {row.post ? (
          <>
            <p>→ {postLabel(row, locale)}</p>
            <input type="hidden" name={name("post")} value={row.post.id !== null ? String(row.post.id) : "proposed"} />
            {creates.length > 0 ? <p className="text-sm text-amber-900">{mi.willCreate(creates.join("; "))}</p> : null}
          </>
        ) : (
          <select name={name("post")} defaultValue={restored("post", "")} aria-label={mi.postFor(row.titles[0])} className="adm-input">
            <option value="">{mi.choosePost}</option>
            {review.postOptions.map((group) => (
              <optgroup key={group.organization} label={group.organization}>
                {group.posts.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </td>
      <td className="min-w-36 text-sm">
        {sheet.start ? <p>{ms.dateStart(date(sheet.start))}</p> : null}
        {sheet.attested ? <p>{ms.dateAttested(date(sheet.attested))}</p> : null}
        {sheet.end ? <p>{ms.dateEnd(date(sheet.end))}</p> : null}
      </td>
      <td className="min-w-48 text-sm">
        {sheet.source.url ? (
          <a href={sheet.source.url} rel="noopener noreferrer nofollow" target="_blank">
            {sheet.source.title}
          </a>
        ) : (
          sheet.source.title
        )}
        {sheet.source.date ? <span className="text-stone-600"> · {date(sheet.source.date)}</span> : null}
      </td>
      <td className="min-w-48 space-y-1 text-sm">
        {!row.inScope ? <p className="adm-badge adm-badge-warn">{mi.outOfScope}</p> : null}
        {row.status === "known" ? <p>{ms.knownTerm}</p> : null}
        {row.status === "known" && sheet.adds.start && sheet.start ? (
          <p className="font-semibold">{ms.addsStart(date(sheet.start))}</p>
        ) : null}
        {row.status === "known" && sheet.adds.end && sheet.end ? <p className="font-semibold">{ms.addsEnd(date(sheet.end))}</p> : null}
        {row.status === "known" && sheet.adds.source ? <p>{ms.addsSource}</p> : null}
        {sheet.recorded.start ? <p className="text-amber-900">{ms.recordedStart(date(sheet.recorded.start))}</p> : null}
        {sheet.recorded.attested ? <p className="text-amber-900">{ms.startAfterAttested(date(sheet.recorded.attested))}</p> : null}
        {sheet.recorded.end ? <p className="text-amber-900">{ms.recordedEnd(date(sheet.recorded.end))}</p> : null}
        {row.status === "unresolved" && row.reason ? <p>{mi[`reason_${row.reason}`]}</p> : null}
        {row.status === "conflict" ? <Conflicts row={row} locale={locale} /> : null}
        {rowErrors.length > 0 ? (
          <p id={errorId} role="alert" className="adm-field-error">
            {rowErrors.map(error).join(" ")}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

function Conflicts({ row, locale }: { row: SheetReviewRow; locale: Locale }) {
  const { state, mi } = useText(locale);
  const end = rowField("endConflicting", row.key);
  const from = row.sheet.start ?? row.sheet.attested!;
  return (
    <>
      <ul>
        {row.conflicts.map((conflict) => (
          <li key={conflict.membershipId}>
            {mi.conflictWith(conflict.personName, conflict.from ? formatPartialDate(conflict.from, locale) : "…")}
          </li>
        ))}
      </ul>
      {row.conflicts.every((conflict) => conflict.endable) ? (
        <label className="flex items-start gap-2 font-semibold">
          <input type="checkbox" name={end} defaultChecked={state.values?.[end] === "on"} className="mt-1" />
          {mi.endConflicting(formatPartialDate(from, locale))}
        </label>
      ) : (
        <p>{mi.notEndable}</p>
      )}
    </>
  );
}
