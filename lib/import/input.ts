/**
 * What the import's two steps accept, checked on the server: the article with
 * its context and source, and then the editor's decision on each accepted row.
 * Error messages are keys: the admin's shared ones (required, invalid_date …)
 * and the import's own (messages/import.ts).
 */
import { z } from "zod";
import { flag, id, optional, optionalText, partialDate, requiredText, url, type FieldErrors } from "../validation/fields";

export const MAX_ARTICLE_LENGTH = 50_000;

export const analyseInput = z.object({
  text: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(MAX_ARTICLE_LENGTH, { error: "too_long" }),
  contextId: id,
  sourceTitle: requiredText(500),
  sourcePublisher: optionalText(200),
  sourceDate: partialDate,
  sourceUrl: optional(url),
});

/** The editor's decision on one row: who, which post, which date; ticked rows only. */
export const rowDecision = z
  .object(
    {
      key: z.string({ error: "invalid" }).regex(/^\d{1,4}-\d{1,3}$/, { error: "invalid" }),
      /** A person on record by id, or "new". */
      person: z
        .string({ error: "person_required" })
        .regex(/^(new|\d+)$/, { error: "person_required" })
        .transform((value) => (value === "new" ? ("new" as const) : Number(value))),
      personName: optionalText(200),
      /** The namesakes on record the page showed ("12,40"): choosing "new" over them confirms a different person. */
      seen: optional(z.string({ error: "invalid" }).regex(/^\d+(,\d+)*$/, { error: "invalid" })),
      /** A post on record by id, or "proposed": the one the review found or would create. */
      post: z
        .string({ error: "post_required" })
        .regex(/^(proposed|\d+)$/, { error: "post_required" })
        .transform((value) => (value === "proposed" ? ("proposed" as const) : Number(value))),
      date: partialDate,
      dateKind: z.enum(["attested", "start", "end"], { error: "invalid" }),
      /** End the terms of the post's other holders on the date, where the post allows one. */
      endConflicting: flag,
    },
    { error: "invalid" },
  )
  .superRefine(
    (value, ctx) => {
      if (value.person === "new" && !value.personName) ctx.addIssue({ code: "custom", path: ["personName"], message: "person_required" });
    },
    // Run even when another field failed, so that the row shows every error at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export const importInput = analyseInput.extend({
  rows: z.array(rowDecision, { error: "nothing_accepted" }).max(500, { error: "too_long" }),
});

export type AnalyseInput = z.input<typeof analyseInput>;
export type ImportInput = z.input<typeof importInput>;
export type RowDecision = z.output<typeof rowDecision>;

/** The field of a row's error, as the review form names it: `date.3-1`. */
export const rowField = (field: string, key: string) => `${field}.${key}`;

/** Zod issues as message keys, a row's issues under `field.key` so the table shows them beside the cell. */
export function importFieldErrors(error: z.ZodError, rows: readonly { key?: unknown }[] = []): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const [top, index, field] = issue.path;
    const key = top === "rows" && typeof index === "number" ? rows[index]?.key : undefined;
    const name = typeof key === "string" && field !== undefined ? rowField(String(field), key) : String(top ?? "_form");
    const messages = (errors[name] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}

/** The form's flat fields (`accept.3-1`, `date.3-1` …) as the rows the editor ticked. */
export function decisionsFromForm(values: Record<string, string>): Record<string, string>[] {
  const keys = Object.keys(values)
    .filter((name) => name.startsWith("accept.") && values[name])
    .map((name) => name.slice("accept.".length));
  return keys.map((key) => {
    const row: Record<string, string> = { key };
    for (const field of ["person", "personName", "seen", "post", "date", "dateKind", "endConflicting"])
      if (values[rowField(field, key)] !== undefined) row[field] = values[rowField(field, key)];
    // A person or post found by searching wins over the choices the review offered.
    if (values[rowField("personPick", key)]) row.person = values[rowField("personPick", key)];
    if (values[rowField("postPick", key)]) row.post = values[rowField("postPick", key)];
    return row;
  });
}
