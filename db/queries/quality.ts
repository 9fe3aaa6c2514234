/**
 * Coverage and quality for editors (/admin/quality) and the home page's summary:
 * which key posts of each Front committee have a current holder and when a
 * source last confirmed it, and the records that break the data's rules or lack
 * what a reader needs. Everything is limited to an editor's scope; admins (and
 * the home page) see the whole country.
 */
import { sql, type SQL } from "drizzle-orm";
import { isStale, KEY_POSTS, rolesExclusive, type KeyPost } from "../../lib/quality";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { organizationInForce } from "./validity";

/** How many rows of each list the page shows; the counts cover all of them. */
export const QUALITY_LIST_LIMIT = 50;

/** The organisations in the actor's scope, as SQL for `alias.id IN (…)`; null for everything. */
function scopeIds(actor: Actor | null): SQL | null {
  if (!actor || actor.role === "admin") return null;
  if (actor.scopeOrganizationId === null) return sql`SELECT NULL`;
  return sql`WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM organizations WHERE id = ${actor.scopeOrganizationId}
      UNION ALL SELECT o.id, down.depth + 1 FROM organizations o JOIN down ON o.parent_id = down.id WHERE down.depth < 50
    ) SELECT id FROM down`;
}

const inScope = (scope: SQL | null, column: SQL) => (scope ? sql`${column} IN (${scope})` : sql`1`);

export interface KeyPostHolder {
  membershipId: number;
  slug: string;
  name: string;
  /** The latest date a source citing the term was published (or, failing that, the term's own dates). */
  lastConfirmed: string | null;
  stale: boolean;
}

export interface KeyPostCoverage {
  post: KeyPost;
  /** The post on record, where its organisation is; null when the member organisation is not on record. */
  postId: number | null;
  organizationId: number | null;
  holders: KeyPostHolder[];
}

export interface CommitteeCoverage {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
  posts: KeyPostCoverage[];
  /** Distinct reports that state a term in the committee or a body under it. */
  reports: number;
}

interface CoverageRow {
  committeeId: number;
  organizationId: number;
  memberType: string | null;
  postId: number;
  roleKey: string;
  membershipId: number | null;
  slug: string | null;
  name: string | null;
  lastConfirmed: string | null;
}

/**
 * The key posts of the Central Committee and today's provincial committees on
 * `today`, within the actor's scope: three queries for all committees.
 */
export function getKeyPostCoverage(db: Db, today: string, actor: Actor | null = null): CommitteeCoverage[] {
  const scope = scopeIds(actor);
  const committees = db.all<Omit<CommitteeCoverage, "posts" | "reports">>(sql`
    SELECT o.id, o.slug, o.name, o.name_en AS nameEn, o.level FROM organizations o
    WHERE o.kind = 'front_committee' AND o.level IN ('central', 'province') AND ${organizationInForce(today)}
      AND ${inScope(scope, sql`o.id`)}
    ORDER BY o.level <> 'central', o.sort_order, o.name`);
  if (committees.length === 0) return [];
  const ids = JSON.stringify(committees.map((c) => c.id));
  const roleKeys = JSON.stringify([...new Set(KEY_POSTS.map((p) => p.roleKey))]);
  const rows = db.all<CoverageRow>(sql`
    WITH targets(committeeId, organizationId, memberType) AS (
      SELECT value, value, NULL FROM json_each(${ids})
      UNION ALL
      SELECT o.parent_id, o.id, o.member_type FROM organizations o
      WHERE o.parent_id IN (SELECT value FROM json_each(${ids})) AND o.kind = 'member_organization' AND ${organizationInForce(today)}
    )
    SELECT t.committeeId, t.organizationId, t.memberType, p.id AS postId, p.role_key AS roleKey,
           m.id AS membershipId, pe.slug, pe.full_name AS name,
           coalesce((SELECT max(s.published_date) FROM membership_sources ms JOIN sources s ON s.id = ms.source_id
                     WHERE ms.membership_id = m.id), m.attested_date, m.start_date) AS lastConfirmed
    FROM targets t
    JOIN posts p ON p.organization_id = t.organizationId AND p.role_key IN (SELECT value FROM json_each(${roleKeys}))
    LEFT JOIN memberships m ON m.post_id = p.id AND m.retracted_at IS NULL AND m.held_from <= ${today} AND m.held_until >= ${today}
    LEFT JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
    ORDER BY t.committeeId, p.sort_order, pe.folded_name`);
  const reports = new Map(
    db
      .all<{ committeeId: number; n: number }>(
        sql`
        WITH RECURSIVE tree(id, root) AS (
          SELECT value, value FROM json_each(${ids})
          UNION ALL SELECT o.id, tree.root FROM organizations o JOIN tree ON o.parent_id = tree.id WHERE o.kind <> 'front_committee'
        )
        SELECT tree.root AS committeeId, count(DISTINCT ms.source_id) AS n FROM tree
        JOIN memberships m ON m.organization_id = tree.id AND m.retracted_at IS NULL
        JOIN membership_sources ms ON ms.membership_id = m.id
        GROUP BY tree.root`,
      )
      .map((row) => [row.committeeId, row.n]),
  );
  return committees.map((committee) => ({
    ...committee,
    reports: reports.get(committee.id) ?? 0,
    posts: KEY_POSTS.map((post) => {
      const mine = rows.filter(
        (row) => row.committeeId === committee.id && row.roleKey === post.roleKey && row.memberType === post.memberType,
      );
      return {
        post,
        postId: mine[0]?.postId ?? null,
        organizationId: mine[0]?.organizationId ?? null,
        holders: mine
          .filter((row) => row.membershipId !== null && row.slug !== null)
          .map((row) => ({
            membershipId: row.membershipId!,
            slug: row.slug!,
            name: row.name!,
            lastConfirmed: row.lastConfirmed,
            stale: isStale(row.lastConfirmed, today),
          })),
      };
    }),
  }));
}

