/**
 * The rows of the Popolo export (lib/popolo/document.ts), read as iterators so
 * the whole directory is never held in memory: the public records only (no
 * retracted person or term), in a stable order. The full export reads on a
 * connection of its own (openPopoloReader), inside one read transaction, so the
 * document is one snapshot however long the stream takes and the app's shared
 * connection is never busy with it.
 */
import { databasePath, openDatabase, type Db } from "../client";
import {
  popoloId,
  popoloText,
  toArea,
  toMembership,
  toOrganization,
  toPerson,
  toPost,
  type AreaRow,
  type MembershipRow,
  type OrganizationRow,
  type PersonRow,
  type PopoloSection,
  type PostRow,
  type SourceRow,
} from "../../lib/popolo/document";

const PERSON_COLUMNS = `pe.slug, pe.full_name, pe.gender, pe.birth_year, pe.ethnicity, pe.hometown, pe.photo_path, pe.biography, pe.other_names`;

const ORGANIZATION_SELECT = `
  SELECT o.slug, o.name, o.name_en, o.short_name, o.kind, o.member_type, o.level, a.slug AS area_slug,
         parent.slug AS parent_slug, o.sort_order, o.valid_from, o.valid_until, o.description
  FROM organizations o
  LEFT JOIN areas a ON a.id = o.area_id
  LEFT JOIN organizations parent ON parent.id = o.parent_id`;

const POST_SELECT = `
  SELECT p.id, o.slug AS organization_slug, a.slug AS area_slug, o.level, p.role_key, p.title, p.sort_order, p.max_holders
  FROM posts p JOIN organizations o ON o.id = p.organization_id LEFT JOIN areas a ON a.id = o.area_id`;

/** Each term with its sources, one row per source (none: one row with null source fields). */
const MEMBERSHIP_SELECT = `
  SELECT m.id, pe.slug AS person_slug, o.slug AS organization_slug, m.post_id, p.role_key, p.title, o.level,
         m.start_date, m.end_date, m.end_reason, m.attested_date,
         s.id AS source_id, s.url, s.title AS source_title, s.publisher, s.published_date, ms.quote
  FROM memberships m
  JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
  JOIN posts p ON p.id = m.post_id
  JOIN organizations o ON o.id = m.organization_id
  LEFT JOIN membership_sources ms ON ms.membership_id = m.id
  LEFT JOIN sources s ON s.id = ms.source_id
  WHERE m.retracted_at IS NULL`;
// Sources in an order that does not rest on their ids, so a document imported elsewhere exports alike.
const MEMBERSHIP_ORDER = `ORDER BY m.id, s.published_date IS NULL, s.published_date, s.url, s.title, s.id`;

type MembershipSourceRow = MembershipRow & { source_id: number | null; url: string | null; source_title: string | null } & Omit<
    SourceRow,
    "url" | "title"
  >;

/** Consecutive rows of one term folded into the term and its sources. */
function* groupMemberships(rows: Iterable<MembershipSourceRow>): Generator<{ row: MembershipRow; sources: SourceRow[] }> {
  let current: { row: MembershipRow; sources: SourceRow[] } | null = null;
  for (const row of rows) {
    if (!current || current.row.id !== row.id) {
      if (current) yield current;
      current = { row, sources: [] };
    }
    if (row.source_id !== null) {
      current.sources.push({
        url: row.url,
        title: row.source_title!,
        publisher: row.publisher,
        published_date: row.published_date,
        quote: row.quote,
      });
    }
  }
  if (current) yield current;
}

function iterate<T>(db: Db, source: string, ...params: unknown[]): IterableIterator<T> {
  return db.$client.prepare(source).iterate(...params) as IterableIterator<T>;
}

function* mapped<T, U>(rows: Iterable<T>, map: (row: T) => U): Generator<U> {
  for (const row of rows) yield map(row);
}

/** Every public record, section by section, as Popolo objects. */
export function popoloSections(db: Db, photoUrl: (file: string) => string): Iterable<[PopoloSection, Iterable<Record<string, unknown>>]> {
  return [
    [
      "persons",
      mapped(iterate<PersonRow>(db, `SELECT ${PERSON_COLUMNS} FROM people pe WHERE pe.retracted_at IS NULL ORDER BY pe.id`), (row) =>
        toPerson(row, photoUrl),
      ),
    ],
    ["organizations", mapped(iterate<OrganizationRow>(db, `${ORGANIZATION_SELECT} ORDER BY o.id`), toOrganization)],
    ["posts", mapped(iterate<PostRow>(db, `${POST_SELECT} ORDER BY p.id`), toPost)],
    [
      "memberships",
      mapped(groupMemberships(iterate<MembershipSourceRow>(db, `${MEMBERSHIP_SELECT} ${MEMBERSHIP_ORDER}`)), ({ row, sources }) =>
        toMembership(row, sources),
      ),
    ],
    [
      "areas",
      mapped(
        iterate<AreaRow>(
          db,
          `SELECT a.slug, a.name, a.full_name, a.kind, a.code, parent.slug AS parent_slug, a.valid_from, a.valid_until,
                  successor.slug AS successor_slug, s.effective_date AS succession_date, src.url AS succession_url,
                  src.title AS succession_title, src.publisher AS succession_publisher,
                  src.published_date AS succession_published, s.quote AS succession_quote
           FROM areas a LEFT JOIN areas parent ON parent.id = a.parent_id
           LEFT JOIN area_successions s ON s.area_id = a.id LEFT JOIN areas successor ON successor.id = s.successor_id
           LEFT JOIN sources src ON src.id = s.source_id
           ORDER BY a.id`,
        ),
        toArea,
      ),
    ],
  ];
}

