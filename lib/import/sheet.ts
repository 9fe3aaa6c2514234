/**
 * A spreadsheet of a committee's members, read for import: the header row
 * found (in Vietnamese or English, in any order, below a title line or not),
 * every row checked with the same rules as the admin's forms, and every
 * problem named by its row and column, as the spreadsheet program shows them.
 * Then what the review form sends back: the editor's decision on each row.
 */
import { z } from "zod";
import { parsePartialDate, type PartialDate } from "../dates";
import { columnOfHeader, REQUIRED_COLUMNS, type ColumnKey } from "../spreadsheet/columns";
import type { Grid } from "../spreadsheet/workbook";
import { id, optional, optionalText, readPartialDate, requiredText, url, type FieldErrors } from "../validation/fields";
import { importFieldErrors, rowDecision } from "./input";

/** The largest file an upload may be (the server's limit for a form post is a little above). */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;
/** Rows an upload may have: a province's every commune committee fits, with room to spare. */
export const MAX_SHEET_ROWS = 20_000;
/** Rows above the header that a sheet may have (a title, a date line). */
const HEADER_SEARCH_ROWS = 20;

/** A date as a sheet may hold it: what the admin forms accept, and "22.01.2026" or "22-01-2026". */
export function readSheetDate(text: string): PartialDate | null {
  const dayFirst = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/.exec(text.trim());
  if (dayFirst) return readPartialDate(`${dayFirst[1]}/${dayFirst[2]}/${dayFirst[3]}`);
  const monthFirst = /^(\d{1,2})[.-](\d{4})$/.exec(text.trim());
  if (monthFirst) return readPartialDate(`${monthFirst[1]}/${monthFirst[2]}`);
  return readPartialDate(text) ?? parsePartialDate(text.replace(/\//g, "-"));
}

const sheetDate = optional(
  z.string().transform((text, ctx) => {
    const date = readSheetDate(text);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "invalid_date" });
      return z.NEVER;
    }
    return date.value;
  }),
);

/** "Đồng chí", "ông", "bà" before a name are a form of address, not part of it. */
const ADDRESS = /^(?:đồng chí|đ\/c|ông|bà)\s+(?=\p{Lu})/iu;

/** The slug of a person's page from its address ("https://…/people/tong-thanh-binh?at=…") or the slug itself. */
export function profileSlug(text: string): string | null {
  const match = /(?:^|\/people\/)([a-z0-9]+(?:-[a-z0-9]+)*)(?:[/?#]|$)/.exec(text.trim());
  return match ? match[1] : null;
}

const ISO = /^\d{4}(?:-\d{2}){0,2}$/;
const notAfter = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length)) <= b.slice(0, Math.min(a.length, b.length));

