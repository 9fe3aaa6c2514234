/**
 * Who a name in an article (or a row of a spreadsheet) is: a person on record
 * with the same folded name (or other name), preferring one who holds a post
 * in the organisations the titles concern; otherwise a new person. Many names
 * are matched at once in a fixed number of queries (a few per 500 names), so a
 * file of thousands of rows, whose common names each have dozens of namesakes
 * at national scale, costs little more than an article.
 */
import { sql } from "drizzle-orm";
import { fold } from "../../lib/fold";
import type { PersonCandidate, PersonMatch } from "../../lib/import/review";
import type { Db } from "../client";

export function normalName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

const CHUNK = 500;

/** Runs `query` on the values a chunk at a time (SQLite limits the parameters of one statement). */
function chunked<T, R>(values: T[], query: (chunk: T[]) => R[]): R[] {
  const rows: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) rows.push(...query(values.slice(i, i + CHUNK)));
  return rows;
}

const list = (values: (string | number)[]) => sql.join(values, sql`, `);

/** The ids of the people on record under each folded name or other name, in id order. */
function namesakeIds(db: Db, folded: Set<string>): Map<string, number[]> {
  const ids = new Map<string, Set<number>>();
  const add = (name: string, id: number) => (ids.get(name) ?? ids.set(name, new Set()).get(name)!).add(id);
  // Names from their index alone (a common name has dozens of holders); the few retracted people are left out after.
  for (const row of chunked([...folded], (part) =>
    db.all<{ id: number; folded: string }>(sql`SELECT id, folded_name AS folded FROM people WHERE folded_name IN (${list(part)})`),
  ))
    add(row.folded, row.id);
  // Other names have no index; the people who have any are read once for all the names.
  for (const row of db.all<{ id: number; other: string }>(sql`
    SELECT p.id, o.value AS other FROM people p, json_each(p.other_names) o WHERE p.other_names <> '[]'`)) {
    const other = fold(normalName(row.other));
    if (folded.has(other)) add(other, row.id);
  }
  const retracted = new Set(db.all<{ id: number }>(sql`SELECT id FROM people WHERE retracted_at IS NOT NULL`).map((row) => row.id));
  return new Map([...ids].map(([name, set]) => [name, [...set].filter((id) => !retracted.has(id)).sort((a, b) => a - b)]));
}

/** Which of the people hold (or held) a post in any of the organisations: the terms of those organisations, read once. */
function organizationsOf(db: Db, people: Set<number>, organizations: Set<number>): Map<number, Set<number>> {
  const held = new Map<number, Set<number>>();
  for (const row of chunked([...organizations], (part) =>
    db.all<{ personId: number; organizationId: number }>(sql`
      SELECT person_id AS personId, organization_id AS organizationId FROM memberships
      WHERE organization_id IN (${list(part)}) AND retracted_at IS NULL`),
  ))
    if (people.has(row.personId)) (held.get(row.personId) ?? held.set(row.personId, new Set()).get(row.personId)!).add(row.organizationId);
  return held;
}

/** Names and what each holds at `date`, to tell namesakes apart on the review page. */
function candidates(db: Db, ids: number[], date: string): Map<number, PersonCandidate> {
  const found = new Map<number, PersonCandidate>();
  for (const row of chunked(ids, (part) =>
    db.all<{ id: number; slug: string; fullName: string }>(sql`
      SELECT id, slug, full_name AS fullName FROM people WHERE id IN (${list(part)})`),
  ))
    found.set(row.id, { ...row, roles: "" });
  for (const row of chunked(ids, (part) =>
    db.all<{ personId: number; role: string }>(sql`
      SELECT m.person_id AS personId, po.title || ' ' || o.name AS role
      FROM memberships m JOIN posts po ON po.id = m.post_id JOIN organizations o ON o.id = m.organization_id
      WHERE m.person_id IN (${list(part)}) AND m.retracted_at IS NULL AND m.held_until >= ${date}
      ORDER BY m.id`),
  )) {
    const candidate = found.get(row.personId);
    if (candidate) candidate.roles = candidate.roles ? `${candidate.roles}; ${row.role}` : row.role;
  }
  return found;
}

export interface MatchRequest {
  name: string;
  /** The organisations of the person's titles and the context's: a namesake holding a post in one is a confident match. */
  concerned: ReadonlySet<number>;
  /** A person the caller has reason to pick (a spreadsheet row's profile link): chosen when they bear the name. */
  pin?: number;
}

/**
 * The person each name most likely is: a namesake in a concerned organisation
 * (high), one elsewhere (low), or someone new. `shown` caps the namesakes
 * listed per name (the match first), for a name that dozens of people share.
 */
export function matchPeople(db: Db, requests: readonly MatchRequest[], date: string, shown = Infinity): PersonMatch[] {
  const keys = requests.map((request) => fold(normalName(request.name)));
  const ids = namesakeIds(db, new Set(keys));
  const held = organizationsOf(
    db,
    new Set([...ids.values()].flat()),
    new Set(requests.flatMap((request, i) => (ids.has(keys[i]) ? [...request.concerned] : []))),
  );
  const picks = requests.map(({ concerned, pin }, i) => {
    const same = ids.get(keys[i]) ?? [];
    const close = same.find((id) => id === pin) ?? same.find((id) => [...(held.get(id) ?? [])].some((org) => concerned.has(org)));
    const chosen = close ?? same[0] ?? null;
    const listed = same.length <= shown ? same : [chosen!, ...same.filter((id) => id !== chosen).slice(0, shown - 1)].sort((a, b) => a - b);
    return { chosen, confidence: close ? ("high" as const) : chosen ? ("low" as const) : ("new" as const), listed };
  });
  const details = candidates(db, [...new Set(picks.flatMap((pick) => pick.listed))], date);
  return picks.map(({ chosen, confidence, listed }, i) => {
    const list = listed.flatMap((id) => (details.has(id) ? [details.get(id)!] : []));
    const person = chosen === null ? undefined : details.get(chosen);
    return person
      ? { id: person.id, fullName: person.fullName, confidence, candidates: list }
      : { id: null, fullName: normalName(requests[i].name), confidence: "new", candidates: [] };
  });
}
