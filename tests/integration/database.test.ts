import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, STATEMENT_CACHE_SIZE } from "@/db/client";
import { getPostsWithHolders, getOrganizationBySlug } from "@/db/queries/organizations";
import { getPersonBySlug, getRolesAt } from "@/db/queries/people";
import { getSourcesForMemberships } from "@/db/queries/sources";
import { FIRST_REPORT_ID, seedDemo } from "@/db/seed";
import { CENTRAL_COMMITTEE_SLUG } from "@/lib/domain";
import { tempDatabase } from "../helpers/db";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((close) => close()));

/** Drizzle wraps SQLite's error; the constraint that failed is in its cause. */
function sqliteError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    return (cause ?? (error as Error)).message;
  }
  return "no error";
}

function fresh(seed = true) {
  const t = tempDatabase({ seed });
  cleanups.push(t.close);
  return t;
}

const TABLES = ["areas", "organizations", "posts", "people", "memberships", "sources", "membership_sources"];

function snapshot(db: ReturnType<typeof fresh>["db"]) {
  return Object.fromEntries(TABLES.map((table) => [table, db.all(sql`SELECT * FROM ${sql.identifier(table)} ORDER BY 1, 2`)]));
}

describe("migrations", () => {
  it("apply to an empty database and again without effect", () => {
    const { db, file } = fresh(false);
    const tables = db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table'`).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining([...TABLES, "users", "sessions", "audit_log"]));
    const applied = db.all(sql`SELECT * FROM __drizzle_migrations`).length;
    expect(applied).toBeGreaterThan(0);
    db.$client.close();
    const reopened = openDatabase(file);
    expect(reopened.all(sql`SELECT * FROM __drizzle_migrations`).length).toBe(applied);
    reopened.$client.close();
  });

  it("turn on foreign keys and WAL", () => {
    const { db } = fresh(false);
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
  });
});

describe("compiled statements", () => {
  it("are reused, and come back in their default mode", () => {
    const { db } = fresh();
    const text = "SELECT slug, level FROM organizations WHERE slug = ?";
    const first = db.$client.prepare(text);
    expect(first.pluck().get(CENTRAL_COMMITTEE_SLUG)).toBe(CENTRAL_COMMITTEE_SLUG);
    const again = db.$client.prepare(text);
    expect(again).toBe(first);
    expect(again.get(CENTRAL_COMMITTEE_SLUG)).toEqual({ slug: CENTRAL_COMMITTEE_SLUG, level: "central" });
    again.raw();
    expect(db.$client.prepare(text).get(CENTRAL_COMMITTEE_SLUG)).toEqual({ slug: CENTRAL_COMMITTEE_SLUG, level: "central" });
  });

  it("are not shared while one is still being iterated", () => {
    const { db } = fresh();
    const text = "SELECT id FROM organizations ORDER BY id";
    const iterating = db.$client.prepare(text).pluck();
    const rows = iterating.iterate();
    const first = rows.next().value;
    const other = db.$client.prepare(text);
    expect(other).not.toBe(iterating);
    expect(other.pluck().get()).toBe(first);
    rows.return?.();
  });

  it("are kept for a bounded number of texts, the least recently used going first", () => {
    const { db } = fresh(false);
    const first = db.$client.prepare("SELECT 0");
    for (let i = 1; i <= STATEMENT_CACHE_SIZE; i++) db.$client.prepare(`SELECT ${i}`);
    expect(db.$client.prepare("SELECT 500")).toBe(db.$client.prepare("SELECT 500"));
    expect(db.$client.prepare("SELECT 0")).not.toBe(first);
  });
});

describe("demo seed", () => {
  it("changes nothing when run twice", () => {
    const { db } = fresh();
    const before = snapshot(db);
    seedDemo(db, { onlyReports: [FIRST_REPORT_ID] });
    expect(snapshot(db)).toEqual(before);
  });

  it("holds the Central Committee, today's 34 provincial committees and the 63 before the 2025 reform", () => {
    const { db } = fresh();
    const count = (where: string) =>
      db.get<{ n: number }>(
        sql.raw(`SELECT count(*) AS n FROM organizations WHERE kind = 'front_committee' AND level = 'province' AND ${where}`),
      )?.n;
    expect(count("valid_from = '2025-07-01' AND valid_until IS NULL")).toBe(34);
    expect(count("valid_from IS NULL AND valid_until = '2025-06-30'")).toBe(63);
    expect(getOrganizationBySlug(db, CENTRAL_COMMITTEE_SLUG)).toBeDefined();
  });

  it("cites the article for every term, attested on its date with the start unknown", () => {
    const { db } = fresh();
    const terms = db.all<{ start_date: string | null; attested_date: string; sources: number }>(sql`
      SELECT m.start_date, m.attested_date, count(ms.source_id) AS sources
      FROM memberships m LEFT JOIN membership_sources ms ON ms.membership_id = m.id GROUP BY m.id`);
    expect(terms.length).toBe(10);
    for (const term of terms) {
      expect(term).toMatchObject({ start_date: null, attested_date: "2026-01-22", sources: 1 });
    }
  });

  it("invents no Chair for Lai Châu and shows the four Standing Board officials", () => {
    const { db } = fresh();
    const committee = getOrganizationBySlug(db, "uy-ban-mttq-viet-nam-tinh-lai-chau")!.organization;
    const rows = getPostsWithHolders(db, committee.id, "2026-02-01");
    const holders = (roleKey: string) => rows.filter((r) => r.roleKey === roleKey && r.personName).map((r) => r.personName);
    expect(holders("chair")).toEqual([]);
    expect(holders("standing_vice_chair")).toEqual(["Tống Thanh Bình"]);
    expect(holders("vice_chair").sort()).toEqual(["Hoàng Kiều Anh", "Ngô Thị Bích Hạnh", "Vừ Thị Mai Dinh"]);
  });
});

