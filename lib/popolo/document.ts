/**
 * The directory as Popolo JSON (popoloproject.com): people, organisations, posts,
 * memberships (a term in a post) and areas, from rows as the database reads them.
 * Pure: the rows come in, Popolo objects and the document's text go out, so the
 * full export (streamed), the per-record files and the dumps all write the same
 * thing.
 *
 * Where Popolo has a field it is used (dates at their real precision, other_names,
 * sources as links, parent_id, classification); our own fields are snake_case like
 * Popolo's and only where it has none: `attested_date`, `end_reason`, `role_key`,
 * `level`, `member_type`, `ethnicity`, `hometown`, `valid_from`/`valid_until`,
 * `sort_order`, `max_holders`, `full_name`, `successor_id`/`succession_date` (an area's `sources` state the
 * succession), and on a source `title`, `publisher`, `date`, `quote`.
 * English labels are `other_names` / `other_label` with `"lang": "en"`.
 */
import { ROLE_TITLES, isRoleKey, type RoleKey } from "../roles";

/** A source's link when the source has no web address (a Popolo link needs one); the import reads it back as none. */
export const UNLINKED_SOURCE_URL = "urn:x-mttq:source-without-url";

export const POPOLO_SECTIONS = ["persons", "organizations", "posts", "memberships", "areas"] as const;
export type PopoloSection = (typeof POPOLO_SECTIONS)[number];

export const popoloId = {
  person: (slug: string) => `person/${slug}`,
  organization: (slug: string) => `organization/${slug}`,
  area: (slug: string) => `area/${slug}`,
  post: (id: number) => `post/${id}`,
  membership: (id: number) => `membership/${id}`,
};

/** The slug or number inside a Popolo id of ours ("person/nguyen-van-a" → "nguyen-van-a"); null for an id of another form. */
export function localPart(id: string, kind: keyof typeof popoloId): string | null {
  const prefix = `${kind}/`;
  return id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : null;
}

export interface PersonRow {
  slug: string;
  full_name: string;
  gender: string | null;
  birth_year: number | null;
  ethnicity: string | null;
  hometown: string | null;
  photo_path: string | null;
  biography: string | null;
  other_names: string;
}

export interface OrganizationRow {
  slug: string;
  name: string;
  name_en: string | null;
  short_name: string | null;
  kind: string;
  member_type: string | null;
  level: string;
  area_slug: string | null;
  parent_slug: string | null;
  sort_order: number;
  valid_from: string | null;
  valid_until: string | null;
  description: string | null;
}

export interface AreaRow {
  slug: string;
  name: string;
  full_name: string;
  kind: string;
  code: string | null;
  parent_slug: string | null;
  valid_from: string | null;
  valid_until: string | null;
  successor_slug: string | null;
  succession_date: string | null;
  /** The source that states the succession, with its words. */
  succession_url: string | null;
  succession_title: string | null;
  succession_publisher: string | null;
  succession_published: string | null;
  succession_quote: string | null;
}

export interface PostRow {
  id: number;
  organization_slug: string;
  area_slug: string | null;
  level: string;
  role_key: string;
  title: string;
  sort_order: number;
  max_holders: number | null;
}

export interface MembershipRow {
  id: number;
  person_slug: string;
  organization_slug: string;
  post_id: number;
  role_key: string;
  title: string;
  level: string;
  start_date: string | null;
  end_date: string | null;
  end_reason: string | null;
  attested_date: string | null;
}

export interface SourceRow {
  url: string | null;
  title: string;
  publisher: string | null;
  published_date: string | null;
  quote: string | null;
}

export interface PopoloLink {
  url: string;
  note?: string;
  title?: string;
  publisher?: string;
  date?: string;
  quote?: string;
}

type Json = Record<string, unknown>;

/** Drops null and undefined fields and empty lists, so a record carries only what is known. */
function compact<T extends Json>(record: T): T {
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as T;
}

/** The English title of a post from its role key (central level says "President"), or null for a key without one. */
export function englishTitle(roleKey: string, level: string): string | null {
  if (!isRoleKey(roleKey) || roleKey === "other") return null;
  const titles = ROLE_TITLES[roleKey as Exclude<RoleKey, "other">];
  return (level === "central" && titles.enCentral) || titles.en;
}

