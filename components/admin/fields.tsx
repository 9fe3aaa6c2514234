"use client";

/**
 * Fields of an admin form: a label, the control, a hint, and the field's errors
 * right beside it (announced and linked with aria-describedby). Each takes its
 * value from what was typed before a refusal, else from its default.
 */
import type { ReactNode } from "react";
import { useAdminForm } from "./action-form";
import { errorMessage } from "./labels";

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | number | null;
  required?: boolean;
}

export function useField(name: string, defaultValue?: string | number | null) {
  const { state, m, formId } = useAdminForm();
  const id = `${formId}-${name}`;
  const errors = state.fieldErrors?.[name] ?? [];
  const value = state.values?.[name] ?? (defaultValue === null || defaultValue === undefined ? "" : String(defaultValue));
  return { id, errors, value, m, errorId: `${id}-error`, hintId: `${id}-hint` };
}

export function Described({
  field,
  label,
  hint,
  required,
  children,
}: {
  field: ReturnType<typeof useField>;
  label: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="adm-field">
      <label htmlFor={field.id} className="adm-field-label">
        {label}
        {required ? <span className="text-brand-700"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={field.hintId} className="adm-field-hint">
          {hint}
        </p>
      ) : null}
      {field.errors.length > 0 ? (
        <p id={field.errorId} className="adm-field-error" role="alert">
          {field.errors.map((key) => errorMessage(field.m, key)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(field: ReturnType<typeof useField>, hint?: string) {
  return [hint ? field.hintId : null, field.errors.length > 0 ? field.errorId : null].filter(Boolean).join(" ") || undefined;
}

/** What every control of a field carries: its id, name, and the ARIA that ties it to its hint and errors. */
function controlProps(field: ReturnType<typeof useField>, name: string, hint?: string, required?: boolean) {
  return {
    id: field.id,
    name,
    "aria-required": required || undefined,
    "aria-invalid": field.errors.length > 0 || undefined,
    "aria-describedby": describedBy(field, hint),
    className: "adm-input",
  };
}

export function TextField({
  name,
  label,
  hint,
  defaultValue,
  required,
  type = "text",
  autoComplete,
  inputMode,
}: FieldProps & { type?: "text" | "password" | "url"; autoComplete?: string; inputMode?: "numeric" | "text" }) {
  const field = useField(name, defaultValue);
  return (
    <Described field={field} label={label} hint={hint} required={required}>
      <input
        {...controlProps(field, name, hint, required)}
        type={type}
        defaultValue={type === "password" ? undefined : field.value}
        autoComplete={autoComplete}
        inputMode={inputMode}
      />
    </Described>
  );
}

export function TextArea({ name, label, hint, defaultValue, required, rows = 3 }: FieldProps & { rows?: number }) {
  const field = useField(name, defaultValue);
  return (
    <Described field={field} label={label} hint={hint} required={required}>
      <textarea {...controlProps(field, name, hint, required)} rows={rows} defaultValue={field.value} />
    </Described>
  );
}

export function SelectField({
  name,
  label,
  hint,
  defaultValue,
  required,
  options,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const field = useField(name, defaultValue);
  return (
    <Described field={field} label={label} hint={hint} required={required}>
      <select {...controlProps(field, name, hint, required)} defaultValue={field.value}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Described>
  );
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const { state, formId } = useAdminForm();
  const checked = state.values ? state.values[name] === "on" : Boolean(defaultChecked);
  return (
    <label htmlFor={`${formId}-${name}`} className="flex items-center gap-2">
      <input id={`${formId}-${name}`} type="checkbox" name={name} defaultChecked={checked} />
      {label}
    </label>
  );
}

/** A value the form carries without showing (ids, versions); a refusal can update it, e.g. the version after a stale save. */
export function HiddenField({ name, value }: { name: string; value: string | number }) {
  const { state } = useAdminForm();
  return <input type="hidden" name={name} defaultValue={state.values?.[name] ?? String(value)} />;
}

export function FileField({ name, label, hint, accept }: { name: string; label: string; hint?: string; accept: string }) {
  const field = useField(name);
  return (
    <Described field={field} label={label} hint={hint}>
      <input
        id={field.id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={field.errors.length > 0 || undefined}
        aria-describedby={describedBy(field, hint)}
        className="block text-sm"
      />
    </Described>
  );
}

/** Which record a form changes, and the version it was loaded at (for the stale-edit check). */
export function RecordKey({ id, version }: { id: number; version?: number }) {
  return (
    <>
      <HiddenField name="id" value={id} />
      {version === undefined ? null : <HiddenField name="version" value={version} />}
    </>
  );
}

/** A group of fields under a legend. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-3">
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}
