/**
 * Search against a real SQLite file seeded with the demo data: the table of
 * queries and their first results, the index following every kind of write, and
 * the edges of the query function (filters, pages, totals, suggestions).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchDirectory, vocabularyOf, type SearchOptions } from "@/db/queries/search";
import { PAIR_END, PAIR_START, pairToken } from "@/lib/search/pairs";
import { INDEX_POSITIONS } from "@/lib/search/tiers";
import { SCORES } from "@/lib/search/rank";
import type { Db } from "@/db/client";
import { rebuildSearchIndex, withoutSearchIndexing } from "@/db/search-index";
import { seedDemo } from "@/db/seed";
import { indexedPhrases } from "@/lib/search/equivalents";
import { tempDatabase } from "../helpers/db";
import { SEARCH_CASES } from "./search-cases";

let db: Db;
let close: () => void;
beforeAll(() => ({ db, close } = tempDatabase()));
afterAll(() => close());

const search = (q: string, options: Partial<SearchOptions> = {}) => searchDirectory(db, { q, limit: 20, offset: 0, ...options });
const first = (q: string, options: Partial<SearchOptions> = {}) => {
  const hit = search(q, options).results[0];
  return hit && `${hit.type}:${hit.slug}`;
};

describe("the query table", () => {
  it("has at least 40 cases covering every kind of query", () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(SEARCH_CASES.map((c) => c.kind.split(":")[0]));
    for (const kind of ["full name", "no marks", "d for đ", "prefix", "word order", "typo", "role", "abbreviation"]) {
      expect(kinds).toContain(kind);
    }
  });
  it.each(SEARCH_CASES)("$kind: $query → $slug", ({ query, type, slug }) => {
    expect(first(query)).toBe(`${type}:${slug}`);
  });
});

/** Every document, in a comparable form. */
function documents(target: Db) {
  return target.$client.prepare("SELECT * FROM search_docs ORDER BY id").all();
}

function checkIntegrity(target: Db) {
  for (const table of ["search_names_fts", "search_roles_fts", "search_former_fts"]) {
    target.$client.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
  }
}