/**
 * The whole directory as Popolo JSON text, chunk by chunk, read on its own
 * read-only connection (closed when the chunks run out or the reader is closed).
 */
export function openPopoloReader(
  photoUrl: (file: string) => string,
  file = databasePath(),
): { chunks: Generator<string>; close: () => void } {
  const db = openDatabase(file, { readonly: true });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (db.$client.inTransaction) db.$client.exec("COMMIT");
    db.$client.close();
  };
  function* chunks(): Generator<string> {
    try {
      db.$client.exec("BEGIN");
      yield* popoloText(popoloSections(db, photoUrl));
    } finally {
      close();
    }
  }
  return { chunks: chunks(), close };
}

/** One person with their terms (each with its post, organisation and sources); undefined for no such public person. */
export function getPopoloPerson(db: Db, slug: string, photoUrl: (file: string) => string): Record<string, unknown> | undefined {
  const person = db.$client.prepare(`SELECT ${PERSON_COLUMNS} FROM people pe WHERE pe.slug = ? AND pe.retracted_at IS NULL`).get(slug) as
    PersonRow | undefined;
  if (!person) return undefined;
  const memberships = [
    ...groupMemberships(iterate<MembershipSourceRow>(db, `${MEMBERSHIP_SELECT} AND pe.slug = ? ${MEMBERSHIP_ORDER}`, slug)),
  ];
  const organizations = byKey(
    memberships.map((m) => m.row.organization_slug),
    (slugs) =>
      db.$client.prepare(`${ORGANIZATION_SELECT} WHERE o.slug IN (${slugs.map(() => "?").join(",")})`).all(...slugs) as OrganizationRow[],
    (row) => row.slug,
  );
  const posts = byKey(
    memberships.map((m) => m.row.post_id),
    (ids) => db.$client.prepare(`${POST_SELECT} WHERE p.id IN (${ids.map(() => "?").join(",")})`).all(...ids) as PostRow[],
    (row) => row.id,
  );
  return {
    ...toPerson(person, photoUrl),
    memberships: memberships.map(({ row, sources }) => ({
      ...toMembership(row, sources),
      organization: toOrganization(organizations.get(row.organization_slug)!),
      post: toPost(posts.get(row.post_id)!),
    })),
  };
}

/**
 * One organisation with its posts, each with its holders' terms (current first,
 * each with its person's id and name and a `current` flag on `at`); undefined for no such organisation.
 */
export function getPopoloOrganization(db: Db, slug: string, at: string): Record<string, unknown> | undefined {
  const organization = db.$client.prepare(`${ORGANIZATION_SELECT} WHERE o.slug = ?`).get(slug) as OrganizationRow | undefined;
  if (!organization) return undefined;
  const posts = db.$client.prepare(`${POST_SELECT} WHERE o.slug = ? ORDER BY p.sort_order, p.id`).all(slug) as PostRow[];
  const terms = [
    ...groupMemberships(
      iterate<MembershipSourceRow & { person_name: string; held_from: string; held_until: string }>(
        db,
        MEMBERSHIP_SELECT.replace("SELECT m.id,", "SELECT m.id, pe.full_name AS person_name, m.held_from, m.held_until,") +
          ` AND o.slug = ? ${MEMBERSHIP_ORDER}`,
        slug,
      ),
    ),
  ];
  const termsOfPost = new Map<number, Record<string, unknown>[]>();
  for (const { row, sources } of terms) {
    const term = row as MembershipRow & { person_name: string; held_from: string; held_until: string };
    const current = term.held_from <= at && term.held_until >= at;
    const list = termsOfPost.get(row.post_id) ?? [];
    list.push({ ...toMembership(row, sources), person: { id: popoloId.person(row.person_slug), name: term.person_name }, current });
    termsOfPost.set(row.post_id, list);
  }
  return {
    ...toOrganization(organization),
    posts: posts.map((post) => ({
      ...toPost(post),
      memberships: (termsOfPost.get(post.id) ?? []).sort((a, b) => Number(b.current) - Number(a.current)),
    })),
  };
}

function byKey<K, T>(keys: K[], read: (keys: K[]) => T[], keyOf: (row: T) => K): Map<K, T> {
  const unique = [...new Set(keys)];
  return new Map(unique.length === 0 ? [] : read(unique).map((row) => [keyOf(row), row]));
}
