import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { membershipSources, people, sources } from "../schema";

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
}

const roleColumns = sql`
  m.id AS membershipId, p.id AS postId, p.role_key AS roleKey, p.title,
  o.id AS organizationId, o.slug AS organizationSlug, o.name AS organizationName, o.name_en AS organizationNameEn,
  o.kind AS organizationKind, o.level,
  m.start_date AS startDate, m.start_precision AS startPrecision, m.end_date AS endDate,
  m.end_precision AS endPrecision, m.end_reason AS endReason, m.attested_date AS attestedDate`;

/**
 * The person's concurrent roles: every term open on `at`. One query on the
 * (person_id, held_until, held_from) index.
 */
export function getRolesAt(db: Db, personId: number, at: string): RoleRow[] {
  return db.all<RoleRow>(sql`
    SELECT ${roleColumns}
    FROM memberships m
    JOIN posts p ON p.id = m.post_id
    JOIN organizations o ON o.id = m.organization_id
    WHERE m.person_id = ${personId} AND m.retracted_at IS NULL
      AND m.held_until >= ${at} AND m.held_from <= ${at}
    ORDER BY o.level, o.kind <> 'front_committee', p.sort_order, o.name`);
}

/** Terms that ended before `at`, most recent first. */
export function getPastRoles(db: Db, personId: number, at: string): RoleRow[] {
  return db.all<RoleRow>(sql`
    SELECT ${roleColumns}
    FROM memberships m
    JOIN posts p ON p.id = m.post_id
    JOIN organizations o ON o.id = m.organization_id
    WHERE m.person_id = ${personId} AND m.retracted_at IS NULL AND m.held_until < ${at}
    ORDER BY m.held_until DESC, p.sort_order`);
}

export interface CitedSource {
  membershipId: number;
  sourceId: number;
  title: string;
  publisher: string | null;
  publishedDate: string | null;
  url: string | null;
  quote: string | null;
}

/** The sources of many terms at once (no query per term). */
export function getSourcesForMemberships(db: Db, membershipIds: number[]): CitedSource[] {
  if (membershipIds.length === 0) return [];
  return db
    .select({
      membershipId: membershipSources.membershipId,
      sourceId: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      publishedDate: sources.publishedDate,
      url: sources.url,
      quote: membershipSources.quote,
    })
    .from(membershipSources)
    .innerJoin(sources, eq(sources.id, membershipSources.sourceId))
    .where(inArray(membershipSources.membershipId, membershipIds))
    .orderBy(sources.publishedDate, sources.id)
    .all();
}
