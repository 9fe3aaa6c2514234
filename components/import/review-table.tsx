"use client";

/**
 * The review table: the rows found in the article in four groups (new terms,
 * terms already known, conflicts, unresolved titles), each row with a tick,
 * and its person, post and date editable. Controls are named `field.rowKey`,
 * the names the server's errors come back under, so each error shows beside
 * its control and every choice survives a refused commit.
 */
import { useState, type ReactNode } from "react";
import { useAdminForm } from "@/components/admin/action-form";
import { errorMessage } from "@/components/admin/labels";
import { SearchPicker } from "@/components/admin/search-picker";
import { formatPartialDate } from "@/lib/dates";
import { importMessages, type ImportMessages } from "@/lib/i18n/messages/import";
import type { Locale } from "@/lib/i18n/locales";
import { rowField } from "@/lib/import/input";
import { organizationLabel, proposedChain, type Review, type ReviewRow, type RowStatus } from "@/lib/import/review";
import { ReviewSection } from "./steps";

const SECTIONS: { status: RowStatus; title: keyof ImportMessages; hint: keyof ImportMessages }[] = [
  { status: "new", title: "sectionNew", hint: "sectionNewHint" },
  { status: "known", title: "sectionKnown", hint: "sectionKnownHint" },
  { status: "conflict", title: "sectionConflict", hint: "sectionConflictHint" },
  { status: "unresolved", title: "sectionUnresolved", hint: "sectionUnresolvedHint" },
];

/** The form's view of one control: its name, id, what to show in it, and its errors. */
function useCell(field: string, row: ReviewRow, initial: string) {
  const { state, m, formId, locale } = useAdminForm();
  const name = rowField(field, row.key);
  const mi = importMessages[locale];
  const errors = (state.fieldErrors?.[name] ?? []).map((key) => {
    const own = (mi as unknown as Record<string, unknown>)[`errors_${key}`];
    return typeof own === "string" ? own : errorMessage(m, key);
  });
  // After a refused commit the form shows what was sent; before, what the review proposes.
  const value = state.values ? (state.values[name] ?? "") : initial;
  const id = `${formId}-${name}`;
  return { name, id, value, errors, errorId: `${id}-error`, invalid: errors.length > 0 || undefined };
}

function CellErrors({ cell }: { cell: ReturnType<typeof useCell> }) {
  if (cell.errors.length === 0) return null;
  return (
    <p id={cell.errorId} role="alert" className="adm-field-error">
      {cell.errors.join(" ")}
    </p>
  );
}

function describedBy(...cells: ReturnType<typeof useCell>[]) {
  return (
    cells
      .filter((cell) => cell.invalid)
      .map((cell) => cell.errorId)
      .join(" ") || undefined
  );
}

/** What an input or select of a cell carries: its name and value, a label (the table's columns name it only visually) and its errors. */
function controlOf(cell: ReturnType<typeof useCell>, label: string) {
  return {
    id: cell.id,
    name: cell.name,
    defaultValue: cell.value,
    "aria-label": label,
    "aria-invalid": cell.invalid,
    "aria-describedby": describedBy(cell),
    className: "adm-input",
  };
}

export function ReviewTable({ review, locale }: { review: Review; locale: Locale }) {
  const mi = importMessages[locale];
  const { state } = useAdminForm();
  const formErrors = state.fieldErrors?.rows ?? [];
  return (
    <div className="space-y-6">
      {formErrors.length > 0 ? (
        <p role="alert" className="adm-field-error">
          {formErrors.map((key) => (mi as unknown as Record<string, string>)[`errors_${key}`] ?? key).join(" ")}
        </p>
      ) : null}
      {SECTIONS.map(({ status, title, hint }) => {
        const rows = review.rows.filter((row) => row.status === status);
        const headingId = `import-section-${status}`;
        return (
          <ReviewSection
            key={status}
            id={headingId}
            group={status}
            title={mi[title] as string}
            hint={mi[hint] as string}
            count={rows.length}
            columns={[mi.columnAccept, mi.columnPerson, mi.columnTitle, mi.columnDate, mi.columnNotes]}
            locale={locale}
          >
            {rows.map((row) => (
              <Row key={row.key} row={row} review={review} locale={locale} />
            ))}
          </ReviewSection>
        );
      })}
    </div>
  );
}

