/** Reading an organisation: its leadership at a date, the bodies under it and the committees below it. */
import { eq, sql } from "drizzle-orm";
import { fold } from "../../lib/fold";
import type { Db } from "../client";
import { areas, organizations, type Area, type Organization } from "../schema";
import { CENTRAL_COMMITTEE_SLUG } from "../../lib/domain";
import { getAncestors, type Ancestor } from "./hierarchy";
import { getRolesOfPeopleAt, type RoleRow } from "./people";
import { getSuccession, type Succession } from "./history";
import { organizationInForce } from "./validity";

export { getAncestors } from "./hierarchy";

export function getOrganizationBySlug(db: Db, slug: string) {
  return db
    .select({ organization: organizations, area: areas })
    .from(organizations)
    .leftJoin(areas, eq(areas.id, organizations.areaId))
    .where(eq(organizations.slug, slug))
    .get();
}

export function getCentralCommittee(db: Db) {
  return db.select().from(organizations).where(eq(organizations.slug, CENTRAL_COMMITTEE_SLUG)).get();
}

/**
 * A term that counts for a post on `at`: open on `at`, or attested only later
 * with its start unknown (then who held the post on `at` is not known). Held by
 * a person who has not been retracted.
 */
const termForPostAt = (at: string) => sql`m.retracted_at IS NULL AND m.held_until >= ${at}
  AND (m.held_from <= ${at} OR m.start_date IS NULL)
  AND EXISTS (SELECT 1 FROM people r WHERE r.id = m.person_id AND r.retracted_at IS NULL)`;

export interface PostHolder {
  postId: number;
  roleKey: string;
  title: string;
  maxHolders: number | null;
  membershipId: number | null;
  personId: number | null;
  personSlug: string | null;
  personName: string | null;
  photoPath: string | null;
  startDate: string | null;
  startPrecision: string | null;
  attestedDate: string | null;
  /** The holder's term is attested only after `at`, so who held it then is not known. */
  unknownAtDate: boolean;
}

/**
 * Every post of an organisation with the people holding it on `at` (one row per
 * holder, or one empty row for a post with none), in a single query.
 */
export function getPostsWithHolders(db: Db, organizationId: number, at: string): PostHolder[] {
  const rows = db.all<Omit<PostHolder, "unknownAtDate"> & { unknownAtDate: number | null }>(sql`
    SELECT p.id AS postId, p.role_key AS roleKey, p.title, p.max_holders AS maxHolders,
           m.id AS membershipId, pe.id AS personId, pe.slug AS personSlug, pe.full_name AS personName,
           pe.photo_path AS photoPath, m.start_date AS startDate, m.start_precision AS startPrecision,
           m.attested_date AS attestedDate, (m.held_from > ${at}) AS unknownAtDate
    FROM posts p
    LEFT JOIN memberships m ON m.post_id = p.id AND ${termForPostAt(at)}
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE p.organization_id = ${organizationId}
    ORDER BY p.sort_order, p.id, pe.folded_name`);
  return rows.map((row) => ({ ...row, unknownAtDate: Boolean(row.unknownAtDate) }));
}

/** Chart rows, top down: the head, the standing deputy, deputies, standing members. */
const CHART_TIER: Record<string, number> = {
  chair: 0,
  head: 0,
  chief_of_office: 0,
  secretary: 0,
  standing_vice_chair: 1,
  vice_chair: 2,
  deputy_head: 2,
  deputy_chief_of_office: 2,
  deputy_secretary: 2,
  standing_board_member: 3,
  standing_committee_member: 3,
};

export function chartTier(roleKey: string): number | undefined {
  return CHART_TIER[roleKey];
}

export interface ChartHolder {
  membershipId: number;
  personId: number;
  slug: string;
  name: string;
  photoPath: string | null;
  startDate: string | null;
  attestedDate: string | null;
  /** The holder's roles elsewhere on the same date. */
  otherRoles: RoleRow[];
}

export interface ChartPost {
  postId: number;
  roleKey: string;
  title: string;
  maxHolders: number | null;
  holders: ChartHolder[];
  /** Terms attested only after the date, start unknown: holders not known on it. */
  notKnown: number;
}

export interface OrgChart {
  /** The chart's rows, top down; empty rows are left out. */
  tiers: ChartPost[][];
  /** Seats outside the chart (committee members and the like) that someone holds. */
  members: ChartPost[];
}

