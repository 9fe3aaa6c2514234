import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { areas, organizations, type OrganizationKind } from "../schema";
import { CENTRAL_COMMITTEE_SLUG } from "../seed";

export function getOrganizationBySlug(db: Db, slug: string) {
  return db
    .select({ organization: organizations, area: areas })
    .from(organizations)
    .leftJoin(areas, eq(areas.id, organizations.areaId))
    .where(eq(organizations.slug, slug))
    .get();
}

/** The chain of parents from the top down to (not including) the organisation. */
export function getAncestors(db: Db, organizationId: number) {
  return db.all<{ id: number; slug: string; name: string; nameEn: string | null; level: string }>(sql`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT parent_id, 1 FROM organizations WHERE id = ${organizationId}
      UNION ALL
      SELECT o.parent_id, chain.depth + 1 FROM organizations o JOIN chain ON o.id = chain.id
      WHERE chain.depth < 20
    )
    SELECT o.id, o.slug, o.name, o.name_en AS nameEn, o.level
    FROM chain JOIN organizations o ON o.id = chain.id
    ORDER BY chain.depth DESC`);
}

export interface PostHolder {
  postId: number;
  roleKey: string;
  title: string;
  maxHolders: number | null;
  membershipId: number | null;
  personSlug: string | null;
  personName: string | null;
  photoPath: string | null;
  startDate: string | null;
  attestedDate: string | null;
  /** The holder's term is attested only after `at`, so who held it then is not known. */
  unknownAtDate: boolean;
}

/**
 * Every post of an organisation with the people holding it on `at` (one row per
 * holder, or one empty row for a post with none), in a single query.
 */
export function getPostsWithHolders(db: Db, organizationId: number, at: string): PostHolder[] {
  const rows = db.all<Omit<PostHolder, "unknownAtDate"> & { unknownAtDate: number }>(sql`
    SELECT p.id AS postId, p.role_key AS roleKey, p.title, p.max_holders AS maxHolders,
           m.id AS membershipId, pe.slug AS personSlug, pe.full_name AS personName, pe.photo_path AS photoPath,
           m.start_date AS startDate, m.attested_date AS attestedDate,
           (m.held_from > ${at}) AS unknownAtDate
    FROM posts p
    LEFT JOIN memberships m ON m.post_id = p.id AND m.retracted_at IS NULL AND m.held_until >= ${at}
      AND (m.held_from <= ${at} OR (m.start_date IS NULL AND m.attested_date IS NOT NULL))
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE p.organization_id = ${organizationId}
    ORDER BY p.sort_order, p.id, pe.full_name`);
  return rows.map((row) => ({ ...row, unknownAtDate: Boolean(row.unknownAtDate) }));
}

export function getChildOrganizations(
  db: Db,
  parentId: number,
  options: { kind?: OrganizationKind; limit?: number; offset?: number } = {},
) {
  const where = options.kind
    ? and(eq(organizations.parentId, parentId), eq(organizations.kind, options.kind))
    : eq(organizations.parentId, parentId);
  const items = db
    .select()
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.sortOrder), asc(organizations.name))
    .limit(options.limit ?? 1000)
    .offset(options.offset ?? 0)
    .all();
  const total = db.select({ n: count() }).from(organizations).where(where).get()?.n ?? 0;
  return { items, total };
}

export function getCentralCommittee(db: Db) {
  return db.select().from(organizations).where(eq(organizations.slug, CENTRAL_COMMITTEE_SLUG)).get();
}

/** The provincial Front committees with how many officials currently hold a post in each. */
export function getProvincialCommittees(db: Db, centralId: number, at: string) {
  return db.all<{ id: number; slug: string; name: string; nameEn: string | null; level: string; officials: number }>(sql`
    SELECT o.id, o.slug, o.name, o.name_en AS nameEn, o.level,
      (SELECT count(DISTINCT m.person_id) FROM memberships m
        WHERE m.organization_id = o.id AND m.retracted_at IS NULL AND m.held_until >= ${at} AND m.held_from <= ${at}) AS officials
    FROM organizations o
    WHERE o.parent_id = ${centralId} AND o.kind = 'front_committee'
    ORDER BY o.sort_order, o.name`);
}
