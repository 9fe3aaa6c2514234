/** Reads for the administration: finding people, posts, sources and organisations, and a record with its terms. */
import { eq, sql, type SQL } from "drizzle-orm";
import { foldWords } from "../../lib/fold";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { organizations, people, posts } from "../schema";

/** LIKE patterns for each folded word of a query, with LIKE's own wildcards taken literally. */
function wordPatterns(query: string): string[] {
  return foldWords(query)
    .split(" ")
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** SQL true when every word of the query appears in the folded `text`. */
function matchesAll(text: SQL, query: string): SQL {
  const patterns = wordPatterns(query);
  if (patterns.length === 0) return sql`1`;
  return sql.join(
    patterns.map((pattern) => sql`${text} LIKE ${pattern} ESCAPE '\\'`),
    sql` AND `,
  );
}

/** The organisations under the actor's scope, as SQL usable after IN; admins see all. */
function scopeFilter(actor: Actor, column: SQL): SQL {
  if (actor.role === "admin") return sql`1`;
  return sql`${column} IN (
    WITH RECURSIVE down(id, depth) AS (
      SELECT ${actor.scopeOrganizationId ?? -1}, 0
      UNION ALL SELECT o.id, down.depth + 1 FROM organizations o JOIN down ON o.parent_id = down.id WHERE down.depth < 50
    ) SELECT id FROM down)`;
}

export interface PersonHit {
  id: number;
  slug: string;
  fullName: string;
  birthYear: number | null;
  retractedAt: string | null;
  roles: string | null;
}

export function searchPeople(
  db: Db,
  query: string,
  options: { includeRetracted?: boolean; limit?: number; offset?: number } = {},
): PersonHit[] {
  return db.all<PersonHit>(sql`
    SELECT p.id, p.slug, p.full_name AS fullName, p.birth_year AS birthYear, p.retracted_at AS retractedAt,
      (SELECT group_concat(label, '; ') FROM (
        SELECT po.title || ' ' || coalesce(o.short_name, o.name) AS label
        FROM memberships m JOIN posts po ON po.id = m.post_id JOIN organizations o ON o.id = m.organization_id
        WHERE m.person_id = p.id AND m.retracted_at IS NULL AND m.end_date IS NULL
        ORDER BY po.sort_order LIMIT 3)) AS roles
    FROM people p
    WHERE ${matchesAll(sql`p.folded_name`, query)}
      ${options.includeRetracted ? sql`` : sql`AND p.retracted_at IS NULL`}
    ORDER BY p.folded_name = ${foldWords(query)} DESC, p.full_name, p.id
    LIMIT ${options.limit ?? 20} OFFSET ${options.offset ?? 0}`);
}

export interface PostHit {
  id: number;
  title: string;
  roleKey: string;
  maxHolders: number | null;
  organizationId: number;
  organizationName: string;
  holders: number;
}

/** Posts in the actor's scope whose title and organisation contain every word of the query. */
export function searchPosts(db: Db, actor: Actor, query: string, limit = 20): PostHit[] {
  return db.all<PostHit>(sql`
    SELECT p.id, p.title, p.role_key AS roleKey, p.max_holders AS maxHolders,
      o.id AS organizationId, o.name AS organizationName,
      (SELECT count(*) FROM memberships m WHERE m.post_id = p.id AND m.retracted_at IS NULL AND m.end_date IS NULL) AS holders
    FROM posts p JOIN organizations o ON o.id = p.organization_id
    WHERE ${scopeFilter(actor, sql`o.id`)}
      AND ${matchesAll(sql`fold_vi(p.title || ' ' || o.name || ' ' || coalesce(o.short_name, ''))`, query)}
    ORDER BY o.level = 'central' DESC, o.kind <> 'front_committee', o.name, p.sort_order
    LIMIT ${limit}`);
}

export interface SourceHit {
  id: number;
  title: string;
  publisher: string | null;
  publishedDate: string | null;
  url: string | null;
}

export function searchSources(db: Db, query: string, limit = 20): SourceHit[] {
  return db.all<SourceHit>(sql`
    SELECT id, title, publisher, published_date AS publishedDate, url FROM sources
    WHERE ${matchesAll(sql`fold_vi(title || ' ' || coalesce(publisher, '') || ' ' || coalesce(url, ''))`, query)}
    ORDER BY published_date DESC, id DESC LIMIT ${limit}`);
}

export interface OrganizationHit {
  id: number;
  slug: string;
  name: string;
  kind: string;
  level: string;
  parentName: string | null;
}

/** Organisations matching the query; only those in the actor's scope unless `anyScope` (admins choosing a scope). */
export function searchOrganizations(
  db: Db,
  actor: Actor,
  query: string,
  options: { limit?: number; offset?: number; anyScope?: boolean } = {},
): OrganizationHit[] {
  return db.all<OrganizationHit>(sql`
    SELECT o.id, o.slug, o.name, o.kind, o.level, parent.name AS parentName
    FROM organizations o LEFT JOIN organizations parent ON parent.id = o.parent_id
    WHERE ${options.anyScope ? sql`1` : scopeFilter(actor, sql`o.id`)}
      AND ${matchesAll(sql`fold_vi(o.name || ' ' || coalesce(o.short_name, ''))`, query)}
    ORDER BY o.level = 'central' DESC, o.level = 'province' DESC, o.parent_id IS NOT NULL, o.sort_order, o.name
    LIMIT ${options.limit ?? 20} OFFSET ${options.offset ?? 0}`);
}

export interface AdminTerm {
  id: number;
  version: number;
  personId: number;
  personName: string;
  personSlug: string;
  postId: number;
  postTitle: string;
  roleKey: string;
  organizationId: number;
  organizationName: string;
  organizationSlug: string;
  startDate: string | null;
  attestedDate: string | null;
  endDate: string | null;
  endReason: string | null;
  retractedAt: string | null;
  retractedReason: string | null;
}

const termColumns = sql`
  m.id, m.version, m.person_id AS personId, pe.full_name AS personName, pe.slug AS personSlug,
  m.post_id AS postId, p.title AS postTitle, p.role_key AS roleKey,
  o.id AS organizationId, o.name AS organizationName, o.slug AS organizationSlug,
  m.start_date AS startDate, m.attested_date AS attestedDate, m.end_date AS endDate, m.end_reason AS endReason,
  m.retracted_at AS retractedAt, m.retracted_reason AS retractedReason`;

const termJoins = sql`
  FROM memberships m JOIN people pe ON pe.id = m.person_id JOIN posts p ON p.id = m.post_id
  JOIN organizations o ON o.id = m.organization_id`;

/** Every term of a person, retracted ones included: current first, then by when they ended. */
export function getPersonTerms(db: Db, personId: number): AdminTerm[] {
  return db.all<AdminTerm>(sql`
    SELECT ${termColumns} ${termJoins}
    WHERE m.person_id = ${personId}
    ORDER BY m.retracted_at IS NOT NULL, m.end_date IS NOT NULL, m.held_until DESC, p.sort_order`);
}

export function getTerm(db: Db, id: number): AdminTerm | undefined {
  return db.get<AdminTerm>(sql`SELECT ${termColumns} ${termJoins} WHERE m.id = ${id}`);
}

/** Retracted terms of a person or of an organisation, for the change history. */
export function getRetractedTerms(db: Db, where: { personId: number } | { organizationId: number }): AdminTerm[] {
  const filter = "personId" in where ? sql`m.person_id = ${where.personId}` : sql`m.organization_id = ${where.organizationId}`;
  return db.all<AdminTerm>(sql`
    SELECT ${termColumns} ${termJoins}
    WHERE ${filter} AND m.retracted_at IS NOT NULL ORDER BY m.retracted_at DESC LIMIT 100`);
}

export function getTermSources(db: Db, membershipId: number) {
  return db.all<{
    id: number;
    title: string;
    publisher: string | null;
    publishedDate: string | null;
    url: string | null;
    quote: string | null;
  }>(sql`
    SELECT s.id, s.title, s.publisher, s.published_date AS publishedDate, s.url, ms.quote
    FROM membership_sources ms JOIN sources s ON s.id = ms.source_id
    WHERE ms.membership_id = ${membershipId} ORDER BY s.published_date, s.id`);
}

export function getPerson(db: Db, id: number) {
  return db.select().from(people).where(eq(people.id, id)).get();
}

export function getOrganization(db: Db, id: number) {
  const organization = db.select().from(organizations).where(eq(organizations.id, id)).get();
  if (!organization) return undefined;
  const parent = organization.parentId
    ? db.select().from(organizations).where(eq(organizations.id, organization.parentId)).get()
    : undefined;
  return { organization, parent };
}

export function getPost(db: Db, id: number) {
  return db.select().from(posts).where(eq(posts.id, id)).get();
}

/** The posts of an organisation with how many hold each now. */
export function getOrganizationPosts(db: Db, organizationId: number) {
  return db.all<{ id: number; version: number; title: string; roleKey: string; maxHolders: number | null; holders: number }>(sql`
    SELECT p.id, p.version, p.title, p.role_key AS roleKey, p.max_holders AS maxHolders,
      (SELECT count(*) FROM memberships m WHERE m.post_id = p.id AND m.retracted_at IS NULL AND m.end_date IS NULL) AS holders
    FROM posts p WHERE p.organization_id = ${organizationId} ORDER BY p.sort_order, p.id`);
}

export function getChildren(db: Db, organizationId: number) {
  return db.all<{ id: number; name: string; kind: string }>(sql`
    SELECT id, name, kind FROM organizations WHERE parent_id = ${organizationId} ORDER BY sort_order, name LIMIT 200`);
}