/** Cross-field checks run even when a single field failed, so that a row shows every problem at once. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** One row, from the cells of a sheet or again from the review form: the same rules both times. */
export function sheetRowSchema(hasDefaultSource: boolean) {
  return z
    .object({
      line: z.number().int().min(1).max(10_000_000),
      name: requiredText(200).transform((name) => name.replace(/\s+/g, " ").replace(ADDRESS, "")),
      title: requiredText(300).transform((title) => title.replace(/\s+/g, " ")),
      organization: optionalText(300),
      start: sheetDate,
      end: sheetDate,
      attested: sheetDate,
      sourceTitle: optionalText(500),
      sourceUrl: optional(url),
      sourceDate: sheetDate,
      profile: optional(
        z
          .string()
          .max(2000, { error: "too_long" })
          .transform((text) => profileSlug(text) ?? undefined),
      ),
    })
    .superRefine((row, ctx) => {
      const issue = (path: ColumnKey, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      // A date that failed to read is compared with nothing: its own error says enough.
      const [start, end, attested] = [row.start, row.end, row.attested].map((value) =>
        typeof value === "string" && ISO.test(value) ? value : null,
      );
      if (!row.start && !row.attested) issue("start", "date_required");
      if (start && attested && !notAfter(start, attested)) issue("start", "start_after_attested");
      if (end && start && !notAfter(start, end)) issue("end", "end_before_start");
      else if (end && attested && !notAfter(attested, end)) issue("end", "end_before_attested");
      const saysSource = row.sourceUrl !== undefined || row.sourceDate !== undefined;
      if (!row.sourceTitle && (saysSource || !hasDefaultSource)) issue("sourceTitle", "source_required");
    }, always);
}

export type SheetRow = z.output<ReturnType<typeof sheetRowSchema>>;

/** A problem with the file: its row and column where it has them. */
export interface SheetError {
  line: number | null;
  column: ColumnKey | null;
  /** The column's header as the file writes it. */
  header: string | null;
  code: string;
}

export interface SheetReading {
  sheetName: string;
  rows: SheetRow[];
  errors: SheetError[];
  /** Headers the import does not read (notes, a column of the editor's own). */
  ignored: string[];
}

export type SheetResult =
  { ok: true; reading: SheetReading } | { ok: false; error: "no_rows" | "too_many_rows" | "missing_columns"; missing?: ColumnKey[] };

interface Header {
  line: number;
  columns: Map<ColumnKey, { index: number; header: string }>;
  ignored: string[];
}

function headerOf(row: Grid["rows"][number]): Header {
  const columns: Header["columns"] = new Map();
  const ignored: string[] = [];
  row.cells.forEach((cell, index) => {
    if (!cell) return;
    const key = columnOfHeader(cell);
    if (key && !columns.has(key)) columns.set(key, { index, header: cell });
    else ignored.push(cell);
  });
  return { line: row.line, columns, ignored };
}

/** The header row: the first with every required column, in the first sheet that has one; else the best try, to say what is missing. */
function findHeader(grids: Grid[]): { grid: Grid; header: Header } | { missing: ColumnKey[] } {
  let best: Header | null = null;
  for (const grid of grids)
    for (const row of grid.rows.slice(0, HEADER_SEARCH_ROWS)) {
      const header = headerOf(row);
      if (REQUIRED_COLUMNS.every((key) => header.columns.has(key))) return { grid, header };
      if (!best || header.columns.size > best.columns.size) best = header;
    }
  return { missing: REQUIRED_COLUMNS.filter((key) => !best?.columns.has(key)) };
}

/** Reads the rows of a members sheet; rows with problems are left out of `rows` and named in `errors`. */
export function readMemberSheet(grids: Grid[], options: { hasDefaultSource: boolean }): SheetResult {
  const found = findHeader(grids);
  if ("missing" in found) return { ok: false, error: "missing_columns", missing: found.missing };
  const { grid, header } = found;
  const body = grid.rows.filter((row) => row.line > header.line && row.cells.some((cell) => cell !== ""));
  if (body.length === 0) return { ok: false, error: "no_rows" };
  if (body.length > MAX_SHEET_ROWS) return { ok: false, error: "too_many_rows" };

  const schema = sheetRowSchema(options.hasDefaultSource);
  const rows: SheetRow[] = [];
  const errors: SheetError[] = [];
  for (const row of body) {
    const raw: Record<string, unknown> = { line: row.line };
    for (const [key, { index }] of header.columns) raw[key] = row.cells[index] ?? "";
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      rows.push(parsed.data);
      continue;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = (issue.path[0] as ColumnKey | undefined) ?? null;
      const id = `${column}:${issue.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      errors.push({ line: row.line, column, header: (column && header.columns.get(column)?.header) ?? null, code: issue.message });
    }
  }
  return { ok: true, reading: { sheetName: grid.name, rows, errors, ignored: header.ignored } };
}

/** Whether a reviewed row has anything to write: a new term, or a start, an end or a source the file adds to one on record. */
export function rowWrites(row: { status: string; sheet: { adds: { start: boolean; end: boolean; source: boolean } } }): boolean {
  return row.status !== "known" || row.sheet.adds.start || row.sheet.adds.end || row.sheet.adds.source;
}

// ---- the review form ----

/** The editor's decision on one row of the sheet, the row named by its line: who, which post, whether to end a clashing term. */
export const sheetDecision = z
  .object({
    key: z.string().regex(/^\d{1,8}$/, { error: "invalid" }),
    // The article's choices of person and post, and whether to end a clashing term; a row's dates are the file's.
    person: rowDecision.shape.person,
    personName: rowDecision.shape.personName,
    seen: rowDecision.shape.seen,
    post: rowDecision.shape.post,
    endConflicting: rowDecision.shape.endConflicting,
  })
  .superRefine((value, ctx) => {
    if (value.person === "new" && !value.personName) ctx.addIssue({ code: "custom", path: ["personName"], message: "person_required" });
  }, always);

export type SheetDecision = z.output<typeof sheetDecision>;

/** The common source, for rows whose source cells are empty. */
export const sheetSourceFields = {
  sourceTitle: optionalText(500),
  sourceDate: optional(
    z.string().transform((text, ctx) => {
      const date = readSheetDate(text);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalid_date" });
        return z.NEVER;
      }
      return date;
    }),
  ),
  sourceUrl: optional(url),
};

export const sheetUploadInput = z.object({ organizationId: id, ...sheetSourceFields });

export type SheetUpload = z.output<typeof sheetUploadInput>;

/** The rows as the review form carries them back (JSON), each checked again; whether each has a source is the commit's check. */
export const sheetRowsInput = z
  .string({ error: "invalid" })
  .max(20_000_000, { error: "too_long" })
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
  })
  .pipe(z.array(sheetRowSchema(true), { error: "invalid" }).max(MAX_SHEET_ROWS, { error: "too_many_rows" }));

/** What the commit accepts: the organisation, the file's rows and name, the common source, and the ticked rows. */
export const sheetImportInput = sheetUploadInput.extend({
  fileName: optionalText(300),
  rows: sheetRowsInput,
  decisions: z.array(sheetDecision).max(MAX_SHEET_ROWS, { error: "too_long" }),
});

export type SheetImportInput = z.input<typeof sheetImportInput>;

/**
 * Zod issues of the commit as form errors: a decision's beside its row
 * (`person.12`); rows that no longer read as the review's (the page was
 * altered) as one error of the file.
 */
export function sheetFieldErrors(error: z.ZodError, decisions: readonly { key?: unknown }[]): FieldErrors {
  const issues = error.issues.flatMap((issue) => {
    if (issue.path[0] === "rows") return [{ ...issue, path: ["file"], message: "file_changed" }];
    if (issue.path[0] === "decisions") return [{ ...issue, path: ["rows", ...issue.path.slice(1)] }];
    return [issue];
  });
  return importFieldErrors(new z.ZodError(issues), decisions);
}
