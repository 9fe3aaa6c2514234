"use client";

import { createContext, useActionState, useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { admin, type AdminMessages } from "@/lib/i18n/messages/admin";
import { INITIAL_FORM_STATE, type FormAction, type FormState } from "./form-state";
import { actionLabel, displayValue, errorMessage, fieldLabel } from "./labels";
import { termDates } from "../term-dates";
import { RecoveryCodes } from "./recovery-codes";

interface FormContextValue {
  state: FormState;
  m: AdminMessages;
  locale: Locale;
  formId: string;
}

const FormContext = createContext<FormContextValue | null>(null);

export function useAdminForm(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error("admin fields must be inside <ActionForm>");
  return context;
}

function SubmitButton({ label, pendingLabel, danger }: { label: string; pendingLabel: string; danger?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={danger ? "adm-btn adm-btn-danger" : "adm-btn adm-btn-primary"}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * A form posting to a server action, with the outcome shown at its top: errors
 * beside the fields (via the field components), and the refusals that need a
 * decision (a stale version, an overlapping term, a likely duplicate) explained
 * with what the editor can do next. The typed input comes back from the server
 * and is put back into the fields.
 */
export function ActionForm({
  action,
  locale,
  submitLabel,
  pendingLabel,
  successMessage,
  children,
  danger,
  offerEndConflicting,
  offerExistingPerson,
  encType,
  testId,
}: {
  action: FormAction;
  locale: Locale;
  submitLabel: string;
  pendingLabel?: string;
  successMessage?: string;
  children: ReactNode;
  danger?: boolean;
  /** Appointments may end the current holder's term when the post allows one holder. */
  offerEndConflicting?: boolean;
  /** Appointing a new person may pick one of the likely duplicates instead. */
  offerExistingPerson?: boolean;
  encType?: "multipart/form-data";
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const m = admin[locale];
  const formId = useId();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.submission > 0) banner.current?.focus();
  }, [state.submission]);

  return (
    <FormContext.Provider value={{ state, m, locale, formId }}>
      <form key={state.submission} action={formAction} encType={encType} className="space-y-4" noValidate data-testid={testId}>
        <div ref={banner} tabIndex={-1} className="outline-none">
          <Outcome
            state={state}
            m={m}
            locale={locale}
            successMessage={successMessage}
            offerEndConflicting={offerEndConflicting}
            offerExistingPerson={offerExistingPerson}
          />
        </div>
        {children}
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel ?? m.saving} danger={danger} />
      </form>
    </FormContext.Provider>
  );
}

