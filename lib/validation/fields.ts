/**
 * Field schemas shared by every admin form and by programmatic callers (the
 * import). Error messages are keys into the admin messages' `errors`, so the
 * same schema serves both languages.
 */
import { z } from "zod";
import { parsePartialDate, type PartialDate } from "../dates";

/** Form fields arrive as "" when left empty; callers in code pass undefined or null. */
const isBlank = (value: unknown) => value === null || (typeof value === "string" && value.trim() === "");

/** What a form or a caller may pass for a field that may be empty. */
type Blankable<T extends z.ZodType> = z.input<T> | "" | null | undefined;

/** A value that may be left out: "" and null become undefined. */
export function optional<T extends z.ZodType>(schema: T) {
  return z
    .preprocess<unknown, z.ZodOptional<T>, Blankable<T>>((value) => (isBlank(value) ? undefined : value), schema.optional())
    .optional();
}

/**
 * A value a correction may clear: "" and null become null (clear it), a missing
 * key stays undefined (leave it as it is).
 */
export function clearable<T extends z.ZodType>(schema: T) {
  return z
    .preprocess<unknown, z.ZodOptional<z.ZodNullable<T>>, Blankable<T>>(
      (value) => (isBlank(value) ? null : value),
      schema.nullable().optional(),
    )
    .optional();
}

export const requiredText = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "too_long" });

export const optionalText = (max: number) => optional(z.string({ error: "invalid" }).trim().max(max, { error: "too_long" }));

export const id = z.coerce.number<number | string>({ error: "required" }).int({ error: "required" }).positive({ error: "required" });

/** A record id or page number from an address: a positive safe integer, anything else (1e400, -1, "x") is no value. */
export function recordId(value: unknown): number | undefined {
  const number = typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/** The page number of a list's address, clamped to what a list can have. */
export function pageNumber(value: unknown, maxPage = 10_000): number {
  const number = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 0;
  return Math.min(number, maxPage);
}

export const version = z.coerce
  .number<number | string>({ error: "stale_form" })
  .int({ error: "stale_form" })
  .positive({ error: "stale_form" });

/** A checkbox: "on" from a form, true from code. */
export const flag = z
  .preprocess<boolean, z.ZodBoolean, boolean | string | null>(
    (value) => value === true || value === "on" || value === "true" || value === "1",
    z.boolean(),
  )
  .optional();

export const reason = z.string({ error: "reason_required" }).trim().min(3, { error: "reason_required" }).max(1000, { error: "too_long" });

export const birthYear = z.coerce
  .number<number | string>({ error: "invalid_year" })
  .int({ error: "invalid_year" })
  .min(1900, { error: "invalid_year" })
  .max(2100, { error: "invalid_year" });

/** "2026", "2026-01", "2026-01-22", and the Vietnamese way of writing them: "01/2026", "22/01/2026". */
export function readPartialDate(text: string): PartialDate | null {
  const trimmed = text.trim();
  const vietnamese = /^(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (vietnamese) {
    const [, day, month, year] = vietnamese;
    const iso = [year, month.padStart(2, "0"), day?.padStart(2, "0")].filter(Boolean).join("-");
    return parsePartialDate(iso);
  }
  return parsePartialDate(trimmed);
}

export const partialDate = z.string({ error: "invalid_date" }).transform((text, ctx) => {
  const parsed = readPartialDate(text);
  if (!parsed) {
    ctx.addIssue({ code: "custom", message: "invalid_date" });
    return z.NEVER;
  }
  return parsed;
});

export const url = z
  .string({ error: "invalid_url" })
  .trim()
  .max(2000, { error: "too_long" })
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), { error: "invalid_url" });

/** Several names in one field, one per line or separated by ";". */
export const nameList = z.preprocess<unknown, z.ZodArray<z.ZodString>, string | string[]>(
  (value) =>
    typeof value === "string"
      ? value
          .split(/[;\n]/)
          .map((name) => name.trim())
          .filter(Boolean)
      : value,
  z.array(z.string({ error: "invalid" }).max(200, { error: "too_long" }), { error: "invalid" }).max(20, { error: "too_long" }),
);

export type FieldErrors = Record<string, string[]>;

/** Zod issues as message keys per top-level field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const messages = (errors[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}
