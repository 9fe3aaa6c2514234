/**
 * Days as integers (days since 1970-01-01, UTC) and the partial dates the schema
 * stores: a day, a month or a year, each covering a range of days.
 */
import type { DatePrecision, PartialDate } from "../../lib/dates";

const DAY_MS = 86_400_000;

/** The day of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (its first day when partial). */
export function dayOf(iso: string): number {
  const [year, month = 1, day = 1] = iso.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/** `day` known only at `precision`: 2025-09-14 as "2025-09" or "2025". */
export function partialAt(day: number, precision: DatePrecision): PartialDate {
  return { value: isoOf(day).slice(0, LENGTH[precision]), precision };
}

export function firstDay(date: PartialDate): number {
  return dayOf(date.value);
}

export function lastDay(date: PartialDate): number {
  const [year, month] = date.value.split("-").map(Number);
  switch (date.precision) {
    case "day":
      return dayOf(date.value);
    case "month":
      return Date.UTC(year, month, 1) / DAY_MS - 1;
    case "year":
      return Date.UTC(year + 1, 0, 1) / DAY_MS - 1;
  }
}

/**
 * `day` at `precision` when the range that precision covers stays within
 * [low, high]; otherwise at day precision. Keeps a coarse date from reaching
 * past a neighbouring term (an end "2025" when the successor began in March).
 */
export function partialWithin(day: number, precision: DatePrecision, low: number, high: number): PartialDate {
  const date = partialAt(day, precision);
  return firstDay(date) >= low && lastDay(date) <= high ? date : partialAt(day, "day");
}