function Outcome({
  state,
  m,
  locale,
  successMessage,
  offerEndConflicting,
  offerExistingPerson,
}: {
  state: FormState;
  m: AdminMessages;
  locale: Locale;
  successMessage?: string;
  offerEndConflicting?: boolean;
  offerExistingPerson?: boolean;
}) {
  if (state.status === "ok")
    return (
      <>
        <p role="status" className="adm-notice adm-notice-ok">
          {successMessage ?? m.saved}
        </p>
        {state.recoveryCodes ? <RecoveryCodes codes={state.recoveryCodes} m={m} /> : null}
      </>
    );
  if (state.status !== "error") return null;
  switch (state.code) {
    case "unauthenticated":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.unauthenticated}{" "}
          <a href={localePath(locale, "/admin/login")} target="_blank" rel="noopener">
            {m.signIn}
          </a>
        </p>
      );
    case "forbidden":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.forbidden}
        </p>
      );
    case "not_found":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.notFound}
        </p>
      );
    case "throttled":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.loginThrottled(state.retryMinutes ?? 15)}
        </p>
      );
    case "busy":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.busy}
        </p>
      );
    case "code_expired":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.codeExpired} <a href={localePath(locale, "/admin/login")}>{m.signIn}</a>
        </p>
      );
    case "code_invalid":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.codeInvalid}
        </p>
      );
    case "invalid_login":
      return (
        <p role="alert" className="adm-notice adm-notice-error">
          {m.loginInvalid}
        </p>
      );
    case "stale":
      return (
        <div role="alert" className="adm-notice adm-notice-warn" data-testid="stale-notice">
          <p className="font-semibold">{m.staleTitle}</p>
          <p>{m.staleBody}</p>
          <ul className="mt-2 space-y-2">
            {(state.changes ?? []).map((change, index) => (
              <li key={index}>
                <span className="font-semibold">{m.staleChange(change.by ?? m.unknownUser, change.when)}</span>{" "}
                {actionLabel(m, change.action)}
                {change.reason ? ` (${change.reason})` : null}
                <ul className="ml-4 list-disc">
                  {change.fields.map((field) => (
                    <li key={field.field}>
                      {fieldLabel(m, field.field)}: <del>{displayValue(m, field.before)}</del> → <ins>{displayValue(m, field.after)}</ins>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      );
    case "overlap": {
      const conflicts = state.conflicts ?? [];
      const endable = offerEndConflicting && conflicts.length > 0 && conflicts.every((conflict) => conflict.endable);
      const start = state.values?.startDate ?? "";
      return (
        <div role="alert" className="adm-notice adm-notice-warn" data-testid="overlap-notice">
          <p className="font-semibold">{m.overlapTitle}</p>
          <p>{m.overlapBody}</p>
          <ul className="ml-4 list-disc">
            {conflicts.map((conflict) => (
              <li key={conflict.membershipId}>
                {conflict.personName}: {termDates(conflict, locale, "span")}
              </li>
            ))}
          </ul>
          {conflicts.some((conflict) => String(conflict.personId) === state.values?.personId) ? (
            <p className="mt-2">{m.overlapSamePerson}</p>
          ) : null}
          {endable ? (
            <label className="mt-2 flex items-start gap-2 font-semibold">
              <input
                type="hidden"
                name="conflictVersions"
                value={conflicts.map((conflict) => `${conflict.membershipId}:${conflict.version}`).join(",")}
              />
              <input type="checkbox" name="endConflicting" className="mt-1" />
              <span>
                {m.endConflicting(start)} <span className="block font-normal">{m.endConflictingHint}</span>
              </span>
            </label>
          ) : (
            <p className="mt-2">{m.overlapNotEndable}</p>
          )}
        </div>
      );
    }
    case "duplicate":
      return (
        <div role="alert" className="adm-notice adm-notice-warn" data-testid="duplicate-notice">
          <p className="font-semibold">{m.duplicateTitle}</p>
          <p>{m.duplicateBody}</p>
          <ul className="mt-1 space-y-1">
            {(state.candidates ?? []).map((candidate) => (
              <li key={candidate.id} className="flex flex-wrap items-center gap-2">
                <a href={localePath(locale, `/admin/people/${candidate.id}`)} target="_blank" rel="noopener">
                  {candidate.fullName}
                </a>
                <span className="text-sm text-stone-600">
                  {candidate.birthYear ? m.born(candidate.birthYear) : m.birthYearUnknown} ·{" "}
                  {candidate.match === "birth_year" ? m.duplicateByBirthYear : m.duplicateByOrganization}
                </span>
                {offerExistingPerson ? (
                  <button type="submit" name="personId" value={candidate.id} className="adm-btn adm-btn-small">
                    {m.useThisPerson}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          <label className="mt-2 flex items-center gap-2 font-semibold">
            <input type="checkbox" name="confirmNotDuplicate" />
            {m.confirmNotDuplicate}
          </label>
        </div>
      );
    default: {
      const formErrors = state.fieldErrors?._form ?? [];
      return (
        <div role="alert" className="adm-notice adm-notice-error">
          <p>{m.errorSummary}</p>
          {formErrors.map((key) => (
            <p key={key}>{errorMessage(m, key)}</p>
          ))}
        </div>
      );
    }
  }
}