export interface CoverageSummaryRow {
  post: KeyPost;
  /** Provincial committees in force. */
  committees: number;
  /** …with a current holder of the post. */
  known: number;
  /** …whose holder a source confirmed within the last twelve months. */
  confirmed: number;
}

/** The home page's table: for each key post, how many of today's provincial committees have it known and recently confirmed. */
export function summarizeCoverage(coverage: CommitteeCoverage[]): CoverageSummaryRow[] {
  const provinces = coverage.filter((committee) => committee.level === "province");
  return KEY_POSTS.map((post, index) => ({
    post,
    committees: provinces.length,
    known: provinces.filter((c) => c.posts[index].holders.length > 0).length,
    confirmed: provinces.filter((c) => c.posts[index].holders.some((holder) => !holder.stale)).length,
  }));
}

export interface QualityTerm {
  membershipId: number;
  personSlug: string;
  personName: string;
  postTitle: string;
  organizationId: number;
  organizationName: string;
  heldFrom: string;
  /** The other term, for overlaps and forbidden pairs. */
  otherMembershipId?: number;
  otherPersonName?: string;
  otherPostTitle?: string;
}

export interface QualityList<T> {
  total: number;
  rows: T[];
}

function listOf<T>(db: Db, query: SQL): QualityList<T> {
  const rows = db.all<T & { total: number }>(sql`SELECT *, count(*) OVER () AS total FROM (${query}) LIMIT ${QUALITY_LIST_LIMIT}`);
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row as T) };
}

const termColumns = sql`m.id AS membershipId, pe.slug AS personSlug, pe.full_name AS personName, p.title AS postTitle,
  o.id AS organizationId, o.name AS organizationName, m.held_from AS heldFrom`;

const termJoins = sql`FROM memberships m JOIN posts p ON p.id = m.post_id JOIN organizations o ON o.id = m.organization_id
  JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL`;

export interface QualityReport {
  withoutStart: QualityList<QualityTerm>;
  overlaps: QualityList<QualityTerm>;
  forbiddenPairs: QualityList<QualityTerm>;
  withoutSource: QualityList<{ id: number; slug: string; name: string; kind: string }>;
}

/** The records within the actor's scope that break a rule or lack a date or a source: four queries. */
export function getQualityReport(db: Db, today: string, actor: Actor | null): QualityReport {
  const scope = scopeIds(actor);
  const withoutStart = listOf<QualityTerm>(
    db,
    sql`SELECT ${termColumns} ${termJoins}
      WHERE m.retracted_at IS NULL AND m.start_date IS NULL AND m.held_until >= ${today} AND ${organizationInForce(today)}
        AND ${inScope(scope, sql`o.id`)}
      ORDER BY o.sort_order, o.name, p.sort_order`,
  );
  // Two terms of a post one person holds at a time, both known held over a common stretch: a handover on one day
  // (one term ends the day, or the month, the next is first known) is not an overlap.
  const overlaps = listOf<QualityTerm>(
    db,
    sql`SELECT ${termColumns}, n.id AS otherMembershipId, other.full_name AS otherPersonName, p.title AS otherPostTitle
      ${termJoins}
      JOIN memberships n ON n.post_id = m.post_id AND n.id > m.id AND n.retracted_at IS NULL
        AND n.held_from < m.held_until AND m.held_from < n.held_until
      JOIN people other ON other.id = n.person_id AND other.retracted_at IS NULL
      WHERE m.retracted_at IS NULL AND p.max_holders = 1 AND ${inScope(scope, sql`o.id`)}
      ORDER BY o.sort_order, o.name`,
  );
  const pairs = db
    .all<QualityTerm & { roleKey: string; otherRoleKey: string }>(
      sql`SELECT ${termColumns}, p.role_key AS roleKey, n.id AS otherMembershipId, pe.full_name AS otherPersonName,
        q.title AS otherPostTitle, q.role_key AS otherRoleKey
      ${termJoins}
      JOIN memberships n ON n.person_id = m.person_id AND n.organization_id = m.organization_id AND n.post_id <> m.post_id
        AND n.id > m.id AND n.retracted_at IS NULL AND n.held_from <= ${today} AND n.held_until >= ${today}
      JOIN posts q ON q.id = n.post_id
      WHERE m.retracted_at IS NULL AND m.held_from <= ${today} AND m.held_until >= ${today} AND ${inScope(scope, sql`o.id`)}
      ORDER BY o.sort_order, o.name`,
    )
    .filter((row) => rolesExclusive(row.roleKey, row.otherRoleKey))
    .map(({ roleKey: _a, otherRoleKey: _b, ...row }) => row);
  const withoutSource = listOf<{ id: number; slug: string; name: string; kind: string }>(
    db,
    sql`SELECT o.id, o.slug, o.name, o.kind FROM organizations o
      WHERE ${organizationInForce(today)} AND ${inScope(scope, sql`o.id`)}
        AND NOT EXISTS (SELECT 1 FROM memberships m JOIN membership_sources ms ON ms.membership_id = m.id
                        WHERE m.organization_id = o.id AND m.retracted_at IS NULL)
      ORDER BY o.level <> 'central', o.level <> 'province', o.sort_order, o.name`,
  );
  return {
    withoutStart,
    overlaps,
    forbiddenPairs: { total: pairs.length, rows: pairs.slice(0, QUALITY_LIST_LIMIT) },
    withoutSource,
  };
}
