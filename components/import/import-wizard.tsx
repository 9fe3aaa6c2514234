"use client";

/**
 * The import page's two forms: the article with its context and source, then
 * the review of what was found. Both are admin forms (errors beside fields,
 * input kept, refusals explained); this component carries the review from the
 * first to the second, and shows the outcome once committed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ActionForm, useAdminForm } from "@/components/admin/action-form";
import { FieldGroup, SelectField, TextArea, TextField } from "@/components/admin/fields";
import { SearchPicker } from "@/components/admin/search-picker";
import type { ContextChoice } from "@/db/import/context";
import { formatPartialDate } from "@/lib/dates";
import { admin } from "@/lib/i18n/messages/admin";
import { importMessages } from "@/lib/i18n/messages/import";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Review } from "@/lib/import/review";
import { ReviewTable } from "./review-table";
import type { FormState } from "@/components/admin/form-state";
import type { ImportAction, ImportState } from "./state";

interface Reviewed {
  review: Review;
  request: Record<string, string>;
  /** Counts analyses, so that a new one starts the review form afresh. */
  run: number;
}

export function ImportWizard({
  locale,
  contexts,
  defaultContextId,
  analyse,
  commit,
}: {
  locale: Locale;
  contexts: ContextChoice[];
  defaultContextId: number | null;
  analyse: ImportAction;
  commit: ImportAction;
}) {
  const mi = importMessages[locale];
  const ma = admin[locale];
  const [reviewed, setReviewed] = useState<Reviewed | null>(null);
  const [outcome, setOutcome] = useState<ImportState["outcome"] | null>(null);
  const [analysedRows, setAnalysedRows] = useState(0);

  const onAnalysed = useCallback((state: ImportState) => {
    if (!state.review || !state.request) return;
    const { review, request } = state;
    setReviewed((current) => ({ review, request, run: (current?.run ?? 0) + 1 }));
    setAnalysedRows(review.rows.length);
    setOutcome(null);
  }, []);

  const onCommitted = useCallback((state: ImportState) => {
    if (state.outcome) {
      setOutcome(state.outcome);
      setReviewed(null);
    } else if (state.review) {
      // Refused: the server analysed again; the table shows the database as it is now.
      const { review } = state;
      setReviewed((current) => current && { ...current, review });
    }
  }, []);

  return (
    <div className="space-y-8">
      <section aria-labelledby="import-step-article" className="max-w-3xl">
        <h2 id="import-step-article" className="section-title">
          {mi.stepArticle}
        </h2>
        <ActionForm
          action={analyse}
          locale={locale}
          submitLabel={mi.analyse}
          successMessage={mi.analysed(analysedRows)}
          testId="import-article-form"
        >
          <TextArea name="text" label={mi.text} hint={mi.textHint} rows={12} required />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              name="provinceId"
              label={mi.province}
              hint={mi.provinceHint}
              defaultValue={defaultContextId}
              required
              options={[
                { value: "", label: mi.chooseProvince },
                ...contexts.map((choice) => ({ value: String(choice.id), label: choice.name })),
              ]}
            />
            <SearchPicker name="committeeId" kind="organization" label={mi.committee} hint={mi.committeeHint} />
          </div>
          <FieldGroup legend={`${mi.source} *`}>
            <TextField name="sourceTitle" label={ma.sourceTitle} required />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="sourcePublisher" label={ma.sourcePublisher} />
              <TextField name="sourceDate" label={ma.sourceDate} hint={`${mi.sourceDateHint} ${ma.dateHint}`} required />
            </div>
            <TextField name="sourceUrl" label={ma.sourceUrl} type="url" />
          </FieldGroup>
          <Report onState={onAnalysed} />
        </ActionForm>
      </section>

      {reviewed ? <ReviewStep locale={locale} reviewed={reviewed} commit={commit} onCommitted={onCommitted} /> : null}
      {outcome ? <Outcome locale={locale} outcome={outcome} /> : null}
    </div>
  );
}

/**
 * Hands a form's outcome to the wizard once it is on screen. Run as an effect of
 * the form's own commit, so the wizard's change (and where it moves the focus)
 * comes after the form has shown its outcome.
 */
export function Report<S extends FormState = ImportState>({ onState }: { onState: (state: S) => void }) {
  const { state } = useAdminForm();
  useEffect(() => {
    if (state.submission > 0) onState(state as S);
  }, [state, onState]);
  return null;
}

function ReviewStep({
  locale,
  reviewed,
  commit,
  onCommitted,
}: {
  locale: Locale;
  reviewed: Reviewed;
  commit: ImportAction;
  onCommitted: (state: ImportState) => void;
}) {
  const mi = importMessages[locale];
  const heading = useRef<HTMLHeadingElement>(null);
  // A new analysis moves the reader to its result.
  useEffect(() => heading.current?.focus(), [reviewed.run]);
  const { review, request } = reviewed;
  return (
    <section aria-labelledby="import-step-review">
      <h2 id="import-step-review" ref={heading} tabIndex={-1} className="section-title outline-none">
        {mi.stepReview}
      </h2>
      <p className="mb-3 max-w-3xl text-stone-700">{mi.reviewIntro(review.context.name, formatPartialDate(review.date, locale))}</p>
      {review.rows.length === 0 ? (
        <p role="status" className="adm-notice adm-notice-warn max-w-3xl">
          {mi.nothingFound}
        </p>
      ) : (
        <ActionForm key={reviewed.run} action={commit} locale={locale} submitLabel={mi.commit} testId="import-review-form">
          {Object.entries(request).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <ReviewTable review={review} locale={locale} />
          <Report onState={onCommitted} />
        </ActionForm>
      )}
    </section>
  );
}

function Outcome({ locale, outcome }: { locale: Locale; outcome: NonNullable<ImportState["outcome"]> }) {
  const mi = importMessages[locale];
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), [outcome]);
  const { counts } = outcome;
  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="status"
      className="adm-notice adm-notice-ok max-w-3xl space-y-2 outline-none"
      data-testid="import-outcome"
    >
      <p className="font-semibold">{mi.committedTitle}</p>
      <p>{mi.committedSummary(counts.newTerms, counts.sourcedTerms, counts.endedTerms, counts.people, counts.organizations)}</p>
      {outcome.people.length > 0 ? (
        <div>
          <p>{mi.committedPeople}</p>
          <ul className="ml-4 list-disc">
            {outcome.people.map((person) => (
              <li key={person.id}>
                <a href={localePath(locale, `/people/${person.slug}`)}>{person.fullName}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href={localePath(locale, "/admin/import")}>{mi.importAnother}</a>
      </p>
    </div>
  );
}
