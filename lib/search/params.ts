/**
 * The search parameters, shared by GET /api/search and the search page (whose
 * URL is its state). Empty values, as a GET form sends for "any", mean absent.
 */
import { z } from "zod";
import { LEVELS, ORGANIZATION_KINDS } from "../../db/schema";

export const MAX_QUERY_LENGTH = 1000;
export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 20;
/** Results are counted, and pages reach, this far (see db/queries/search.ts). */
export const MAX_OFFSET = 200;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

export const searchParamsSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `q is longer than ${MAX_QUERY_LENGTH} characters`).default(""),
  limit: optional(z.coerce.number().int().min(1).max(MAX_LIMIT)).transform((v) => v ?? DEFAULT_LIMIT),
  offset: optional(z.coerce.number().int().min(0).max(MAX_OFFSET)).transform((v) => v ?? 0),
  province: optional(z.string().regex(/^[a-z0-9-]{1,100}$/, "province must be a province slug")),
  level: optional(z.enum(LEVELS)),
  kind: optional(z.enum(ORGANIZATION_KINDS)),
  current: optional(z.enum(["true", "false", "1", "0"])).transform((v) =>
    v === undefined ? undefined : v === "true" || v === "1",
  ),
  type: optional(z.enum(["person", "organization"])),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Reads the first value of each parameter (repeated ones are ignored). */
export function readSearchParams(
  source: URLSearchParams | Record<string, string | string[] | undefined>,
): ReturnType<typeof searchParamsSchema.safeParse> {
  const first = (key: string) => {
    if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
    const value = source[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const keys = Object.keys(searchParamsSchema.shape);
  return searchParamsSchema.safeParse(Object.fromEntries(keys.map((key) => [key, first(key)])));
}

/** "limit: Too big…" — the first problem, named by its parameter. */
export function describeError(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "query"}: ${issue.message}` : "invalid parameters";
}
