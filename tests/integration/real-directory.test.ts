/**
 * The real directory as a fresh start loads it: every report of db/seed/reports
 * imported through the article importer. Checks what it must hold, that loading
 * again changes nothing, and that a fact from before the 2025 reform stays with
 * the committee that existed then.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getSuccession } from "@/db/queries/history";
import { getHomeData } from "@/db/queries/home";
import { getOrganizationBySlug, getOrganizationPageData } from "@/db/queries/organizations";
import { getPastRoles, getRolesAt } from "@/db/queries/people";
import { people } from "@/db/schema";
import { getKeyPostCoverage, summarizeCoverage } from "@/db/queries/quality";
import { seedDemo } from "@/db/seed";
import { readSeedReports } from "@/db/seed/reports";
import { todayIso } from "@/lib/dates";
import { tempDatabase } from "../helpers/db";

let db: Db;
let close: () => void;
const TODAY = todayIso();
const count = (query: ReturnType<typeof sql>) => db.get<{ n: number }>(query)?.n ?? 0;

beforeAll(() => {
  ({ db, close } = tempDatabase({ seed: false }));
  seedDemo(db);
}, 120_000);
afterAll(() => close());

describe("the real directory", () => {
  it("imports every report that has an accepted fact the importer finds, citing it", () => {
    const reports = readSeedReports();
    expect(reports.length).toBeGreaterThanOrEqual(300);
    expect(count(sql`SELECT count(*) AS n FROM sources`)).toBeGreaterThanOrEqual(300);
    expect(
      count(
        sql`SELECT count(*) AS n FROM memberships m WHERE NOT EXISTS (SELECT 1 FROM membership_sources s WHERE s.membership_id = m.id)`,
      ),
    ).toBe(0);
  });

  it("has a sourced Chair known on or after 1 July 2025 for the Central Committee and at least 30 of the 34 provinces", () => {
    const coverage = getKeyPostCoverage(db, TODAY);
    const chairs = coverage.filter((committee) =>
      committee.posts.find((entry) => entry.post.key === "chair")!.holders.some((holder) => (holder.lastConfirmed ?? "") >= "2025-07-01"),
    );
    expect(chairs.some((committee) => committee.level === "central")).toBe(true);
    expect(chairs.filter((committee) => committee.level === "province").length).toBeGreaterThanOrEqual(30);
    expect(summarizeCoverage(coverage)[0]).toMatchObject({ committees: 34 });
  });

  it("holds at least 250 people, 100 of them with two or more roles at once, and 40 ended terms", () => {
    expect(count(sql`SELECT count(*) AS n FROM people`)).toBeGreaterThanOrEqual(250);
    expect(
      count(sql`SELECT count(DISTINCT a.person_id) AS n FROM memberships a
        JOIN memberships b ON b.person_id = a.person_id AND b.id > a.id
        WHERE a.held_from <= b.held_until AND b.held_from <= a.held_until`),
    ).toBeGreaterThanOrEqual(100);
    expect(count(sql`SELECT count(*) AS n FROM memberships WHERE end_date IS NOT NULL`)).toBeGreaterThanOrEqual(40);
  });

  it("changes nothing when loaded again", () => {
    const tables = ["people", "organizations", "posts", "memberships", "membership_sources", "sources", "audit_log"];
    const snapshot = () => Object.fromEntries(tables.map((t) => [t, count(sql.raw(`SELECT count(*) AS n FROM ${t}`))]));
    const before = snapshot();
    const lastUpdate = db.get<{ at: string }>(sql`SELECT max(updated_at) AS at FROM memberships`)?.at;
    seedDemo(db);
    expect(snapshot()).toEqual(before);
    expect(db.get<{ at: string }>(sql`SELECT max(updated_at) AS at FROM memberships`)?.at).toBe(lastUpdate);
  });
});

describe("before the 2025 reform", () => {
  const HISTORIC = "uy-ban-mttq-viet-nam-tinh-binh-duong-cu";

  it("keeps a fact of 2024 with the Bình Dương committee of the time, which became part of Hồ Chí Minh City", () => {
    const chair = db.select().from(people).where(eq(people.fullName, "Nguyễn Văn Dành")).get()!;
    const roles = getRolesAt(db, chair.id, "2024-09-01");
    expect(roles.map((role) => role.organizationSlug)).toContain(HISTORIC);
    // Today the committee has ceased: the term is history, not a current role.
    expect(getRolesAt(db, chair.id, TODAY).map((role) => role.organizationSlug)).not.toContain(HISTORIC);
    expect(getPastRoles(db, chair.id, TODAY).map((role) => role.organizationSlug)).toContain(HISTORIC);

    const historic = getOrganizationBySlug(db, HISTORIC)!.organization;
    expect(historic.validUntil).toBe("2025-06-30");
    expect(getSuccession(db, historic).successor).toMatchObject({
      slug: "uy-ban-mttq-viet-nam-thanh-pho-ho-chi-minh",
      effectiveDate: "2025-07-01",
    });
    const today = getOrganizationBySlug(db, "uy-ban-mttq-viet-nam-thanh-pho-ho-chi-minh")!.organization;
    expect(getSuccession(db, today).predecessors.map((link) => link.slug)).toEqual(
      expect.arrayContaining([HISTORIC, "uy-ban-mttq-viet-nam-tinh-ba-ria-vung-tau-cu", "uy-ban-mttq-viet-nam-thanh-pho-ho-chi-minh-cu"]),
    );
  });

  it("shows a ceased committee on its last day, with its last holders", () => {
    const page = getOrganizationPageData(db, HISTORIC, TODAY, { page: 1, pageSize: 24 })!;
    expect(page.shownAt).toBe("2025-06-30");
    const chairs = page.chart.tiers.flat().filter((post) => post.roleKey === "chair");
    expect(chairs.flatMap((post) => post.holders.map((holder) => holder.name))).toContain("Nguyễn Văn Dành");
  });

  it("lists the 63 provinces and cities of the time under ?at= before the reform, and today's 34 after", () => {
    expect(getHomeData(db, "2024-06-01", TODAY).provinces).toHaveLength(63);
    expect(getHomeData(db, TODAY, TODAY).provinces).toHaveLength(34);
  });
});