export function toPerson(row: PersonRow, photoUrl: (file: string) => string): Json {
  const otherNames = (JSON.parse(row.other_names) as string[]).map((name) => ({ name }));
  return compact({
    id: popoloId.person(row.slug),
    name: row.full_name,
    other_names: otherNames,
    gender: row.gender,
    birth_date: row.birth_year === null ? null : String(row.birth_year),
    image: row.photo_path ? photoUrl(row.photo_path) : null,
    biography: row.biography,
    ethnicity: row.ethnicity,
    hometown: row.hometown,
  });
}

export function toOrganization(row: OrganizationRow): Json {
  const otherNames = [
    row.name_en ? { name: row.name_en, lang: "en", note: "English" } : null,
    row.short_name ? { name: row.short_name, note: "short" } : null,
  ].filter(Boolean);
  return compact({
    id: popoloId.organization(row.slug),
    name: row.name,
    other_names: otherNames,
    classification: row.kind,
    member_type: row.member_type,
    level: row.level,
    parent_id: row.parent_slug ? popoloId.organization(row.parent_slug) : null,
    area_id: row.area_slug ? popoloId.area(row.area_slug) : null,
    founding_date: row.valid_from,
    dissolution_date: row.valid_until,
    description: row.description,
    sort_order: row.sort_order,
  });
}

export function toArea(row: AreaRow): Json {
  return compact({
    id: popoloId.area(row.slug),
    name: row.name,
    full_name: row.full_name,
    identifier: row.code,
    classification: row.kind,
    parent_id: row.parent_slug ? popoloId.area(row.parent_slug) : null,
    valid_from: row.valid_from,
    valid_until: row.valid_until,
    successor_id: row.successor_slug ? popoloId.area(row.successor_slug) : null,
    succession_date: row.succession_date,
    sources: row.succession_title
      ? [
          toLink({
            url: row.succession_url,
            title: row.succession_title,
            publisher: row.succession_publisher,
            published_date: row.succession_published,
            quote: row.succession_quote,
          }),
        ]
      : [],
  });
}

export function toPost(row: PostRow): Json {
  const english = englishTitle(row.role_key, row.level);
  return compact({
    id: popoloId.post(row.id),
    label: row.title,
    other_label: english ? [english] : [],
    role: english,
    role_key: row.role_key,
    organization_id: popoloId.organization(row.organization_slug),
    area_id: row.area_slug ? popoloId.area(row.area_slug) : null,
    sort_order: row.sort_order,
    max_holders: row.max_holders,
  });
}

export function toLink(source: SourceRow): PopoloLink {
  return compact({
    url: source.url ?? UNLINKED_SOURCE_URL,
    note: source.title,
    title: source.title,
    publisher: source.publisher ?? undefined,
    date: source.published_date ?? undefined,
    quote: source.quote ?? undefined,
  });
}

export function toMembership(row: MembershipRow, sources: SourceRow[]): Json {
  return compact({
    id: popoloId.membership(row.id),
    label: row.title,
    role: englishTitle(row.role_key, row.level),
    role_key: row.role_key,
    person_id: popoloId.person(row.person_slug),
    organization_id: popoloId.organization(row.organization_slug),
    post_id: popoloId.post(row.post_id),
    start_date: row.start_date,
    end_date: row.end_date,
    attested_date: row.attested_date,
    end_reason: row.end_reason,
    sources: sources.map(toLink),
  });
}

/**
 * The text of a Popolo document, piece by piece, from each section's records in
 * turn: `{"persons":[…],"organizations":[…],…}` with one record a line. Pieces
 * are gathered to about `chunkSize` characters, so a stream writes few large
 * chunks while holding only one of them.
 */
export function* popoloText(sections: Iterable<[PopoloSection, Iterable<Json>]>, chunkSize = 64 * 1024): Generator<string> {
  let buffer = "{";
  let firstSection = true;
  for (const [name, records] of sections) {
    buffer += `${firstSection ? "" : ","}\n${JSON.stringify(name)}:[`;
    firstSection = false;
    let first = true;
    for (const record of records) {
      buffer += `${first ? "\n" : ",\n"}${JSON.stringify(record)}`;
      first = false;
      if (buffer.length >= chunkSize) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += first ? "]" : "\n]";
  }
  yield `${buffer}\n}\n`;
}
