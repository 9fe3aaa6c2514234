/**
 * Reading a Popolo JSON document as the directory writes it (lib/popolo/document.ts)
 * for an import: each section's records checked with zod, and every problem
 * named by its section, record and field ("memberships[12].start_date: …"), as
 * the spreadsheet import names row and column.
 */
import { z } from "zod";
import { parsePartialDate } from "../dates";
import { AREA_KINDS, GENDERS, LEVELS, MEMBER_ORGANIZATION_TYPES, ORGANIZATION_KINDS } from "../domain";
import { ROLE_KEYS } from "../roles";
import { UNLINKED_SOURCE_URL, localPart } from "../popolo/document";

/** The largest file the admin page takes (a server action's body is at most 16 MB, the review form sends it back). */
export const MAX_POPOLO_BYTES = 12 * 1024 * 1024;

const partialDate = z
  .string()
  .refine((value) => parsePartialDate(value)?.value === value, { message: "a date YYYY, YYYY-MM or YYYY-MM-DD" });
const slugId = (kind: "person" | "organization" | "area") =>
  z.string().refine((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(localPart(id, kind) ?? ""), { message: `an id "${kind}/<slug>"` });
const numberId = (kind: "post" | "membership") =>
  z.string().refine((id) => /^[1-9]\d{0,15}$/.test(localPart(id, kind) ?? ""), { message: `an id "${kind}/<number>"` });

const link = z.object({
  url: z.string().min(1),
  note: z.string().optional(),
  title: z.string().min(1).optional(),
  publisher: z.string().optional(),
  date: partialDate.optional(),
  quote: z.string().optional(),
});

const person = z.object({
  id: slugId("person"),
  name: z.string().min(1).max(200),
  other_names: z.array(z.object({ name: z.string().min(1) })).default([]),
  gender: z.enum(GENDERS).optional(),
  birth_date: z
    .string()
    .regex(/^\d{4}$/, "a year")
    .optional(),
  image: z.string().optional(),
  biography: z.string().optional(),
  ethnicity: z.string().optional(),
  hometown: z.string().optional(),
});

const organization = z.object({
  id: slugId("organization"),
  name: z.string().min(1),
  other_names: z.array(z.object({ name: z.string().min(1), lang: z.string().optional(), note: z.string().optional() })).default([]),
  classification: z.enum(ORGANIZATION_KINDS),
  member_type: z.enum(MEMBER_ORGANIZATION_TYPES).optional(),
  level: z.enum(LEVELS),
  parent_id: slugId("organization").optional(),
  area_id: slugId("area").optional(),
  founding_date: partialDate.optional(),
  dissolution_date: partialDate.optional(),
  description: z.string().optional(),
  sort_order: z.number().int().default(0),
});

const post = z.object({
  id: numberId("post"),
  label: z.string().min(1),
  role_key: z.enum(ROLE_KEYS),
  organization_id: slugId("organization"),
  sort_order: z.number().int().default(0),
  max_holders: z.number().int().min(1).optional(),
});

const membership = z.object({
  id: numberId("membership"),
  person_id: slugId("person"),
  organization_id: slugId("organization"),
  post_id: numberId("post"),
  start_date: partialDate.optional(),
  end_date: partialDate.optional(),
  attested_date: partialDate.optional(),
  end_reason: z.string().optional(),
  sources: z.array(link).default([]),
});

const area = z.object({
  id: slugId("area"),
  name: z.string().min(1),
  full_name: z.string().min(1),
  identifier: z.string().optional(),
  classification: z.enum(AREA_KINDS),
  parent_id: slugId("area").optional(),
  valid_from: partialDate.optional(),
  valid_until: partialDate.optional(),
  successor_id: slugId("area").optional(),
  succession_date: partialDate.optional(),
  sources: z.array(link).default([]),
});

export type PopoloLinkInput = z.infer<typeof link>;
export type PopoloPersonInput = z.infer<typeof person>;
export type PopoloOrganizationInput = z.infer<typeof organization>;
export type PopoloPostInput = z.infer<typeof post>;
export type PopoloMembershipInput = z.infer<typeof membership>;
export type PopoloAreaInput = z.infer<typeof area>;

export interface PopoloImport {
  persons: PopoloPersonInput[];
  organizations: PopoloOrganizationInput[];
  posts: PopoloPostInput[];
  memberships: PopoloMembershipInput[];
  areas: PopoloAreaInput[];
}

const SECTIONS = { persons: person, organizations: organization, posts: post, memberships: membership, areas: area } as const;

/** A link's source as stored: the placeholder address of a source without one is none. */
export function linkUrl(link: PopoloLinkInput): string | null {
  return link.url === UNLINKED_SOURCE_URL ? null : link.url;
}

/**
 * The document's records, or every problem with them by section, record and field.
 * A missing section is an empty one; a record's fields we do not read are ignored.
 */
export function readPopolo(document: unknown): { ok: true; popolo: PopoloImport } | { ok: false; problems: string[] } {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return { ok: false, problems: ["the file is not a Popolo JSON document (an object with persons, organizations, …)"] };
  }
  const problems: string[] = [];
  const popolo = {} as Record<string, unknown[]>;
  for (const [section, schema] of Object.entries(SECTIONS)) {
    const records = (document as Record<string, unknown>)[section] ?? [];
    if (!Array.isArray(records)) {
      problems.push(`${section}: not a list`);
      continue;
    }
    popolo[section] = records.map((record, index) => {
      const parsed = (schema as z.ZodType).safeParse(record);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) problems.push(`${section}[${index}].${issue.path.join(".") || "record"}: ${issue.message}`);
      return null;
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, popolo: popolo as unknown as PopoloImport };
}