function Row({ row, review, locale }: { row: ReviewRow; review: Review; locale: Locale }) {
  const mi = importMessages[locale];
  const { state } = useAdminForm();
  const accept = rowField("accept", row.key);
  const checked = state.values ? state.values[accept] === "on" : row.accept;
  const rowCell = useCell("row", row, "");
  return (
    <tr data-row={row.key} data-testid={`import-row-${row.key}`}>
      <td>
        <input
          type="checkbox"
          name={accept}
          defaultChecked={checked && row.inScope}
          disabled={!row.inScope}
          aria-label={mi.acceptRow(row.name, row.titles[0])}
          aria-describedby={describedBy(rowCell)}
          className="mt-1 h-5 w-5"
        />
      </td>
      <td>
        <PersonCell row={row} locale={locale} />
      </td>
      <td>
        <PostCell row={row} review={review} locale={locale} />
      </td>
      <td>
        <DateCell row={row} locale={locale} />
      </td>
      <td className="min-w-48 space-y-1">
        <Notes row={row} locale={locale} />
        <CellErrors cell={rowCell} />
      </td>
    </tr>
  );
}

function PersonCell({ row, locale }: { row: ReviewRow; locale: Locale }) {
  const mi = importMessages[locale];
  const person = useCell("person", row, row.person.id ? String(row.person.id) : "new");
  const name = useCell("personName", row, row.person.fullName);
  const { candidates } = row.person;
  // The new person's name matters only when "new" is chosen.
  const [choice, setChoice] = useState(person.value);
  return (
    <div className="min-w-52 space-y-1">
      <p className="font-semibold">{row.name}</p>
      {candidates.length > 0 ? (
        <>
          <select {...controlOf(person, mi.personFor(row.name))} onChange={(event) => setChoice(event.target.value)}>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {mi.existingPerson(candidate.fullName, candidate.roles)}
              </option>
            ))}
            <option value="new">{mi.newPerson}</option>
          </select>
          <input type="hidden" name={rowField("seen", row.key)} value={candidates.map((candidate) => candidate.id).join(",")} />
        </>
      ) : (
        <input type="hidden" name={person.name} value="new" />
      )}
      <CellErrors cell={person} />
      <SearchPicker name={rowField("personPick", row.key)} kind="person" label={mi.otherPerson} />
      {choice === "new" ? (
        <>
          <input {...controlOf(name, mi.newPersonName(row.name))} />
          <CellErrors cell={name} />
        </>
      ) : null}
      {row.person.confidence === "low" ? <p className="adm-badge adm-badge-warn">{mi.confidenceLow}</p> : null}
      {row.person.confidence === "new" ? <p className="adm-badge">{mi.confidenceNew}</p> : null}
    </div>
  );
}

