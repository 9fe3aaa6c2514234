"use client";

/**
 * The pieces both imports (an article, a spreadsheet) build their pages from:
 * the review form that carries the request back, a group of the review's rows,
 * and the panel that says what was written.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ActionForm, useAdminForm } from "@/components/admin/action-form";
import { Described, useField } from "@/components/admin/fields";
import type { FormAction, FormState } from "@/components/admin/form-state";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { importMessages } from "@/lib/i18n/messages/import";

/**
 * Hands a form's outcome to the wizard once it is on screen. Run as an effect of
 * the form's own commit, so the wizard's change (and where it moves the focus)
 * comes after the form has shown its outcome.
 */
export function Report<S extends FormState>({ onState }: { onState: (state: S) => void }) {
  const { state } = useAdminForm();
  useEffect(() => {
    if (state.submission > 0) onState(state as S);
  }, [state, onState]);
  return null;
}

/** The review's step: its heading takes the focus whenever a new review (`run`) arrives, taking the reader to the result. */
export function ReviewStep({ id, title, run, children }: { id: string; title: string; run: number; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [run]);
  return (
    <section aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1} className="section-title outline-none">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The review's form: a new review (`run`) starts it afresh; the request it was made from travels in hidden fields. */
export function ReviewForm<S extends FormState>({
  run,
  action,
  locale,
  submitLabel,
  testId,
  request,
  onCommitted,
  children,
}: {
  run: number;
  action: FormAction;
  locale: Locale;
  submitLabel: string;
  testId: string;
  request: Record<string, string>;
  onCommitted: (state: S) => void;
  children: ReactNode;
}) {
  return (
    <ActionForm key={run} action={action} locale={locale} submitLabel={submitLabel} testId={testId}>
      {Object.entries(request).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Report onState={onCommitted} />
    </ActionForm>
  );
}

/** One group of the review (new terms, known, conflicts, unresolved): its heading with the count, a hint, and a table of its rows. */
export function ReviewSection({
  id,
  group,
  title,
  hint,
  count,
  columns,
  locale,
  children,
}: {
  id: string;
  group: string;
  title: string;
  hint: string;
  count: number;
  columns: string[];
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} data-section={group}>
      <h3 id={id} className="text-lg font-semibold">
        {title} ({count})
      </h3>
      <p className="mb-2 text-sm text-stone-600">{hint}</p>
      {count === 0 ? (
        <p className="text-sm text-stone-600">{importMessages[locale].sectionEmpty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="adm-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What was written, announced and focused, with links to the profiles of everyone a row was written for. */
export function OutcomePanel({
  locale,
  title,
  testId,
  people,
  peopleLabel,
  children,
}: {
  locale: Locale;
  title: string;
  testId: string;
  people: { id: number; slug: string; fullName: string }[];
  peopleLabel?: string;
  children: ReactNode;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), [people]);
  return (
    <div ref={panel} tabIndex={-1} role="status" className="adm-notice adm-notice-ok max-w-3xl space-y-2 outline-none" data-testid={testId}>
      <p className="font-semibold">{title}</p>
      {children}
      {people.length > 0 ? (
        <div>
          {peopleLabel ? <p>{peopleLabel}</p> : null}
          <ul className="ml-4 list-disc">
            {people.map((person) => (
              <li key={person.id}>
                <a href={localePath(locale, `/people/${person.slug}`)}>{person.fullName}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The file an import reads (the form's `file` field), with what is wrong with it in words:
 * refused here when over `maxBytes` (the server would not take a post that large), else as the server read it.
 */
export function UploadField({
  label,
  hint,
  accept,
  maxBytes,
  message,
}: {
  label: string;
  hint: string;
  accept: string;
  maxBytes: number;
  /** The words for an error key ("file_too_large", or what the server said). */
  message: (key: string) => string;
}) {
  const field = useField("file");
  const [tooLarge, setTooLarge] = useState(false);
  const messages = [...field.errors, ...(tooLarge ? ["file_too_large"] : [])].map(message);
  return (
    <Described field={{ ...field, errors: [] }} label={label} hint={hint} required>
      <input
        id={field.id}
        name="file"
        type="file"
        accept={accept}
        aria-required
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={[field.hintId, messages.length > 0 ? field.errorId : null].filter(Boolean).join(" ")}
        className="block text-sm"
        onChange={(event) => {
          const file = event.target.files?.[0];
          const over = file !== undefined && file.size > maxBytes;
          if (over) event.target.value = "";
          setTooLarge(over);
        }}
      />
      {messages.length > 0 ? (
        <p id={field.errorId} className="adm-field-error" role="alert">
          {messages.join(" ")}
        </p>
      ) : null}
    </Described>
  );
}
