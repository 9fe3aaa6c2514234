/** The query of an organisation page, validated: anything odd falls back to the default rather than failing. */
import { z } from "zod";
import { AREA_FILTERS, type CommitteeFilter } from "@/db/queries/organizations";

export const COMMITTEES_PER_PAGE = 24;

const schema = z.object({
  q: z.string().trim().max(100).catch(""),
  type: z.enum(AREA_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

type Raw = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function committeeFilter(query: Raw): CommitteeFilter {
  const parsed = schema.parse({ q: first(query.q) ?? "", type: first(query.type) || undefined, page: first(query.page) ?? 1 });
  return { q: parsed.q || undefined, areaKind: parsed.type, page: parsed.page, pageSize: COMMITTEES_PER_PAGE };
}
