/** The spreadsheet downloads' shared query (?format=csv|xlsx&lang=vi|en&at=YYYY-MM-DD) and their response. */
import { z } from "zod";
import { getDb } from "@/db/client";
import { getOrganizationBySlug } from "@/db/queries/organizations";
import { isoDaySchema, todayIso } from "@/lib/dates";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { apiError } from "./api";
import { slugSchema } from "./params";
import { SPREADSHEET_TYPES, toCsv, toXlsx, type SheetTable, type SpreadsheetFormat } from "@/lib/spreadsheet/workbook";

const querySchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "format must be csv or xlsx" }),
  lang: z.enum(LOCALES).catch("vi"),
  at: isoDaySchema.nullable().catch(null),
});

export type DownloadQuery = { format: SpreadsheetFormat; locale: Locale; at: string };

/** The query, or the 400 answer that says what is wrong with it. */
export function readDownloadQuery(url: URL): { ok: true; query: DownloadQuery } | { ok: false; response: Response } {
  const parsed = querySchema.safeParse({
    format: url.searchParams.get("format") ?? "xlsx",
    lang: url.searchParams.get("lang") ?? "vi",
    at: url.searchParams.get("at"),
  });
  if (!parsed.success) return { ok: false, response: apiError(400, "bad_request", parsed.error.issues[0]?.message ?? "bad query") };
  return { ok: true, query: { format: parsed.data.format, locale: parsed.data.lang, at: parsed.data.at ?? todayIso() } };
}

/** The organisation a download route's slug names, or undefined for a slug that names none (or is none). */
export async function organizationOfRoute(params: Promise<{ slug: string }>) {
  const slug = slugSchema.safeParse((await params).slug);
  return slug.success ? getOrganizationBySlug(getDb(), slug.data) : undefined;
}

/** A file to save, never cached (the data changes with every edit). */
export function fileResponse(body: BodyInit, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A spreadsheet to save: CSV holds the first table; XLSX every table, one sheet each. */
export async function spreadsheetResponse(tables: SheetTable[], format: SpreadsheetFormat, fileName: string): Promise<Response> {
  const body = format === "csv" ? toCsv(tables[0]) : await toXlsx(tables);
  return fileResponse(body as BodyInit, SPREADSHEET_TYPES[format], `${fileName}.${format}`);
}