describe("the index follows every write in the same transaction", () => {
  let t: ReturnType<typeof tempDatabase>;
  beforeAll(() => (t = tempDatabase()));
  afterAll(() => t.close());
  const run = (sqlText: string, ...params: unknown[]) => t.db.$client.prepare(sqlText).run(...params);
  const firstIn = (q: string, options: Partial<SearchOptions> = {}) => {
    const hit = searchDirectory(t.db, { q, limit: 5, offset: 0, ...options }).results[0];
    return hit && `${hit.type}:${hit.slug}`;
  };
  const slugsIn = (q: string, options: Partial<SearchOptions> = {}) =>
    searchDirectory(t.db, { q, limit: 50, offset: 0, ...options }).results.map((r) => r.slug);
  const personId = (slug: string) => t.db.$client.prepare("SELECT id FROM people WHERE slug = ?").pluck().get(slug) as number;

  it("drops a leading form of address only when the query as typed finds nothing", () => {
    run("INSERT INTO people (slug, full_name, folded_name) VALUES ('ong-van-du', 'Ông Văn Dư', 'ong van du')");
    // Ông is also a surname: the name as typed is an exact match, not "van du".
    const outcome = searchDirectory(t.db, { q: "ông văn dư", limit: 5, offset: 0 });
    expect(outcome.results[0]).toMatchObject({ slug: "ong-van-du", score: expect.any(Number) });
    expect(outcome.results[0].score).toBeGreaterThanOrEqual(SCORES.exactName);
    expect(firstIn("ông Tống Thanh Bình")).toBe("person:tong-thanh-binh");
    expect(searchDirectory(t.db, { q: "ông Tống Thanh Bình", limit: 5, offset: 0 }).query).toBe("ông Tống Thanh Bình");
    run("DELETE FROM people WHERE slug = 'ong-van-du'");
  });

  it("adds, renames and removes people", () => {
    expect(slugsIn("do van duc")).not.toContain("do-van-duc");
    run("INSERT INTO people (slug, full_name, folded_name) VALUES ('do-van-duc', 'Đỗ Văn Đức', 'do van duc')");
    expect(firstIn("do van duc")).toBe("person:do-van-duc");
    run("UPDATE people SET full_name = 'Đỗ Văn Đạt', folded_name = 'do van dat' WHERE slug = 'do-van-duc'");
    expect(firstIn("do van dat")).toBe("person:do-van-duc");
    // The old name as typed is no one's now; a near one may still be found, below any exact name.
    expect(searchDirectory(t.db, { q: "do van duc", limit: 5, offset: 0 }).results[0]?.score ?? 0).toBeLessThan(SCORES.exactName);
    run("UPDATE people SET other_names = json_array('Đỗ Đạt') WHERE slug = 'do-van-duc'");
    expect(firstIn("do dat")).toBe("person:do-van-duc");
    run("DELETE FROM people WHERE slug = 'do-van-duc'");
    expect(slugsIn("do van dat")).not.toContain("do-van-duc");
  });

  it("leaves retracted people and terms out", () => {
    run("UPDATE people SET retracted_at = '2026-02-01', retracted_reason = 'test' WHERE slug = 'hoang-kieu-anh'");
    expect(slugsIn("hoang kieu anh")).not.toContain("hoang-kieu-anh");
    run("UPDATE people SET retracted_at = NULL, retracted_reason = NULL WHERE slug = 'hoang-kieu-anh'");
    expect(firstIn("hoang kieu anh")).toBe("person:hoang-kieu-anh");
    const id = personId("vu-thi-mai-dinh");
    run(
      `UPDATE memberships SET retracted_at = '2026-02-01', retracted_reason = 'test'
       WHERE person_id = ? AND organization_id = (SELECT id FROM organizations WHERE slug = 'doan-thanh-nien-cong-san-ho-chi-minh-tinh-lai-chau')`,
      id,
    );
    expect(slugsIn("bi thu tinh doan lai chau")).not.toContain("vu-thi-mai-dinh");
    run("UPDATE memberships SET retracted_at = NULL, retracted_reason = NULL WHERE person_id = ?", id);
    expect(firstIn("bi thu tinh doan lai chau")).toBe("person:vu-thi-mai-dinh");
  });

  it("moves an ended term from current to former roles", () => {
    const id = personId("ngo-thi-bich-hanh");
    const womensUnion = "(SELECT id FROM organizations WHERE slug = 'hoi-lien-hiep-phu-nu-tinh-lai-chau')";
    expect(firstIn("chu tich hoi phu nu lai chau", { current: true })).toBe("person:ngo-thi-bich-hanh");
    run(
      `UPDATE memberships SET end_date = '2026-03', end_precision = 'month' WHERE person_id = ? AND organization_id = ${womensUnion}`,
      id,
    );
    expect(slugsIn("chu tich hoi phu nu lai chau", { current: true })).not.toContain("ngo-thi-bich-hanh");
    expect(firstIn("chu tich hoi phu nu lai chau", { current: false })).toBe("person:ngo-thi-bich-hanh");
    expect(firstIn("chu tich hoi phu nu lai chau")).toBe("person:ngo-thi-bich-hanh");
    run(`UPDATE memberships SET end_date = NULL, end_precision = NULL WHERE person_id = ? AND organization_id = ${womensUnion}`, id);
  });

  it("follows new terms, post titles, organisation and area names", () => {
    const id = personId("hoang-kieu-anh");
    const farmers = t.db.$client.prepare("SELECT id FROM organizations WHERE slug = 'hoi-nong-dan-tinh-lai-chau'").pluck().get();
    const chair = t.db.$client.prepare("SELECT id FROM posts WHERE organization_id = ? AND role_key = 'chair'").pluck().get(farmers);
    run(
      `INSERT INTO memberships (person_id, post_id, organization_id, attested_date, attested_precision)
       VALUES (?, ?, ?, '2026-02-01', 'day')`,
      id,
      chair,
      farmers,
    );
    expect(firstIn("chu tich hoi nong dan lai chau")).toBe("person:hoang-kieu-anh");
    run("UPDATE posts SET title = 'Chủ tịch Hội' WHERE id = ?", chair);
    expect(firstIn("chu tich hoi nong dan lai chau")).toBe("person:hoang-kieu-anh");
    run("UPDATE organizations SET name = 'Hội Nông dân Việt Nam tỉnh Lai Châu' WHERE id = ?", farmers);
    expect(firstIn("hoi nong dan viet nam lai chau")).toBe("organization:hoi-nong-dan-tinh-lai-chau");
    expect(firstIn("chu tich hoi hoi nong dan viet nam")).toBe("person:hoang-kieu-anh");
    expect(slugsIn("ubmttq tan uyen")).not.toContain("uy-ban-mttq-viet-nam-xa-khong-lao");
    run("UPDATE areas SET name = 'Tân Uyên' WHERE slug = 'khong-lao'");
    expect(firstIn("ubmttq tan uyen")).toBe("organization:uy-ban-mttq-viet-nam-xa-khong-lao");
    run("DELETE FROM memberships WHERE person_id = ? AND post_id = ?", id, chair);
    expect(firstIn("chu tich hoi nong dan lai chau")).not.toBe("person:hoang-kieu-anh");
  });

  it("rolls back with the write that failed", () => {
    const before = documents(t.db);
    expect(() =>
      t.db.$client.transaction(() => {
        run("UPDATE people SET full_name = 'Tên Khác', folded_name = 'ten khac' WHERE slug = 'tong-thanh-binh'");
        throw new Error("abort");
      })(),
    ).toThrow("abort");
    expect(documents(t.db)).toEqual(before);
  });

  it("ends up as a rebuild would make it", () => {
    checkIntegrity(t.db);
    const incremental = documents(t.db);
    rebuildSearchIndex(t.db);
    expect(documents(t.db)).toEqual(incremental);
    checkIntegrity(t.db);
  });
});

