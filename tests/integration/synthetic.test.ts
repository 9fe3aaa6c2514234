/**
 * The synthetic generator against a real SQLite file: a small directory (a few
 * dozen communes) built through the same function the npm script uses, then
 * checked for the shape domain.md describes and for integrity.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CENTRAL_COMMITTEE_SLUG } from "@/lib/domain";
import { MEMBER_ORGANIZATION_TYPES } from "@/lib/domain";
import { assertNotDemoDatabase, buildSyntheticDatabase, type SyntheticSummary } from "@/db/synthetic/load";

const PEOPLE = 6000;
let dir: string;
let summary: SyntheticSummary;
let db: Database.Database;

const count = (sql: string, ...params: unknown[]) =>
  Number(
    db
      .prepare(sql)
      .pluck()
      .get(...params) ?? 0,
  );

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-synthetic-"));
  summary = buildSyntheticDatabase(path.join(dir, "synthetic.db"), { people: PEOPLE, seed: 7 });
  db = new Database(summary.file, { readonly: true });
});

afterAll(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("synthetic database", () => {
  it("holds exactly the requested people and the counts it reports", () => {
    expect(summary.people).toBe(PEOPLE);
    expect(count("SELECT count(*) FROM people")).toBe(PEOPLE);
    expect(count("SELECT count(*) FROM organizations")).toBe(summary.organizations);
    expect(count("SELECT count(*) FROM posts")).toBe(summary.posts);
    expect(count("SELECT count(*) FROM memberships")).toBe(summary.memberships);
    expect(count("SELECT count(*) FROM areas")).toBe(summary.areas);
    // Every person holds or held at least one post, and every term cites a source.
    expect(count("SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id)")).toBe(0);
    expect(count("SELECT count(DISTINCT membership_id) FROM membership_sources")).toBe(summary.memberships);
  });

  it("has the Central Committee under the demo's slug, the 34 provinces and their communes", () => {
    expect(count("SELECT count(*) FROM organizations WHERE slug = ? AND level = 'central'", CENTRAL_COMMITTEE_SLUG)).toBe(1);
    expect(count("SELECT count(*) FROM areas WHERE kind IN ('province', 'city')")).toBe(34);
    expect(count("SELECT count(*) FROM organizations WHERE kind = 'front_committee' AND level = 'province'")).toBe(34);
    const communes = count("SELECT count(*) FROM areas WHERE kind IN ('commune', 'ward', 'special_zone')");
    expect(communes).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM organizations WHERE kind = 'front_committee' AND level = 'commune'")).toBe(communes);
    // Commune committees hang under their province's committee.
    expect(
      count(`SELECT count(*) FROM organizations c JOIN organizations p ON p.id = c.parent_id
             WHERE c.kind = 'front_committee' AND c.level = 'commune' AND (p.level <> 'province' OR p.kind <> 'front_committee')`),
    ).toBe(0);
  });

  it("gives every Front committee its five member organisations", () => {
    const incomplete = db
      .prepare(
        `SELECT f.id FROM organizations f
         LEFT JOIN organizations m ON m.parent_id = f.id AND m.kind = 'member_organization' AND m.level = f.level
         WHERE f.kind = 'front_committee'
         GROUP BY f.id HAVING count(DISTINCT m.member_type) <> ?`,
      )
      .all(MEMBER_ORGANIZATION_TYPES.length);
    expect(incomplete).toEqual([]);
  });

  it("gives each province committee four boards, an office and a Party committee, and each province a Party committee", () => {
    const agencies = db
      .prepare(
        `SELECT f.id, sum(o.kind = 'board') AS boards, sum(o.kind = 'office') AS offices, sum(o.kind = 'party_committee') AS parties
         FROM organizations f JOIN organizations o ON o.parent_id = f.id
         WHERE f.kind = 'front_committee' AND f.level = 'province' GROUP BY f.id`,
      )
      .all() as { boards: number; offices: number; parties: number }[];
    expect(agencies).toHaveLength(34);
    for (const agency of agencies) expect([agency.boards, agency.offices, agency.parties]).toEqual([4, 1, 1]);
    expect(count("SELECT count(*) FROM organizations WHERE name LIKE 'Tỉnh ủy %' OR name LIKE 'Thành ủy %'")).toBe(34);
  });

  it("gives every organisation its standard posts", () => {
    expect(count("SELECT count(*) FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.organization_id = o.id)")).toBe(0);
  });

  it("makes the heads of member organisations Vice Chairs of the Front committee at the same time", () => {
    const concurrent = count(
      `SELECT count(DISTINCT head.person_id)
       FROM memberships head
       JOIN posts hp ON hp.id = head.post_id AND hp.role_key IN ('chair', 'secretary')
       JOIN organizations mo ON mo.id = head.organization_id AND mo.kind = 'member_organization'
       JOIN memberships vice ON vice.person_id = head.person_id AND vice.organization_id = mo.parent_id
       JOIN posts vp ON vp.id = vice.post_id AND vp.role_key = 'vice_chair'
       WHERE head.end_date IS NULL AND vice.end_date IS NULL`,
    );
    const committees = count("SELECT count(*) FROM organizations WHERE kind = 'front_committee'");
    expect(concurrent).toBe(committees * MEMBER_ORGANIZATION_TYPES.length);
  });

  it("puts the provincial Standing Vice Chairs on the Party standing committee and at the head of the agency's Party committee", () => {
    const holders = count(
      `SELECT count(DISTINCT svc.person_id)
       FROM memberships svc JOIN posts sp ON sp.id = svc.post_id AND sp.role_key = 'standing_vice_chair'
       JOIN organizations f ON f.id = svc.organization_id AND f.level = 'province'
       JOIN memberships sec ON sec.person_id = svc.person_id
       JOIN posts secp ON secp.id = sec.post_id AND secp.role_key = 'secretary'
       JOIN organizations party ON party.id = sec.organization_id AND party.kind = 'party_committee' AND party.parent_id = f.id
       JOIN memberships stand ON stand.person_id = svc.person_id
       JOIN posts standp ON standp.id = stand.post_id AND standp.role_key = 'standing_committee_member'
       JOIN organizations o ON o.id = stand.organization_id AND o.kind = 'party_committee' AND o.area_id = f.area_id
       WHERE svc.end_date IS NULL`,
    );
    expect(holders).toBe(34);
  });

  it("records ended terms, none ending before it starts or overlapping its successor", () => {
    expect(count("SELECT count(*) FROM memberships WHERE end_date IS NOT NULL")).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM memberships WHERE held_until < held_from")).toBe(0);
    expect(count("SELECT count(*) FROM memberships WHERE end_date IS NOT NULL AND start_date IS NULL")).toBe(0);
    expect(count("SELECT count(*) FROM memberships WHERE attested_date IS NOT NULL AND start_date IS NULL")).toBeGreaterThan(0);
    expect(
      count(
        `SELECT count(*) FROM memberships a JOIN memberships b ON b.post_id = a.post_id AND b.id > a.id
         JOIN posts p ON p.id = a.post_id AND p.max_holders = 1
         WHERE a.held_from <= b.held_until AND b.held_from <= a.held_until`,
      ),
    ).toBe(0);
    const precisions = db.prepare("SELECT DISTINCT start_precision FROM memberships WHERE start_precision IS NOT NULL").pluck().all();
    expect(precisions).toEqual(expect.arrayContaining(["day", "month"]));
  });

  it("passes the foreign key check", () => {
    expect(db.pragma("foreign_key_check")).toEqual([]);
  });

  it("gives every person, organisation and area a unique slug", () => {
    for (const table of ["people", "organizations", "areas"]) {
      expect(count(`SELECT count(*) - count(DISTINCT slug) FROM ${table}`)).toBe(0);
    }
    // Common names repeat, and their slugs are numbered.
    expect(count("SELECT count(*) FROM people WHERE slug GLOB '*-[0-9]'")).toBeGreaterThan(0);
  });

  it("is the same for the same seed", () => {
    const peopleOf = (name: string, seed: number) => {
      const built = buildSyntheticDatabase(path.join(dir, name), { people: 3000, seed });
      const copy = new Database(built.file, { readonly: true });
      try {
        return copy.prepare("SELECT slug, full_name, gender, birth_year, hometown FROM people ORDER BY id").all();
      } finally {
        copy.close();
      }
    };
    const first = peopleOf("a.db", 7);
    expect(peopleOf("b.db", 7)).toEqual(first);
    expect(peopleOf("c.db", 8)).not.toEqual(first);
  }, 120_000);
});

describe("synthetic database safety", () => {
  it("refuses the directory's own database", () => {
    expect(() => assertNotDemoDatabase("data/mttq.db")).toThrow(/refusing/);
    const previous = process.env.DATABASE_PATH;
    process.env.DATABASE_PATH = path.join(os.tmpdir(), "some-live.db");
    try {
      expect(() => assertNotDemoDatabase(process.env.DATABASE_PATH!)).toThrow(/refusing/);
      expect(() => buildSyntheticDatabase(process.env.DATABASE_PATH!, { people: 10, seed: 1 })).toThrow(/refusing/);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_PATH;
      else process.env.DATABASE_PATH = previous;
    }
  });

  it("says so when too few people are asked for, and leaves no file behind", () => {
    const file = path.join(dir, "tiny.db");
    expect(() => buildSyntheticDatabase(file, { people: 100, seed: 1 })).toThrow(/too few/);
    expect(fs.existsSync(file)).toBe(false);
  });
});