describe("constraints", () => {
  function laiChauPost(db: ReturnType<typeof fresh>["db"]) {
    return db.get<{ id: number; organization_id: number }>(
      sql`SELECT p.id, p.organization_id FROM posts p JOIN organizations o ON o.id = p.organization_id
          WHERE o.slug = 'uy-ban-mttq-viet-nam-tinh-lai-chau' AND p.role_key = 'vice_chair'`,
    )!;
  }

  it("reject a term that ends before it starts, at any precision", () => {
    const { db } = fresh();
    const post = laiChauPost(db);
    const insert = (start: string, startP: string, end: string, endP: string) =>
      db.run(sql`INSERT INTO memberships (person_id, post_id, organization_id, start_date, start_precision, end_date, end_precision)
                 VALUES (1, ${post.id}, ${post.organization_id}, ${start}, ${startP}, ${end}, ${endP})`);
    expect(sqliteError(() => insert("2024-05-10", "day", "2024-05-09", "day"))).toMatch(/CHECK constraint failed/);
    expect(sqliteError(() => insert("2024-05", "month", "2023", "year"))).toMatch(/CHECK constraint failed/);
    // The same month at a coarser precision is not "before".
    expect(sqliteError(() => insert("2024-05-10", "day", "2024-05", "month"))).toBe("no error");
  });

  it("reject a date whose form does not match its precision", () => {
    const { db } = fresh();
    const post = laiChauPost(db);
    expect(
      sqliteError(() =>
        db.run(sql`INSERT INTO memberships (person_id, post_id, organization_id, start_date, start_precision)
                 VALUES (1, ${post.id}, ${post.organization_id}, '2024-05', 'day')`),
      ),
    ).toMatch(/CHECK constraint failed/);
  });

  it("reject a dangling reference", () => {
    const { db } = fresh();
    const post = laiChauPost(db);
    expect(
      sqliteError(() =>
        db.run(sql`INSERT INTO memberships (person_id, post_id, organization_id, start_date, start_precision)
                 VALUES (999999, ${post.id}, ${post.organization_id}, '2024', 'year')`),
      ),
    ).toMatch(/FOREIGN KEY constraint failed/);
  });

  it("reject a term whose organisation is not its post's", () => {
    const { db } = fresh();
    const post = laiChauPost(db);
    expect(
      sqliteError(() =>
        db.run(sql`INSERT INTO memberships (person_id, post_id, organization_id, start_date, start_precision)
                 VALUES (1, ${post.id}, ${post.organization_id + 1}, '2024', 'year')`),
      ),
    ).toMatch(/FOREIGN KEY constraint failed/);
  });

  it("reject a duplicate slug", () => {
    const { db } = fresh();
    expect(sqliteError(() => db.run(sql`INSERT INTO people (slug, full_name, folded_name) VALUES ('tong-thanh-binh', 'X', 'x')`))).toMatch(
      /UNIQUE constraint failed/,
    );
  });
});

describe("concurrent roles", () => {
  it("returns the three roles of the Standing Vice Chair, each with the article as source", () => {
    const { db } = fresh();
    const person = getPersonBySlug(db, "tong-thanh-binh")!;
    const roles = getRolesAt(db, person.id, "2026-02-01");
    expect(roles.map((r) => `${r.title} ${r.organizationName}`).sort()).toEqual([
      "Bí thư Đảng ủy Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
      "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
      "Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu",
    ]);
    const cited = getSourcesForMemberships(
      db,
      roles.map((r) => r.membershipId),
    );
    expect(cited).toHaveLength(3);
    expect(new Set(cited.map((s) => s.publishedDate))).toEqual(new Set(["2026-01-22"]));
  });

  it("are not claimed before the date the article attests them", () => {
    const { db } = fresh();
    const person = getPersonBySlug(db, "tong-thanh-binh")!;
    expect(getRolesAt(db, person.id, "2026-01-21")).toEqual([]);
  });

  it("use the person/date index, not a scan", () => {
    const { db } = fresh();
    const plan = db.$client
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM memberships
         WHERE person_id = ? AND retracted_at IS NULL AND held_until >= ? AND held_from <= ?`,
      )
      .all(1, "2026-02-01", "2026-02-01") as { detail: string }[];
    expect(plan.map((row) => row.detail).join("\n")).toMatch(/USING INDEX memberships_person_held_idx/);
  });
});