describe("phrases held as single words", () => {
  it("are those lib/search/equivalents.ts lists, from the migration on", () => {
    const stored = db.$client.prepare("SELECT phrase FROM search_phrases ORDER BY phrase").pluck().all();
    expect(stored).toEqual(indexedPhrases());
  });
  it("are in the index where the text holds the phrase", () => {
    const terms = db.$client.prepare("SELECT term FROM search_roles_vocab WHERE term LIKE 'đw%'").pluck().all();
    expect(terms).toEqual(expect.arrayContaining(["đwphochutich", "đwbithu", "đwhoilienhiepphunu", "đwuybanmttq"]));
  });
});

describe("word pairs in the names index", () => {
  it("hold each pair of a name's words, and stay out of the dictionary", () => {
    const terms = db.$client.prepare("SELECT term FROM search_names_vocab WHERE term >= ? AND term < ?").pluck().all(PAIR_START, PAIR_END);
    expect(terms).toEqual(expect.arrayContaining([pairToken("kieu", "hoang"), pairToken("anh", "kieu"), pairToken("anh", "hoang")]));
    expect(vocabularyOf(db).has(pairToken("kieu", "hoang"))).toBe(false);
    expect(vocabularyOf(db).countIn("kieu", INDEX_POSITIONS.names)).toBeGreaterThan(0);
  });
  it("find a name typed in any order, in part or with a typo", () => {
    expect(first("anh hoang kieu")).toBe("person:hoang-kieu-anh");
    expect(first("kieu an")).toBe("person:hoang-kieu-anh");
    expect(first("tong thnah binh")).toBe("person:tong-thanh-binh");
  });
});

describe("withoutSearchIndexing", () => {
  it("skips per-row upkeep during the load, then rebuilds once", () => {
    const t = tempDatabase({ seed: false });
    try {
      const seen = withoutSearchIndexing(t.db, () => {
        seedDemo(t.db);
        return t.db.$client.prepare("SELECT count(*) FROM search_docs").pluck().get();
      });
      expect(seen).toBe(0);
      expect(searchDirectory(t.db, { q: "vu thi mai dinh", limit: 5, offset: 0 }).results[0]?.slug).toBe("vu-thi-mai-dinh");
      expect(t.db.$client.prepare("SELECT suspended FROM search_state").pluck().get()).toBe(0);
      checkIntegrity(t.db);
    } finally {
      t.close();
    }
  });
  it("switches indexing back on when the load fails", () => {
    const t = tempDatabase();
    try {
      expect(() =>
        withoutSearchIndexing(t.db, () => {
          throw new Error("load failed");
        }),
      ).toThrow("load failed");
      expect(t.db.$client.prepare("SELECT suspended FROM search_state").pluck().get()).toBe(0);
      expect(searchDirectory(t.db, { q: "kieu an", limit: 5, offset: 0 }).total).toBe(1);
    } finally {
      t.close();
    }
  });
});