/** An organisation's posts on `at` sorted into the chart's rows and the seats outside it, in one query. */
function chartPosts(db: Db, organization: { id: number; kind: string }, at: string): OrgChart {
  const rows = getPostsWithHolders(db, organization.id, at);
  const posts = new Map<number, ChartPost>();
  for (const row of rows) {
    const post = posts.get(row.postId) ?? {
      postId: row.postId,
      roleKey: row.roleKey,
      title: row.title,
      maxHolders: row.maxHolders,
      holders: [],
      notKnown: 0,
    };
    posts.set(row.postId, post);
    if (row.membershipId === null || row.personId === null) continue;
    if (row.unknownAtDate) post.notKnown += 1;
    else
      post.holders.push({
        membershipId: row.membershipId,
        personId: row.personId,
        slug: row.personSlug!,
        name: row.personName!,
        photoPath: row.photoPath,
        startDate: row.startDate,
        attestedDate: row.attestedDate,
        otherRoles: [],
      });
  }

  const tiers: ChartPost[][] = [[], [], [], []];
  const members: ChartPost[] = [];
  // A Front committee's Standing Board seats always show, recorded or not; elsewhere the head's seat
  // always shows and the others only when someone holds them.
  const alwaysShown = (post: ChartPost) => organization.kind === "front_committee" || post.maxHolders === 1;
  for (const post of posts.values()) {
    const tier = chartTier(post.roleKey);
    const held = post.holders.length > 0 || post.notKnown > 0;
    if (tier !== undefined && (held || alwaysShown(post))) tiers[tier].push(post);
    else if (tier === undefined && post.holders.length > 0) members.push(post);
  }
  return { tiers: tiers.filter((tier) => tier.length > 0), members };
}

/**
 * The leadership chart of an organisation on `at`: two queries, one for the
 * posts and their holders and one for all the holders' other roles together.
 */
export function getOrgChart(db: Db, organization: { id: number; kind: string }, at: string): OrgChart {
  const { tiers, members } = chartPosts(db, organization, at);
  const inChart = tiers.flat().flatMap((post) => post.holders);
  const others = getRolesOfPeopleAt(
    db,
    inChart.map((holder) => holder.personId),
    at,
  );
  for (const holder of inChart) {
    holder.otherRoles = others.filter((role) => role.personId === holder.personId && role.organizationId !== organization.id);
  }
  return { tiers, members };
}

/** The seats outside the leadership chart (committee members and the like) with their holders on `at`. */
export function getOtherMembers(db: Db, organization: { id: number; kind: string }, at: string): ChartPost[] {
  return chartPosts(db, organization, at).members;
}

export interface UnitLeader {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  kind: string;
  level: string;
  leaderRoleKey: string | null;
  leaderTitle: string | null;
  leaders: { slug: string; name: string }[];
  /** The head's seat has terms attested only after the date. */
  leaderNotKnown: boolean;
}

/**
 * The boards, office, member organisations and Party bodies directly under an
 * organisation, each with whoever holds its first seat (Head, Chair, Secretary)
 * on `at`, in one query.
 */
export function getChildUnits(db: Db, parentId: number, at: string): UnitLeader[] {
  type Row = Omit<UnitLeader, "leaderRoleKey" | "leaderTitle" | "leaders" | "leaderNotKnown"> & {
    roleKey: string | null;
    title: string | null;
    personSlug: string | null;
    personName: string | null;
    unknownAtDate: number | null;
  };
  const rows = db.all<Row>(sql`
    SELECT o.id, o.slug, o.name, o.name_en AS nameEn, o.short_name AS shortName, o.kind, o.level,
           p.role_key AS roleKey, p.title, pe.slug AS personSlug, pe.full_name AS personName,
           (m.held_from > ${at}) AS unknownAtDate
    FROM organizations o
    LEFT JOIN posts p ON p.id = (SELECT p2.id FROM posts p2 WHERE p2.organization_id = o.id ORDER BY p2.sort_order, p2.id LIMIT 1)
    LEFT JOIN memberships m ON m.post_id = p.id AND ${termForPostAt(at)}
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE o.parent_id = ${parentId} AND o.kind <> 'front_committee' AND ${organizationInForce(at)}
    ORDER BY CASE o.kind WHEN 'board' THEN 0 WHEN 'office' THEN 1 WHEN 'member_organization' THEN 2 ELSE 3 END,
             o.sort_order, o.name, pe.folded_name`);
  const units = new Map<number, UnitLeader>();
  for (const { roleKey, title, personSlug, personName, unknownAtDate, ...organization } of rows) {
    const unit = units.get(organization.id) ?? {
      ...organization,
      leaderRoleKey: roleKey,
      leaderTitle: title,
      leaders: [],
      leaderNotKnown: false,
    };
    units.set(organization.id, unit);
    if (personSlug && personName) {
      if (unknownAtDate) unit.leaderNotKnown = true;
      else unit.leaders.push({ slug: personSlug, name: personName });
    }
  }
  return [...units.values()];
}

