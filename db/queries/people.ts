/**
 * Reading people and their terms. "Open at D" is held_from <= D AND held_until >= D
 * on a term that is not retracted; retracted people never reach a reader.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { people, type Person } from "../schema";
import { getAncestors } from "./hierarchy";
import { getTermNeighbours, type TermNeighbours } from "./history";
import { getSourcesForMemberships, type CitedSource } from "./sources";
import { organizationInForce } from "./validity";

export function getPersonBySlug(db: Db, slug: string) {
  return db.select().from(people).where(eq(people.slug, slug)).get();
}

export interface RoleRow {
  membershipId: number;
  postId: number;
  roleKey: string;
  title: string;
  organizationId: number;
  organizationSlug: string;
  organizationName: string;
  organizationNameEn: string | null;
  organizationKind: string;
  level: string;
  startDate: string | null;
  startPrecision: string | null;
  endDate: string | null;
  endPrecision: string | null;
  endReason: string | null;
  attestedDate: string | null;
  /** The organisation's last day, when it has ceased (then the term ended with it at the latest). */
  organizationValidUntil: string | null;
}

const roleColumns = sql`
  m.id AS membershipId, p.id AS postId, p.role_key AS roleKey, p.title,
  o.id AS organizationId, o.slug AS organizationSlug, o.name AS organizationName, o.name_en AS organizationNameEn,
  o.kind AS organizationKind, o.level,
  m.start_date AS startDate, m.start_precision AS startPrecision, m.end_date AS endDate,
  m.end_precision AS endPrecision, m.end_reason AS endReason, m.attested_date AS attestedDate,
  o.valid_until AS organizationValidUntil`;

/** Orders a person's roles: the highest level first, Front committees before other bodies, senior posts first. */
const roleOrder = sql`CASE o.level WHEN 'central' THEN 0 WHEN 'province' THEN 1 WHEN 'district' THEN 2 ELSE 3 END,
  o.kind <> 'front_committee', p.sort_order, o.name`;

/** A person's terms (not retracted) matching `where`, with their posts and organisations. */
function selectRoles<T extends RoleRow = RoleRow>(db: Db, where: SQL, order: SQL = roleOrder, extra: SQL = sql``): T[] {
  return db.all<T>(sql`
    SELECT ${extra}${roleColumns}
    FROM memberships m
    JOIN posts p ON p.id = m.post_id
    JOIN organizations o ON o.id = m.organization_id
    WHERE m.retracted_at IS NULL AND ${where}
    ORDER BY ${order}`);
}

/** Open on `at` in a body then in force (the join aliases the organisation `o`). */
const openAt = (at: string) => sql`m.held_until >= ${at} AND m.held_from <= ${at} AND ${organizationInForce(at)}`;

/**
 * The person's concurrent roles: every term open on `at`. One query on the
 * (person_id, held_until, held_from) index.
 */
export function getRolesAt(db: Db, personId: number, at: string): RoleRow[] {
  return selectRoles(db, sql`m.person_id = ${personId} AND ${openAt(at)}`);
}

/** Terms that ended before `at`, or whose body had ceased by then, most recent first. */
export function getPastRoles(db: Db, personId: number, at: string): RoleRow[] {
  return selectRoles(
    db,
    sql`m.person_id = ${personId} AND (m.held_until < ${at} OR o.valid_until < ${at})`,
    sql`min(m.held_until, coalesce(o.valid_until, '9999-12-31')) DESC, p.sort_order`,
  );
}

/**
 * Terms whose start is unknown and which a source attests only after `at`:
 * whether they were held on `at` is not known, so they are neither shown as
 * held nor as absent.
 */
export function getRolesNotKnownAt(db: Db, personId: number, at: string): RoleRow[] {
  return selectRoles(db, sql`m.person_id = ${personId} AND m.start_date IS NULL AND m.held_from > ${at} AND m.held_until >= ${at}`);
}

export type PersonRoleRow = RoleRow & { personId: number };