describe("filters, pages and totals", () => {
  it("filters by province, level, kind and current", () => {
    expect(search("lai chau", { province: "lai-chau" }).total).toBeGreaterThan(0);
    expect(search("lai chau", { province: "ha-noi" }).total).toBe(0);
    expect(search("lai chau", { province: "no-such-province" }).total).toBe(0);
    expect(first("nguyen tuan anh", { level: "central" })).toBe("person:nguyen-tuan-anh");
    expect(search("vu thi mai dinh", { level: "central" }).total).toBe(0);
    expect(first("lai chau", { kind: "party_committee", type: "organization" })).toBe("organization:tinh-uy-lai-chau");
    expect(search("lai chau", { type: "person" }).results.every((r) => r.type === "person")).toBe(true);
    // Only the Lai Châu of before the 2025 reform, which is no longer in force.
    expect(search("lai chau", { current: false }).results.map((r) => r.slug)).toEqual(["uy-ban-mttq-viet-nam-tinh-lai-chau-cu"]);
  });
  it("pages through results without overlap or gaps", () => {
    const all = search("viet nam", { limit: 50 }).results.map((r) => r.url);
    expect(all.length).toBe(50);
    const paged = [0, 7, 14, 21, 28, 35, 42, 49].flatMap((offset) =>
      search("viet nam", { limit: offset === 49 ? 1 : 7, offset }).results.map((r) => r.url),
    );
    expect(paged).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
  });
  it("reports totals and current roles", () => {
    const outcome = search("pho chu tich ubmttq lai chau");
    expect(outcome.total).toBe(4);
    expect(outcome.totalIsLowerBound).toBe(false);
    const ngo = outcome.results.find((r) => r.slug === "ngo-thi-bich-hanh")!;
    expect(ngo.url).toBe("/people/ngo-thi-bich-hanh");
    expect(ngo.roles).toEqual(["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lai Châu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu"]);
    expect(search("ngo thi bich hanh", { locale: "en" }).results[0].roles[0]).toBe("Chair, Lai Châu Province Women's Union");
    expect(search("hoi lhpn lai chau", { locale: "en" }).results[0].url).toBe("/en/organizations/hoi-lien-hiep-phu-nu-tinh-lai-chau");
  });
  it("matches a name and a post together only when no single text holds the query, within the filters", () => {
    const mixed = search("chủ tịch Ngô Thị Bích Hạnh");
    expect(mixed.results.map((r) => r.slug)).toEqual(["ngo-thi-bich-hanh"]);
    expect(mixed.results[0].score).toBe(SCORES.nameAndRole + 8);
    expect(search("chủ tịch Ngô Thị Bích Hạnh", { province: "lai-chau" }).total).toBe(1);
    expect(search("chủ tịch Ngô Thị Bích Hạnh", { province: "ha-noi" }).total).toBe(0);
    expect(search("chủ tịch Ngô Thị Bích Hạnh", { current: false }).total).toBe(0);
    expect(search("chủ tịch Ngô Thị Bích Hạnh", { type: "organization" }).total).toBe(0);
    // Her name alone, and her post alone, still rank as before.
    expect(search("ngo thi bich hanh").results[0].score).toBeGreaterThanOrEqual(SCORES.exactName);
    expect(search("chu tich hoi lhpn lai chau").results[0].score).toBeGreaterThan(SCORES.oneCurrentRole);
    // Words found in neither her name nor her current roles: left out, and said so.
    const relaxed = search("chủ tịch Ngô Thị Bích Hạnh hà nội");
    expect(relaxed.results[0].slug).toBe("ngo-thi-bich-hanh");
    expect(relaxed).toMatchObject({ dropped: ["hà", "nội"], relaxedQuery: "chủ tịch Ngô Thị Bích Hạnh" });
    expect(search("chủ tịch Ngô Thị Bích Hạnh hà nội", { strict: true })).toMatchObject({ total: 0, dropped: [] });
  });
  it("suggests a spelling that finds something when nothing is found, and applies it unless asked not to", () => {
    expect(search("laichau", { strict: true })).toMatchObject({ total: 0, suggestion: "lai chau" });
    expect(search("laichau")).toMatchObject({ respelled: "lai chau", suggestion: null, dropped: [] });
    expect(search("laichau").total).toBeGreaterThan(0);
    expect(search("qqqqqq").suggestion).toBeNull();
    expect(search("vu thi mai dinh").suggestion).toBeNull();
  });
  it("finds a name with a typo, a slip or a word that is another name's", () => {
    for (const q of [
      "tong thanh bihn",
      "ngo thi bich hang",
      "tongs thanh binhf",
      "to^'ng thanh bi`nh",
      "nguyeenx tuaans anh",
      "tong thanhh binh",
    ]) {
      expect(first(q), q).toMatch(/^person:(tong-thanh-binh|ngo-thi-bich-hanh|nguyen-tuan-anh)$/);
    }
    expect(first("tong thanh bihn")).toBe("person:tong-thanh-binh");
    expect(first("ngo thi bich hang")).toBe("person:ngo-thi-bich-hanh");
    expect(search("ngo thi bich hang").dropped).toEqual([]);
  });
  it("leaves out a word no record holds, and comes back empty only when nothing is close", () => {
    expect(search("xyzzy Tống Thanh Bình")).toMatchObject({ dropped: ["xyzzy"], relaxedQuery: "Tống Thanh Bình" });
    expect(search("qqqqqq wwwwww").total).toBe(0);
  });
  it("answers hostile input with no results rather than an error", () => {
    for (const q of ['"', "NEAR(", "a OR b AND", "*", "-", ":", "^", "(((", "\u0000", "🙂", "x".repeat(1000), "đ", "{name}: a"]) {
      expect(() => search(q)).not.toThrow();
    }
    expect(search("").total).toBe(0);
  });
});
