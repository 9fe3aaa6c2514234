"use client";

/**
 * The Popolo import's two forms, with the steps both other imports use
 * (steps.tsx): the file, then its comparison with the directory (new, already
 * on record, differing; unresolved references) and the commit of the new records.
 */
import { useCallback, useState } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { openData } from "@/lib/i18n/messages/open-data";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { MAX_POPOLO_BYTES } from "@/lib/import/popolo";
import { OutcomePanel, Report, ReviewForm, ReviewStep, UploadField } from "./steps";
import type { PopoloAction, PopoloState } from "./popolo-state";

const SECTIONS = ["persons", "organizations", "posts", "memberships", "areas"] as const;

interface Reviewed {
  state: Required<Pick<PopoloState, "review" | "request">>;
  run: number;
}

export function PopoloWizard({ locale, read, commit }: { locale: Locale; read: PopoloAction; commit: PopoloAction }) {
  const t = openData[locale];
  const [reviewed, setReviewed] = useState<Reviewed | null>(null);
  const [outcome, setOutcome] = useState<PopoloState["outcome"] | null>(null);

  const onRead = useCallback((state: PopoloState) => {
    const { review, request } = state;
    if (!review || !request) return;
    setReviewed((current) => ({ state: { review, request }, run: (current?.run ?? 0) + 1 }));
    setOutcome(null);
  }, []);
  const onCommitted = useCallback((state: PopoloState) => {
    if (state.outcome) {
      setOutcome(state.outcome);
      setReviewed(null);
    }
  }, []);

  const review = reviewed?.state.review;
  const blocked = review ? review.conflicts.length > 0 || review.unresolved.length > 0 : false;
  return (
    <div className="space-y-8">
      <section aria-labelledby="popolo-step-file" className="max-w-3xl">
        <ActionForm action={read} locale={locale} submitLabel={t.importAnalyse} encType="multipart/form-data" testId="popolo-file-form">
          <PopoloFileField locale={locale} />
          <Report onState={onRead} />
        </ActionForm>
      </section>

      {reviewed && review ? (
        <ReviewStep id="popolo-step-review" title={t.importStepReview} run={reviewed.run}>
          <table className="adm-table mb-4" data-testid="popolo-review">
            <thead>
              <tr>
                <th scope="col">{t.importSection}</th>
                <th scope="col">{t.importNew}</th>
                <th scope="col">{t.importKnown}</th>
                <th scope="col">{t.importConflict}</th>
              </tr>
            </thead>
            <tbody>
              {SECTIONS.map((section) => (
                <tr key={section} data-section={section}>
                  <th scope="row">{t[`section_${section}`]}</th>
                  <td>{review.counts[section].new}</td>
                  <td>{review.counts[section].known}</td>
                  <td>{review.counts[section].conflict}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {[
            [t.importConflicts, review.conflicts],
            [t.importUnresolved, review.unresolved],
          ].map(([title, lines]) =>
            (lines as string[]).length > 0 ? (
              <div key={title as string} className="mb-4">
                <h3 className="text-lg font-semibold">
                  {title as string} ({(lines as string[]).length})
                </h3>
                <ul className="ml-4 list-disc font-mono text-sm">
                  {(lines as string[]).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
          {blocked ? (
            <p className="adm-notice max-w-3xl">{t.importBlocked}</p>
          ) : (
            <ReviewForm
              run={reviewed.run}
              action={commit}
              locale={locale}
              submitLabel={t.importCommit}
              testId="popolo-review-form"
              request={reviewed.state.request}
              onCommitted={onCommitted}
            >
              {null}
            </ReviewForm>
          )}
        </ReviewStep>
      ) : null}

      {outcome ? (
        <OutcomePanel locale={locale} title={t.importCommitted} testId="popolo-outcome" people={[]}>
          <p>{t.importCommittedSummary(outcome.persons, outcome.memberships, outcome.organizations, outcome.sources)}</p>
          <p>
            <a href={localePath(locale, "/admin/audit")}>{t.importViewAudit}</a>
          </p>
        </OutcomePanel>
      ) : null}
    </div>
  );
}

/** The file, with what is wrong with it in words. */
function PopoloFileField({ locale }: { locale: Locale }) {
  const t = openData[locale];
  return (
    <UploadField
      label={t.importFile}
      hint={t.importFileHint}
      accept=".json,application/json"
      maxBytes={MAX_POPOLO_BYTES}
      message={(key) => {
        const own = (t as unknown as Record<string, unknown>)[`errors_${key}`];
        return typeof own === "string" ? own : key;
      }}
    />
  );
}
