/** Partial dates as the sources give them: a year, a month or a day. */
import { z } from "zod";
import type { Locale } from "./i18n/locales";

export type DatePrecision = "day" | "month" | "year";
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

const PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads "2026", "2026-01" or "2026-01-22" (the precision is the form); null when it is none of them. */
export function parsePartialDate(value: string): PartialDate | null {
  const trimmed = value.trim();
  if (PATTERNS.day.test(trimmed)) return isRealDay(trimmed) ? { value: trimmed, precision: "day" } : null;
  if (PATTERNS.month.test(trimmed)) return { value: trimmed, precision: "month" };
  if (PATTERNS.year.test(trimmed)) return { value: trimmed, precision: "year" };
  return null;
}

/** A full calendar date "YYYY-MM-DD" (for ?at= and date pickers). */
export const isoDaySchema = z
  .string()
  .trim()
  .refine((v) => PATTERNS.day.test(v) && isRealDay(v), { message: "invalid_date" });

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "22/01/2026", "01/2026", "2026" in Vietnamese; "22 Jan 2026", "Jan 2026", "2026" in English. */
export function formatPartialDate(value: string, locale: Locale): string {
  const [year, month, day] = value.split("-");
  if (!month) return year;
  if (locale === "vi") return day ? `${day}/${month}/${year}` : `${month}/${year}`;
  const monthName = MONTHS_EN[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
