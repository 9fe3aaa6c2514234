"use client";

/**
 * The import page's two forms: the article with its context and source, then
 * the review of what was found. Both are admin forms (errors beside fields,
 * input kept, refusals explained); this component carries the review from the
 * first to the second, and shows the outcome once committed.
 */
import { useCallback, useState } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { FieldGroup, SelectField, TextArea, TextField } from "@/components/admin/fields";
import { SearchPicker } from "@/components/admin/search-picker";
import type { ContextChoice } from "@/db/import/context";
import { formatPartialDate } from "@/lib/dates";
import { admin } from "@/lib/i18n/messages/admin";
import { importMessages } from "@/lib/i18n/messages/import";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Review } from "@/lib/import/review";
import { ReviewTable } from "./review-table";
import { OutcomePanel, Report, ReviewForm, ReviewStep } from "./steps";
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

      {reviewed ? <Review locale={locale} reviewed={reviewed} commit={commit} onCommitted={onCommitted} /> : null}
      {outcome ? <Outcome locale={locale} outcome={outcome} /> : null}
    </div>
  );
}

function Review({
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
  const { review, request } = reviewed;
  return (
    <ReviewStep id="import-step-review" title={mi.stepReview} run={reviewed.run}>
      <p className="mb-3 max-w-3xl text-stone-700">{mi.reviewIntro(review.context.name, formatPartialDate(review.date, locale))}</p>
      {review.rows.length === 0 ? (
        <p role="status" className="adm-notice adm-notice-warn max-w-3xl">
          {mi.nothingFound}
        </p>
      ) : (
        <ReviewForm
          run={reviewed.run}
          action={commit}
          locale={locale}
          submitLabel={mi.commit}
          testId="import-review-form"
          request={request}
          onCommitted={onCommitted}
        >
          <ReviewTable review={review} locale={locale} />
        </ReviewForm>
      )}
    </ReviewStep>
  );
}

function Outcome({ locale, outcome }: { locale: Locale; outcome: NonNullable<ImportState["outcome"]> }) {
  const mi = importMessages[locale];
  const { counts } = outcome;
  return (
    <OutcomePanel
      locale={locale}
      title={mi.committedTitle}
      testId="import-outcome"
      people={outcome.people}
      peopleLabel={mi.committedPeople}
    >
      <p>{mi.committedSummary(counts.newTerms, counts.sourcedTerms, counts.endedTerms, counts.people, counts.organizations)}</p>
      <p>
        <a href={localePath(locale, "/admin/import")}>{mi.importAnother}</a>
      </p>
    </OutcomePanel>
  );
}