export const AREA_FILTERS = ["commune", "ward", "special_zone", "district"] as const;
export type AreaFilter = (typeof AREA_FILTERS)[number];

export interface CommitteeFilter {
  /** Part of the name, folded like everything searched. */
  q?: string;
  areaKind?: AreaFilter;
  page: number;
  pageSize: number;
}

export interface ChildCommittee {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
  areaKind: Area["kind"] | null;
  officials: number;
}

export interface ChildCommittees {
  items: ChildCommittee[];
  /** Committees matching the filter. */
  total: number;
  /** All committees below, whatever the filter, by kind of area. */
  byAreaKind: Partial<Record<string, number>>;
  page: number;
  pages: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The Front committees directly below one, a page at a time, filtered by name and kind of area. Three queries. */
export function getChildCommittees(db: Db, parentId: number, at: string, filter: CommitteeFilter): ChildCommittees {
  const conditions = [sql`o.parent_id = ${parentId}`, sql`o.kind = 'front_committee'`, organizationInForce(at)];
  if (filter.areaKind) conditions.push(sql`a.kind = ${filter.areaKind}`);
  const q = filter.q ? fold(filter.q).trim() : "";
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(sql`(fold_vi(o.name) LIKE ${pattern} ESCAPE '\\' OR fold_vi(coalesce(a.name, '')) LIKE ${pattern} ESCAPE '\\')`);
  }
  const where = sql.join(conditions, sql` AND `);

  const byAreaKind = Object.fromEntries(
    db
      .all<{ kind: string | null; n: number }>(
        sql`
        SELECT a.kind, count(*) AS n FROM organizations o LEFT JOIN areas a ON a.id = o.area_id
        WHERE o.parent_id = ${parentId} AND o.kind = 'front_committee' AND ${organizationInForce(at)} GROUP BY a.kind`,
      )
      .map((row) => [row.kind ?? "", row.n]),
  );
  const total =
    filter.q || filter.areaKind
      ? (db.get<{ n: number }>(sql`
          SELECT count(*) AS n FROM organizations o LEFT JOIN areas a ON a.id = o.area_id WHERE ${where}`)?.n ?? 0)
      : Object.values(byAreaKind).reduce((sum, n) => sum + n, 0);
  const pages = Math.max(1, Math.ceil(total / filter.pageSize));
  const page = Math.min(Math.max(1, filter.page), pages);
  // The page is picked first so that officials are counted for its committees only, not for all of them before sorting.
  const items = db.all<ChildCommittee>(sql`
    SELECT c.id, c.slug, c.name, c.nameEn, c.level, c.areaKind,
      (SELECT count(DISTINCT m.person_id) FROM memberships m
        JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
        WHERE m.organization_id = c.id AND m.retracted_at IS NULL
          AND m.held_until >= ${at} AND m.held_from <= ${at}) AS officials
    FROM (
      SELECT o.id, o.slug, o.name, o.name_en AS nameEn, o.level, a.kind AS areaKind, o.sort_order AS sortOrder
      FROM organizations o LEFT JOIN areas a ON a.id = o.area_id
      WHERE ${where}
      ORDER BY o.sort_order, o.name
      LIMIT ${filter.pageSize} OFFSET ${(page - 1) * filter.pageSize}
    ) c
    ORDER BY c.sortOrder, c.name`);
  return { items, total, byAreaKind, page, pages };
}

export interface OrganizationPageData {
  organization: Organization;
  area: Area | null;
  ancestors: Ancestor[];
  /** The day the chart shows: `at`, or the organisation's last day when it had ceased by `at` (its last holders). */
  shownAt: string;
  chart: OrgChart;
  units: UnitLeader[];
  committees: ChildCommittees;
  succession: Succession;
}

/** The day an organisation's page shows for `at`: a body that had ceased by then is shown on its last day. */
export function shownDate(organization: { validUntil: string | null }, at: string): string {
  return organization.validUntil && organization.validUntil < at ? organization.validUntil : at;
}

/**
 * Everything an organisation's page shows, in a fixed number of queries however
 * many posts, holders or committees below it there are (no query per row).
 */
export function getOrganizationPageData(db: Db, slug: string, at: string, filter: CommitteeFilter): OrganizationPageData | undefined {
  const found = getOrganizationBySlug(db, slug);
  if (!found) return undefined;
  const { organization, area } = found;
  const shownAt = shownDate(organization, at);
  return {
    organization,
    area,
    ancestors: getAncestors(db, organization.id),
    shownAt,
    chart: getOrgChart(db, organization, shownAt),
    units: getChildUnits(db, organization.id, shownAt),
    committees: getChildCommittees(db, organization.id, shownAt, filter),
    succession: getSuccession(db, organization),
  };
}
