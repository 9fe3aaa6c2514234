/**
 * Who a name in an article is: a person on record with the same folded name
 * (or other name), preferring one who holds a post in the organisations the
 * article's titles concern; otherwise a new person.
 */
import { sql } from "drizzle-orm";
import { fold } from "../../lib/fold";
import type { PersonCandidate, PersonMatch } from "../../lib/import/review";
import type { Db } from "../client";

export function normalName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

interface Found extends PersonCandidate {
  organizationIds: number[];
}

/** People recorded under this name, with the organisations of their terms and what they hold at `date`. */
function namesakes(db: Db, name: string, date: string): Found[] {
  const folded = fold(normalName(name));
  const rows = db.all<{ id: number; slug: string; fullName: string; organizationIds: string | null; roles: string | null }>(sql`
    SELECT p.id, p.slug, p.full_name AS fullName,
      (SELECT group_concat(DISTINCT m.organization_id) FROM memberships m
        WHERE m.person_id = p.id AND m.retracted_at IS NULL) AS organizationIds,
      (SELECT group_concat(po.title || ' ' || o.name, '; ') FROM memberships m
        JOIN posts po ON po.id = m.post_id JOIN organizations o ON o.id = m.organization_id
        WHERE m.person_id = p.id AND m.retracted_at IS NULL AND m.held_until >= ${date}) AS roles
    FROM people p
    WHERE p.retracted_at IS NULL AND p.id IN (
      -- Two lookups rather than one OR, so the indexed name is not read through a scan of everyone.
      SELECT id FROM people WHERE folded_name = ${folded}
      UNION
      SELECT id FROM people WHERE other_names <> '[]'
        AND EXISTS (SELECT 1 FROM json_each(other_names) o WHERE fold_vi(o.value) = ${folded}))
    ORDER BY p.id`);
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    fullName: row.fullName,
    roles: row.roles ?? "",
    organizationIds: row.organizationIds ? row.organizationIds.split(",").map(Number) : [],
  }));
}

/**
 * The person a name most likely is. `concerned` are the organisations of the
 * person's titles in the article and the context's; a namesake holding a post
 * in one of them is a confident match, one elsewhere a tentative one.
 */
export function matchPerson(db: Db, name: string, concerned: ReadonlySet<number>, date: string): PersonMatch {
  const found = namesakes(db, name, date);
  const candidates = found.map(({ organizationIds: _ids, ...candidate }) => candidate);
  const close = found.find((person) => person.organizationIds.some((id) => concerned.has(id)));
  if (close) return { id: close.id, fullName: close.fullName, confidence: "high", candidates };
  if (found.length > 0) return { id: found[0].id, fullName: found[0].fullName, confidence: "low", candidates };
  return { id: null, fullName: normalName(name), confidence: "new", candidates };
}