/** The roles open on `at` of many people at once (org chart cards, home page), in one query. */
export function getRolesOfPeopleAt(db: Db, personIds: number[], at: string): PersonRoleRow[] {
  if (personIds.length === 0) return [];
  return selectRoles<PersonRoleRow>(
    db,
    sql`m.person_id IN (SELECT value FROM json_each(${JSON.stringify([...new Set(personIds)])})) AND ${openAt(at)}`,
    sql`m.person_id, ${roleOrder}`,
    sql`m.person_id AS personId, `,
  );
}

export interface Colleague {
  organizationId: number;
  personId: number;
  slug: string;
  fullName: string;
  photoPath: string | null;
  roleKey: string;
  title: string;
  level: string;
}

/** How many colleagues to list per organisation; the organisation page has the rest. */
export const COLLEAGUES_PER_ORGANIZATION = 8;

/**
 * People holding a post on `at` in any of the given organisations, other than
 * the person, the most senior first and at most COLLEAGUES_PER_ORGANIZATION per
 * organisation, in one query.
 */
export function getColleagues(db: Db, personId: number, organizationIds: number[], at: string): Colleague[] {
  if (organizationIds.length === 0) return [];
  return db.all<Colleague>(sql`
    SELECT organizationId, personId, slug, fullName, photoPath, roleKey, title, level FROM (
      SELECT m.organization_id AS organizationId, pe.id AS personId, pe.slug, pe.full_name AS fullName,
             pe.photo_path AS photoPath, p.role_key AS roleKey, p.title, o.level,
             row_number() OVER (PARTITION BY m.organization_id ORDER BY p.sort_order, pe.folded_name) AS rank
      FROM memberships m
      JOIN posts p ON p.id = m.post_id
      JOIN organizations o ON o.id = m.organization_id
      JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
      WHERE m.organization_id IN (SELECT value FROM json_each(${JSON.stringify(organizationIds)}))
        AND m.person_id <> ${personId}
        AND m.retracted_at IS NULL AND ${openAt(at)}
    ) WHERE rank <= ${COLLEAGUES_PER_ORGANIZATION}
    ORDER BY organizationId, rank`);
}

export interface PersonPageData {
  person: Person;
  current: RoleRow[];
  past: RoleRow[];
  notKnown: RoleRow[];
  colleagues: Colleague[];
  sources: CitedSource[];
  /** Breadcrumb trail: the parents of the person's first organisation, then that organisation. */
  trail: { slug: string; name: string; nameEn: string | null; level: string }[];
  /** Who held each of the person's posts before and after them, by term (posts one person holds at a time). */
  neighbours: Map<number, TermNeighbours>;
}

/**
 * Everything a person's page shows, in a fixed number of queries whatever the
 * number of roles (no query per role). Undefined for unknown or retracted people.
 */
export function getPersonPageData(db: Db, slug: string, at: string): PersonPageData | undefined {
  const person = getPersonBySlug(db, slug);
  if (!person || person.retractedAt) return undefined;
  const current = getRolesAt(db, person.id, at);
  const past = getPastRoles(db, person.id, at);
  const notKnown = getRolesNotKnownAt(db, person.id, at);
  const organizationIds = [...new Set(current.map((role) => role.organizationId))];
  const colleagues = getColleagues(db, person.id, organizationIds, at);
  const cited = getSourcesForMemberships(
    db,
    [...current, ...past, ...notKnown].map((role) => role.membershipId),
  );
  const home = current[0] ?? past[0] ?? notKnown[0];
  const trail = home
    ? [
        ...getAncestors(db, home.organizationId),
        { slug: home.organizationSlug, name: home.organizationName, nameEn: home.organizationNameEn, level: home.level },
      ]
    : [];
  const neighbours = getTermNeighbours(
    db,
    [...current, ...past].map((role) => role.membershipId),
  );
  return { person, current, past, notKnown, colleagues, sources: cited, trail, neighbours };
}
