/** The home page: the Central Committee, the provinces with their counts, and recently updated profiles. */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { Organization } from "../schema";
import { getCentralCommittee } from "./organizations";
import { getRolesOfPeopleAt, type RoleRow } from "./people";
import { getKeyPostCoverage, summarizeCoverage, type CoverageSummaryRow } from "./quality";
import { organizationInForce } from "./validity";

export interface ProvinceSummary {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
  areaName: string | null;
  /** Front committees anywhere below the provincial one. */
  committees: number;
  /** Distinct people holding a post on the date in the provincial committee or anything below it. */
  officials: number;
}

/** Every organisation under each provincial committee (itself included), tagged with that committee's id. */
const provincialSubtrees = (centralId: number) => sql`
  WITH RECURSIVE tree(id, root) AS (
    SELECT id, id FROM organizations WHERE parent_id = ${centralId} AND kind = 'front_committee'
    UNION ALL
    SELECT o.id, tree.root FROM organizations o JOIN tree ON o.parent_id = tree.id
  )`;

/** Three aggregate queries for all 34 provinces together, not three per province. */
export function getProvinceSummaries(db: Db, centralId: number, at: string): ProvinceSummary[] {
  const provinces = db.all<Omit<ProvinceSummary, "committees" | "officials">>(sql`
    SELECT o.id, o.slug, o.name, o.name_en AS nameEn, o.level, a.name AS areaName
    FROM organizations o LEFT JOIN areas a ON a.id = o.area_id
    WHERE o.parent_id = ${centralId} AND o.kind = 'front_committee' AND ${organizationInForce(at)}
    ORDER BY o.sort_order, o.name`);
  const committees = new Map(
    db
      .all<{ root: number; n: number }>(
        sql`${provincialSubtrees(centralId)}
        SELECT tree.root, count(*) AS n FROM tree JOIN organizations c ON c.id = tree.id
        WHERE c.kind = 'front_committee' AND c.id <> tree.root GROUP BY tree.root`,
      )
      .map((row) => [row.root, row.n]),
  );
  const officials = new Map(
    db
      .all<{ root: number; n: number }>(
        sql`${provincialSubtrees(centralId)}
        SELECT tree.root, count(DISTINCT m.person_id) AS n FROM tree
        JOIN memberships m ON m.organization_id = tree.id AND m.retracted_at IS NULL
          AND m.held_until >= ${at} AND m.held_from <= ${at}
        JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
        GROUP BY tree.root`,
      )
      .map((row) => [row.root, row.n]),
  );
  return provinces.map((p) => ({ ...p, committees: committees.get(p.id) ?? 0, officials: officials.get(p.id) ?? 0 }));
}

/** People holding a post on the date in the Central Committee or the boards and bodies directly under it. */
export function countCentralOfficials(db: Db, centralId: number, at: string): number {
  return (
    db.get<{ n: number }>(sql`
      SELECT count(DISTINCT m.person_id) AS n FROM memberships m
      JOIN people pe ON pe.id = m.person_id AND pe.retracted_at IS NULL
      WHERE m.retracted_at IS NULL AND m.held_until >= ${at} AND m.held_from <= ${at}
        AND m.organization_id IN (
          SELECT ${centralId} UNION ALL
          SELECT id FROM organizations WHERE parent_id = ${centralId} AND kind <> 'front_committee')`)?.n ?? 0
  );
}

export interface RecentProfile {
  id: number;
  slug: string;
  fullName: string;
  photoPath: string | null;
  updatedAt: string;
  /** The person's first role on the date, if any. */
  role: RoleRow | null;
}

/** The most recently updated profiles with each one's main role: two queries. */
export function getRecentProfiles(db: Db, at: string, limit = 6): RecentProfile[] {
  const recent = db.all<Omit<RecentProfile, "role">>(sql`
    SELECT id, slug, full_name AS fullName, photo_path AS photoPath, updated_at AS updatedAt
    FROM people WHERE retracted_at IS NULL
    ORDER BY updated_at DESC, id DESC LIMIT ${limit}`);
  const roles = getRolesOfPeopleAt(
    db,
    recent.map((person) => person.id),
    at,
  );
  return recent.map((person) => ({ ...person, role: roles.find((role) => role.personId === person.id) ?? null }));
}

/**
 * How long the provinces' counts are reused. Counting every official under
 * every province reads each open term once (about 0.2 s on 200,000 people), so
 * the home page recounts at most once a minute per date rather than per visit.
 */
export const PROVINCE_SUMMARY_TTL_MS = 60_000;
const summaryCache = new WeakMap<Db, Map<string, { expires: number; value: ProvinceSummary[] }>>();

function cachedProvinceSummaries(db: Db, centralId: number, at: string): ProvinceSummary[] {
  const byKey = summaryCache.get(db) ?? new Map<string, { expires: number; value: ProvinceSummary[] }>();
  summaryCache.set(db, byKey);
  const key = `${centralId}:${at}`;
  const hit = byKey.get(key);
  if (hit && hit.expires > Date.now()) return hit.value;
  const value = getProvinceSummaries(db, centralId, at);
  byKey.set(key, { expires: Date.now() + PROVINCE_SUMMARY_TTL_MS, value });
  return value;
}

export interface HomeData {
  central: Organization | undefined;
  centralOfficials: number;
  provinces: ProvinceSummary[];
  recent: RecentProfile[];
  /** How complete the key posts are today; empty for a past date. */
  coverage: CoverageSummaryRow[];
}

export function getHomeData(db: Db, at: string, today: string = at): HomeData {
  const central = getCentralCommittee(db);
  return {
    central,
    centralOfficials: central ? countCentralOfficials(db, central.id, at) : 0,
    provinces: central ? cachedProvinceSummaries(db, central.id, at) : [],
    recent: getRecentProfiles(db, at),
    coverage: at === today ? summarizeCoverage(getKeyPostCoverage(db, today)) : [],
  };
}
