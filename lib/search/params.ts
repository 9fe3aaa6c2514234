/**
 * The search parameters, shared by GET /api/search and the search page (whose
 * URL is its state). Empty values, as a GET form sends for "any", mean absent.
 */
import { z } from "zod";
import { LEVELS, ORGANIZATION_KINDS } from "../domain";
import { LOCALES } from "../i18n/locales";

export const MAX_QUERY_LENGTH = 1000;
export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 20;
/** Results are counted, and pages reach, this far (see db/queries/search.ts). */
export const MAX_OFFSET = 200;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

const filters = {
  province: optional(z.string().regex(/^[a-z0-9-]{1,100}$/, "province must be a province slug")),
  level: optional(z.enum(LEVELS)),
  kind: optional(z.enum(ORGANIZATION_KINDS)),
  current: optional(z.enum(["true", "false", "1", "0"])).transform((v) => (v === undefined ? undefined : v === "true" || v === "1")),
  type: optional(z.enum(["person", "organization"])),
  /** Every word as typed: no respelling applied, no word left out. */
  strict: optional(z.enum(["true", "false", "1", "0"])).transform((v) => v === "true" || v === "1"),
};

const query = z.string().max(MAX_QUERY_LENGTH, `q is longer than ${MAX_QUERY_LENGTH} characters`).default("");

export const searchParamsSchema = z.object({
  q: query,
  limit: optional(z.coerce.number().int().min(1).max(MAX_LIMIT)).transform((v) => v ?? DEFAULT_LIMIT),
  offset: optional(z.coerce.number().int().min(0).max(MAX_OFFSET)).transform((v) => v ?? 0),
  ...filters,
  /** The language of the role titles and addresses in the results. */
  locale: optional(z.enum(LOCALES)),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Results per page of the search page. */
export const PAGE_SIZE = 20;
export const MAX_PAGE = Math.floor(MAX_OFFSET / PAGE_SIZE) + 1;

/** The search page's address: the query, the filters and a page number. */
export const searchPageSchema = z.object({
  q: query,
  page: optional(z.coerce.number().int().min(1).max(MAX_PAGE)).transform((v) => v ?? 1),
  ...filters,
});

export type SearchPageParams = z.infer<typeof searchPageSchema>;

type Source = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of each of the schema's parameters (repeated ones are ignored). */
function firstValues(source: Source, keys: string[]): Record<string, string | undefined> {
  const first = (key: string) => {
    if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
    const value = source[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return Object.fromEntries(keys.map((key) => [key, first(key)]));
}

export function readSearchParams(source: Source) {
  return searchParamsSchema.safeParse(firstValues(source, Object.keys(searchParamsSchema.shape)));
}

export function readSearchPageParams(source: Source) {
  return searchPageSchema.safeParse(firstValues(source, Object.keys(searchPageSchema.shape)));
}

/** "limit: Too big…" — the first problem, named by its parameter. */
export function describeError(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "query"}: ${issue.message}` : "invalid parameters";
}
