/**
 * History: what a committee became or came from (through its area's succession,
 * area_successions), every holder of an organisation's posts over time, and
 * each term's predecessor and successor in a post one person holds at a time.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { getSourcesForMemberships, type CitedSource } from "./sources";

export interface SuccessionLink {
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
  /** The linked committee's last day, when it has ceased. */
  validUntil: string | null;
  /** The first day of the successor. */
  effectiveDate: string;
  source: { title: string; publisher: string | null; publishedDate: string | null; url: string | null };
  quote: string;
}

export interface Succession {
  /** The committee this one became part of, when it ceased. */
  successor: SuccessionLink | null;
  /** The committees that became part of this one. */
  predecessors: SuccessionLink[];
}

interface SuccessionRow {
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
  validUntil: string | null;
  effectiveDate: string;
  title: string;
  publisher: string | null;
  publishedDate: string | null;
  url: string | null;
  quote: string;
}

const successionColumns = sql`o.slug, o.name, o.name_en AS nameEn, o.level, o.valid_until AS validUntil, s.effective_date AS effectiveDate,
  src.title, src.publisher, src.published_date AS publishedDate, src.url, s.quote`;

const toLink = ({ title, publisher, publishedDate, url, ...rest }: SuccessionRow): SuccessionLink => ({
  ...rest,
  source: { title, publisher, publishedDate, url },
});

/** A Front committee's successor and predecessors, found through its area's succession: two queries. */
export function getSuccession(db: Db, organization: { kind: string; level: string; areaId: number | null }): Succession {
  if (organization.kind !== "front_committee" || organization.areaId === null) return { successor: null, predecessors: [] };
  const successor = db.get<SuccessionRow>(sql`
    SELECT ${successionColumns} FROM area_successions s
    JOIN organizations o ON o.area_id = s.successor_id AND o.kind = 'front_committee' AND o.level = ${organization.level}
    JOIN sources src ON src.id = s.source_id
    WHERE s.area_id = ${organization.areaId}`);
  const predecessors = db.all<SuccessionRow>(sql`
    SELECT ${successionColumns} FROM area_successions s
    JOIN organizations o ON o.area_id = s.area_id AND o.kind = 'front_committee' AND o.level = ${organization.level}
    JOIN sources src ON src.id = s.source_id
    WHERE s.successor_id = ${organization.areaId}
    ORDER BY o.sort_order, o.name`);
  return { successor: successor ? toLink(successor) : null, predecessors: predecessors.map(toLink) };
}

export interface HistoryTerm {
  membershipId: number;
  personSlug: string;
  personName: string;
  startDate: string | null;
  endDate: string | null;
  endReason: string | null;
  attestedDate: string | null;
}

export interface PostHistory {
  postId: number;
  roleKey: string;
  title: string;
  maxHolders: number | null;
  /** Every holder over time, the earliest first. */
  terms: HistoryTerm[];
}

/** Every post of an organisation that has had a holder, with all its terms (not retracted) and their sources: two queries. */
export function getPostHistories(db: Db, organizationId: number): { posts: PostHistory[]; sources: CitedSource[] } {
  const rows = db.all<Omit<PostHistory, "terms"> & HistoryTerm>(sql`
    SELECT p.id AS postId, p.role_key AS roleKey, p.title, p.max_holders AS maxHolders,
           m.id AS membershipId, pe.slug AS personSlug, pe.full_name AS personName,
           m.start_date AS startDate, m.end_date AS endDate, m.end_reason AS endReason, m.attested_date AS attestedDate
    FROM posts p
    JOIN memberships m ON m.post_id = p.id AND m.retracted_at IS NULL
    JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
    WHERE p.organization_id = ${organizationId}
    ORDER BY p.sort_order, p.id, m.held_from, m.id`);
  const posts = new Map<number, PostHistory>();
  for (const { postId, roleKey, title, maxHolders, ...term } of rows) {
    const post = posts.get(postId) ?? { postId, roleKey, title, maxHolders, terms: [] };
    posts.set(postId, post);
    post.terms.push(term);
  }
  return {
    posts: [...posts.values()],
    sources: getSourcesForMemberships(
      db,
      rows.map((row) => row.membershipId),
    ),
  };
}

export interface Neighbour {
  slug: string;
  name: string;
}

export interface TermNeighbours {
  predecessor: Neighbour | null;
  successor: Neighbour | null;
}

/**
 * The holders before and after each of the given terms, in posts one person
 * holds at a time: the nearest earlier and later terms of someone else in the
 * same post, ordered by the first day each is known held. One query; terms of
 * posts with several holders get neither.
 */
export function getTermNeighbours(db: Db, membershipIds: number[]): Map<number, TermNeighbours> {
  const result = new Map<number, TermNeighbours>();
  if (membershipIds.length === 0) return result;
  const other = (direction: "before" | "after") => sql`(
    SELECT json_object('slug', pe.slug, 'name', pe.full_name) FROM memberships n
    JOIN people pe ON pe.id = n.person_id AND pe.retracted_at IS NULL
    WHERE n.post_id = m.post_id AND n.person_id <> m.person_id AND n.retracted_at IS NULL
      AND ${direction === "before" ? sql`(n.held_from, n.id) < (m.held_from, m.id)` : sql`(n.held_from, n.id) > (m.held_from, m.id)`}
    ORDER BY ${direction === "before" ? sql`n.held_from DESC, n.id DESC` : sql`n.held_from, n.id`} LIMIT 1)`;
  const rows = db.all<{ id: number; predecessor: string | null; successor: string | null }>(sql`
    SELECT m.id, ${other("before")} AS predecessor, ${other("after")} AS successor
    FROM memberships m JOIN posts p ON p.id = m.post_id AND p.max_holders = 1
    WHERE m.id IN (SELECT value FROM json_each(${JSON.stringify(membershipIds)}))`);
  for (const row of rows) {
    result.set(row.id, {
      predecessor: row.predecessor ? (JSON.parse(row.predecessor) as Neighbour) : null,
      successor: row.successor ? (JSON.parse(row.successor) as Neighbour) : null,
    });
  }
  return result;
}
