/** Words for what the write path reports in keys: errors, audit actions, snapshot fields and values. */
import type { Locale } from "@/lib/i18n/locales";
import type { AdminMessages } from "@/lib/i18n/messages/admin";

function lookup(m: AdminMessages, key: string): string | undefined {
  const value = (m as unknown as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/** The message for an error key from lib/validation or the mutations. */
export function errorMessage(m: AdminMessages, key: string): string {
  return lookup(m, `errors_${key}`) ?? m.errors_invalid;
}

export function actionLabel(m: AdminMessages, action: string): string {
  return lookup(m, `action_${action.replace(".", "_")}`) ?? action;
}

export function entityLabel(m: AdminMessages, entityType: string): string {
  return lookup(m, `entity_${entityType}`) ?? entityType;
}

/** A field name from an audit snapshot, in words where a form has a label for it. */
export function fieldLabel(m: AdminMessages, field: string): string {
  return lookup(m, field) ?? field;
}

/** A value from an audit snapshot, readable. */
export function displayValue(m: AdminMessages, value: unknown): string {
  if (value === null || value === undefined || value === "") return m.emptyValue;
  if (Array.isArray(value) && value.length === 0) return m.emptyValue;
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}

/** An audit timestamp in Vietnam's time, the same whoever reads it. */
export function formatTimestamp(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "short",
    timeStyle: "medium",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(iso));
}
