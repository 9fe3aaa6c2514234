/**
 * npm run data:coverage — what the directory in DATABASE_PATH holds: per
 * provincial committee (and the Central Committee), which key posts have a
 * current holder and from how many reports, and the totals the real directory
 * is held to (people, concurrent roles, ended terms, unsourced terms).
 */
import { sql } from "drizzle-orm";
import { databasePath, openDatabase } from "../db/client";
import { getKeyPostCoverage } from "../db/queries/quality";
import { todayIso } from "../lib/dates";
import { KEY_POSTS } from "../lib/quality";

const db = openDatabase(databasePath());
const today = todayIso();
const coverage = getKeyPostCoverage(db, today);
const short: Record<string, string> = {
  chair: "CT",
  standing_vice_chair: "PCTTT",
  vice_chair: "PCT",
  trade_union: "LĐLĐ",
  farmers_union: "HND",
  youth_union: "Đoàn",
  womens_union: "PN",
  veterans_association: "CCB",
};
console.log(`Key posts with a current holder on ${today} (· = not known); reports citing the committee or a body under it\n`);
console.log(`${"committee".padEnd(44)} ${KEY_POSTS.map((p) => short[p.key].padEnd(6)).join("")} reports`);
for (const committee of coverage) {
  const cells = committee.posts.map((entry) => (entry.holders.length ? String(entry.holders.length) : "·").padEnd(6)).join("");
  console.log(`${committee.name.replace("Ủy ban MTTQ Việt Nam ", "").padEnd(44)} ${cells} ${committee.reports}`);
}
const one = (query: ReturnType<typeof sql>) => db.get<{ n: number }>(query)?.n ?? 0;
const chairsSince = coverage.filter((committee) => committee.posts[0].holders.some(() => true)).length;
const chairsAfterReform = one(sql`
  SELECT count(DISTINCT o.id) AS n FROM organizations o
  JOIN posts p ON p.organization_id = o.id AND p.role_key = 'chair'
  JOIN memberships m ON m.post_id = p.id AND m.retracted_at IS NULL AND m.held_until >= ${today}
    AND coalesce(m.start_date, m.attested_date) >= '2025-07-01'
  JOIN membership_sources ms ON ms.membership_id = m.id
  WHERE o.kind = 'front_committee' AND o.level = 'province' AND o.valid_from = '2025-07-01'`);
const centralChair = one(sql`
  SELECT count(*) AS n FROM organizations o JOIN posts p ON p.organization_id = o.id AND p.role_key = 'chair'
  JOIN memberships m ON m.post_id = p.id AND m.retracted_at IS NULL AND m.held_until >= ${today}
    AND coalesce(m.start_date, m.attested_date) >= '2025-07-01'
  WHERE o.level = 'central' AND o.kind = 'front_committee'`);
console.log(`
provincial committees with a current Chair:                          ${chairsSince - (centralChair ? 1 : 0)}
  …sourced and attested or started on or after 1 July 2025:           ${chairsAfterReform} of 34
Central Committee Chair attested or started on or after 1 July 2025: ${centralChair ? "yes" : "no"}
people:                                                               ${one(sql`SELECT count(*) AS n FROM people WHERE retracted_at IS NULL`)}
people with two or more roles held at the same time:                  ${one(sql`
  SELECT count(DISTINCT a.person_id) AS n FROM memberships a JOIN memberships b ON b.person_id = a.person_id AND b.id > a.id
  WHERE a.retracted_at IS NULL AND b.retracted_at IS NULL AND a.held_from <= b.held_until AND b.held_from <= a.held_until`)}
ended terms (history):                                                ${one(sql`SELECT count(*) AS n FROM memberships WHERE end_date IS NOT NULL AND retracted_at IS NULL`)}
terms in bodies that ceased in 2025 (last holders):                  ${one(sql`
  SELECT count(*) AS n FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.valid_until IS NOT NULL AND m.retracted_at IS NULL`)}
terms without a source:                                               ${one(sql`
  SELECT count(*) AS n FROM memberships m WHERE m.retracted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM membership_sources ms WHERE ms.membership_id = m.id)`)}
reports (sources):                                                    ${one(sql`SELECT count(*) AS n FROM sources`)}`);
