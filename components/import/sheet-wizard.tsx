"use client";

/**
 * The spreadsheet import's two forms: the file with its organisation (and a
 * common source for rows that name none), then the review of its rows. Both
 * are admin forms; this component carries the review from the first to the
 * second and shows the outcome once committed, like the article's wizard.
 */
import { useCallback, useState } from "react";
import { ActionForm, useAdminForm } from "@/components/admin/action-form";
import { FieldGroup, TextField } from "@/components/admin/fields";
import { SearchPicker } from "@/components/admin/search-picker";
import { admin } from "@/lib/i18n/messages/admin";
import { spreadsheet } from "@/lib/i18n/messages/spreadsheet";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { MAX_SHEET_BYTES } from "@/lib/import/sheet";
import { SHEET_COLUMNS } from "@/lib/spreadsheet/columns";
import { SheetReviewTable } from "./sheet-review-table";
import { OutcomePanel, Report, ReviewForm, ReviewStep, UploadField } from "./steps";
import type { SheetAction, SheetState } from "./sheet-state";

/** Profiles linked after a commit; a file of thousands of rows links the first of them. */
const PEOPLE_LISTED = 50;

interface Reviewed {
  state: Required<Pick<SheetState, "review" | "file" | "request">>;
  /** Counts readings, so that a new one starts the review form afresh. */
  run: number;
}

export function SheetWizard({
  locale,
  organization,
  read,
  commit,
}: {
  locale: Locale;
  /** The organisation the page was opened for (from its members page), chosen already. */
  organization: { id: number; label: string } | null;
  read: SheetAction;
  commit: SheetAction;
}) {
  const ms = spreadsheet[locale];
  const ma = admin[locale];
  const [reviewed, setReviewed] = useState<Reviewed | null>(null);
  const [outcome, setOutcome] = useState<SheetState["outcome"] | null>(null);
  const [readSummary, setReadSummary] = useState("");

  const onRead = useCallback(
    (state: SheetState) => {
      const { review, file, request } = state;
      if (!review || !file || !request) return;
      setReviewed((current) => ({ state: { review, file, request }, run: (current?.run ?? 0) + 1 }));
      setReadSummary(ms.analysed(file.rows, file.errors.length));
      setOutcome(null);
    },
    [ms],
  );

  const onCommitted = useCallback((state: SheetState) => {
    if (state.outcome) {
      setOutcome(state.outcome);
      setReviewed(null);
    } else if (state.review) {
      // Refused: reviewed again; the table shows the database as it is now.
      const { review } = state;
      setReviewed((current) => current && { ...current, state: { ...current.state, review } });
    }
  }, []);

  return (
    <div className="space-y-8">
      <section aria-labelledby="sheet-step-file" className="max-w-3xl">
        <h2 id="sheet-step-file" className="section-title">
          {ms.stepFile}
        </h2>
        <p className="mb-3 text-stone-700">
          {ms.templateIntro}{" "}
          <a href={`/api/import/template?format=xlsx&lang=${locale}`} download className="underline">
            {ms.templateXlsx}
          </a>
          {" · "}
          <a href={`/api/import/template?format=csv&lang=${locale}`} download className="underline">
            {ms.templateCsv}
          </a>
        </p>
        <ActionForm
          action={read}
          locale={locale}
          submitLabel={ms.analyse}
          successMessage={readSummary}
          encType="multipart/form-data"
          testId="sheet-file-form"
        >
          <SearchPicker
            name="organizationId"
            kind="organization"
            label={ms.organization}
            hint={ms.organizationHint}
            required
            initial={organization}
          />
          <SheetFileField locale={locale} />
          <FieldGroup legend={ms.commonSource}>
            <TextField name="sourceTitle" label={ma.sourceTitle} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="sourceDate" label={ma.sourceDate} hint={ma.dateHint} />
              <TextField name="sourceUrl" label={ma.sourceUrl} type="url" />
            </div>
          </FieldGroup>
          <Report onState={onRead} />
        </ActionForm>
      </section>

      {reviewed ? (
        <ReviewStep id="sheet-step-review" title={ms.stepReview} run={reviewed.run}>
          <p className="mb-3 max-w-3xl text-stone-700">
            {ms.reviewIntro(reviewed.state.review.organization.name, reviewed.state.file.name)}
          </p>
          {reviewed.state.file.ignored.length > 0 ? (
            <p className="mb-3 text-sm text-stone-600">{ms.ignoredColumns(reviewed.state.file.ignored.join(", "))}</p>
          ) : null}
          <ReviewForm
            run={reviewed.run}
            action={commit}
            locale={locale}
            submitLabel={ms.commit}
            testId="sheet-review-form"
            request={reviewed.state.request}
            onCommitted={onCommitted}
          >
            <SheetReviewTable review={reviewed.state.review} file={reviewed.state.file} locale={locale} />
          </ReviewForm>
        </ReviewStep>
      ) : null}
      {outcome ? <Outcome locale={locale} outcome={outcome} /> : null}
    </div>
  );
}

/** The file, with the reading's own errors (the file's format, its header) in words, the missing columns named. */
function SheetFileField({ locale }: { locale: Locale }) {
  const ms = spreadsheet[locale];
  const { state } = useAdminForm();
  const missing = ((state as SheetState).missing ?? []).map((key) => `“${SHEET_COLUMNS[key][locale]}”`).join(", ");
  return (
    <UploadField
      label={ms.file}
      hint={ms.fileHint}
      accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      maxBytes={MAX_SHEET_BYTES}
      message={(key) => {
        if (key === "missing_columns") return ms.errors_missing_columns(missing);
        const own = (ms as unknown as Record<string, unknown>)[`errors_${key}`];
        return typeof own === "string" ? own : key;
      }}
    />
  );
}

function Outcome({ locale, outcome }: { locale: Locale; outcome: NonNullable<SheetState["outcome"]> }) {
  const ms = spreadsheet[locale];
  const { counts } = outcome;
  return (
    <OutcomePanel locale={locale} title={ms.committedTitle} testId="sheet-outcome" people={outcome.people.slice(0, PEOPLE_LISTED)}>
      <p>
        {ms.committedSummary(outcome.rows, counts.newTerms, counts.sourcedTerms, counts.startedTerms, counts.endedTerms, counts.people)}
      </p>
      <p>
        {ms.committedLinks} <a href={localePath(locale, `/organizations/${outcome.organization.slug}`)}>{ms.viewOrganization}</a>
        {" · "}
        <a href={localePath(locale, "/admin/audit")}>{ms.viewAudit}</a>
        {" · "}
        <a href={localePath(locale, "/admin/import/spreadsheet")}>{ms.importAnother}</a>
      </p>
      {outcome.people.length > PEOPLE_LISTED ? <p>{ms.morePeople(outcome.people.length - PEOPLE_LISTED)}</p> : null}
    </OutcomePanel>
  );
}