function PostCell({ row, review, locale }: { row: ReviewRow; review: Review; locale: Locale }) {
  const mi = importMessages[locale];
  const found = row.post;
  const proposedValue = found ? (found.id !== null ? String(found.id) : "proposed") : "";
  const post = useCell("post", row, proposedValue);
  const creates = proposedChain(found?.organization ?? null).map((organization) => organization.name);
  // A row found in an organisation offers that one's posts and the context's (any other is a search away);
  // an unresolved row offers all, so a long report's table stays small.
  const near = found ? [organizationLabel(found.organization), review.context.name] : null;
  const groups = near ? review.postOptions.filter((group) => near.includes(group.organization)) : review.postOptions;
  return (
    <div className="min-w-64 space-y-1">
      <ul className="text-stone-800">
        {row.titles.map((title) => (
          <li key={title}>“{title}”</li>
        ))}
      </ul>
      <select {...controlOf(post, mi.postFor(row.titles[0]))}>
        {found ? (
          <option value={proposedValue}>
            {found.id !== null
              ? `${found.title} ${organizationLabel(found.organization)}`
              : mi.proposedPost(found.title, organizationLabel(found.organization))}
          </option>
        ) : (
          <option value="">{mi.choosePost}</option>
        )}
        {groups.map((group) => (
          <optgroup key={group.organization} label={group.organization}>
            {group.posts
              .filter((option) => option.id !== found?.id)
              .map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <CellErrors cell={post} />
      <SearchPicker name={rowField("postPick", row.key)} kind="post" label={mi.otherPost} />
      {creates.length > 0 ? <p className="text-sm text-amber-900">{mi.willCreate(creates.join("; "))}</p> : null}
      <p className="text-xs text-stone-600">
        {mi.quoted} <q lang="vi">{row.quote}</q>
      </p>
    </div>
  );
}

function DateCell({ row, locale }: { row: ReviewRow; locale: Locale }) {
  const mi = importMessages[locale];
  // Shown the way editors type dates (22/01/2026); the server reads that and ISO alike.
  const date = useCell("date", row, formatPartialDate(row.date, "vi"));
  const kind = useCell("dateKind", row, row.dateKind);
  return (
    <div className="min-w-40 space-y-1">
      <input {...controlOf(date, mi.dateFor(row.name))} inputMode="numeric" />
      <CellErrors cell={date} />
      <select {...controlOf(kind, mi.dateKindFor(row.name))}>
        <option value="attested">{mi.dateAttested}</option>
        <option value="start">{mi.dateStart}</option>
        <option value="end">{mi.dateEnd}</option>
      </select>
      <CellErrors cell={kind} />
    </div>
  );
}

function Notes({ row, locale }: { row: ReviewRow; locale: Locale }) {
  const mi = importMessages[locale];
  const { state } = useAdminForm();
  const end = rowField("endConflicting", row.key);
  // What the row proposes, told apart in words and not by colour alone.
  const notes: ReactNode[] = [
    <p key="change" className={`adm-badge adm-badge-${row.dateKind}`} data-change={row.dateKind}>
      {mi[`change_${row.dateKind}`]}
    </p>,
  ];
  if (!row.inScope)
    notes.push(
      <p key="scope" className="adm-badge adm-badge-warn">
        {mi.outOfScope}
      </p>,
    );
  if (row.status === "known") notes.push(<p key="known">{row.dateKind === "end" ? mi.endsKnownTerm : mi.knownTerm}</p>);
  if (row.status === "unresolved" && row.reason) notes.push(<p key="reason">{mi[`reason_${row.reason}`]}</p>);
  if (row.inferred)
    notes.push(
      <p key="inferred" className="text-sm text-amber-900">
        {mi.inferred}
      </p>,
    );
  if (row.status === "conflict") {
    const date = formatPartialDate(row.date, locale);
    notes.push(
      <ul key="conflicts" className="text-sm">
        {row.conflicts.map((conflict) => (
          <li key={conflict.membershipId}>
            {mi.conflictWith(conflict.personName, conflict.from ? formatPartialDate(conflict.from, locale) : "…")}
          </li>
        ))}
      </ul>,
    );
    notes.push(
      row.conflicts.every((conflict) => conflict.endable) ? (
        <label key="end" className="flex items-start gap-2 text-sm font-semibold">
          <input type="checkbox" name={end} defaultChecked={state.values?.[end] === "on"} className="mt-1" />
          {mi.endConflicting(date)}
        </label>
      ) : (
        <p key="end" className="text-sm">
          {mi.notEndable}
        </p>
      ),
    );
  }
  return <>{notes}</>;
}
