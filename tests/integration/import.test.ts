/** Importing news articles into a real seeded SQLite file: resolution, the one-transaction commit, scope. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importArticle, type ImportOutcome } from "@/db/import/commit";
import { buildReview } from "@/db/import/review";
import type { MutationOutcome } from "@/db/mutations";
import { resolveSession } from "@/db/auth/sessions";
import type { ImportInput } from "@/lib/import/input";
import type { Review, ReviewRow } from "@/lib/import/review";
import { auditLog, memberships, membershipSources, organizations, people, posts, sources } from "@/db/schema";
import { readSeedArticle } from "../helpers/seed-article";
import { worldPerTest, LAI_CHAU, snapshot, type Who, type World } from "./admin-fixtures";

const seedText = readSeedArticle();
/** A fictional report in the same style, naming new people, a known one, a one-holder post already held, and a State post. */
const NEW_ARTICLE = `Lai Châu: Hiệp thương bổ sung Ủy viên Ủy ban MTTQ Việt Nam tỉnh

Chiều 12/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị hiệp thương bổ sung nhân sự. Hội nghị đã hiệp thương cử bà Lò Thị Phương Liên, Phó Chủ tịch Hội Nông dân tỉnh, giữ chức Ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XVI.

Dự hội nghị có các đồng chí: Tống Thanh Bình - Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; Sùng A Chớ - Chủ tịch Hội CCB tỉnh; Hà Thị Ngọc Duyên - Chủ tịch Hội LHPN tỉnh.

Cũng tại hội nghị, bà Giàng Thị Mỷ được bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Khổng Lào; ông Lý A Sành, Chủ tịch Hội Nông dân xã Khổng Lào, được hiệp thương cử giữ chức Phó Chủ tịch.

Ông Lường Văn Pẩu, Chủ tịch UBND xã Khổng Lào cho biết xã sẽ phối hợp chặt chẽ với Mặt trận trong năm 2026.
`;
const SON_LA_ARTICLE = readFileSync(path.resolve(__dirname, "../fixtures/articles/sonla-dai-hoi-hoi-nong-dan.txt"), "utf8");

const worlds = worldPerTest();
let w: World;

function review(who: Exclude<Who, "anonymous">, text: string, committeeSlug: string, date: string): Review {
  const actor = resolveSession(w.db, w.tokens[who])!;
  return buildReview(w.db, actor, { text, contextId: w.organization(committeeSlug).id, date })!;
}

type Decision = ImportInput["rows"][number];

/** What the review page submits when the editor leaves every row as it was proposed. */
function defaults(row: ReviewRow, date: string): Decision {
  return {
    key: row.key,
    person: row.person.id ? String(row.person.id) : "new",
    personName: row.person.fullName,
    post: row.post?.id ? String(row.post.id) : "proposed",
    date,
    dateKind: row.dateKind,
  };
}

function commit(who: Who, base: { text: string; committeeSlug: string; date: string; sourceTitle: string }, rows: Decision[]) {
  const input: ImportInput = {
    text: base.text,
    contextId: w.organization(base.committeeSlug).id,
    sourceTitle: base.sourceTitle,
    sourcePublisher: "Báo Lai Châu",
    sourceDate: base.date,
    rows,
  };
  return w.run(who, importArticle, input);
}

function success(result: MutationOutcome<ImportOutcome>): ImportOutcome {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
}

const byName = (rows: ReviewRow[]) => {
  const grouped: Record<string, ReviewRow[]> = {};
  for (const row of rows) (grouped[row.name] ??= []).push(row);
  return grouped;
};

const tableCounts = () =>
  Object.fromEntries(
    ["organizations", "posts", "people", "memberships", "membership_sources", "sources"].map((table) => [
      table,
      w.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`)!.n,
    ]),
  );

describe("the seed article against the demo data", () => {
  const expected: Record<string, [string, string][]> = {
    "Tống Thanh Bình": [
      ["tinh-uy-lai-chau", "standing_committee_member"],
      [LAI_CHAU, "standing_vice_chair"],
      ["dang-uy-uy-ban-mttq-viet-nam-tinh-lai-chau", "secretary"],
    ],
    "Ngô Thị Bích Hạnh": [
      [LAI_CHAU, "vice_chair"],
      ["hoi-lien-hiep-phu-nu-tinh-lai-chau", "chair"],
    ],
    "Vừ Thị Mai Dinh": [
      [LAI_CHAU, "vice_chair"],
      ["doan-thanh-nien-cong-san-ho-chi-minh-tinh-lai-chau", "secretary"],
    ],
    "Hoàng Kiều Anh": [[LAI_CHAU, "vice_chair"]],
    "Nguyễn Tuấn Anh": [
      ["tinh-uy-lai-chau", "deputy_secretary"],
      ["ban-chap-hanh-trung-uong-dang-cong-san-viet-nam-khoa-xiv", "alternate_member"],
    ],
  };

  it("maps each of the five people's titles to the Lai Châu organisation and post on record, all already known", () => {
    w = worlds.open();
    const result = review("admin", seedText, LAI_CHAU, "2026-01-22");
    const rows = byName(result.rows);
    expect(Object.keys(rows).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, seats] of Object.entries(expected)) {
      const person = w.person(name);
      expect(rows[name].map((row) => row.post?.id)).toEqual(seats.map(([slug, roleKey]) => w.post(slug, roleKey).id));
      for (const row of rows[name]) {
        expect(row).toMatchObject({
          status: "known",
          reason: null,
          person: { id: person.id, confidence: "high" },
          inScope: true,
          accept: true,
        });
        expect(row.termId).toBe(w.term(name, "id" in row.post!.organization ? row.post!.organization.slug : "").id);
      }
    }
  });

  it("importing it adds the article as a further source of each term and nothing else", () => {
    w = worlds.open();
    const result = review("admin", seedText, LAI_CHAU, "2026-01-22");
    const before = snapshot(w.db);
    const counts = tableCounts();
    const outcome = success(
      commit(
        "admin",
        { text: seedText, committeeSlug: LAI_CHAU, date: "2026-01-22", sourceTitle: "Tổng kết công tác Mặt trận năm 2025 (bản đăng lại)" },
        result.rows.map((row) => defaults(row, result.date)),
      ),
    );
    expect(outcome.counts).toEqual({ newTerms: 0, sourcedTerms: 10, endedTerms: 0, people: 0, organizations: 0, posts: 0 });
    const after = snapshot(w.db);
    for (const table of ["organizations", "posts", "people", "memberships"]) expect(after[table]).toEqual(before[table]);
    expect(tableCounts()).toEqual({ ...counts, sources: counts.sources + 1, membership_sources: counts.membership_sources + 10 });
    const cited = w.db.select().from(membershipSources).where(eq(membershipSources.sourceId, outcome.sourceId)).all();
    expect(cited.map((c) => c.membershipId).sort((a, b) => a - b)).toEqual(result.rows.map((row) => row.termId).sort((a, b) => a! - b!));
    const actions = w.audit().map((a) => a.action);
    expect(actions.filter((a) => a === "term.add_source")).toHaveLength(10);
    expect(actions.filter((a) => a === "import.commit")).toHaveLength(1);
    expect(actions.filter((a) => a.startsWith("term.") && a !== "term.add_source")).toEqual([]);
  });

  it("an editor of Lai Châu's Front committee may not touch the Party committees outside it", () => {
    w = worlds.open();
    const rows = byName(review("inside", seedText, LAI_CHAU, "2026-01-22").rows);
    expect(rows["Tống Thanh Bình"].map((row) => row.inScope)).toEqual([false, true, true]);
    expect(rows["Nguyễn Tuấn Anh"].map((row) => row.inScope)).toEqual([false, false]);
  });
});

describe("importing a new article", () => {
  const base = {
    text: NEW_ARTICLE,
    committeeSlug: LAI_CHAU,
    date: "2026-03-12",
    sourceTitle: "Lai Châu: Hiệp thương bổ sung Ủy viên Ủy ban MTTQ Việt Nam tỉnh",
  };

  it("classifies every title: new terms, a known one, a conflict on a one-holder post, and an unresolved State post", () => {
    w = worlds.open();
    const rows = byName(review("inside", NEW_ARTICLE, LAI_CHAU, base.date).rows);
    const where = (row: ReviewRow) => {
      const organization = row.post?.organization;
      return organization && ("id" in organization ? organization.slug : organization.proposed.name);
    };
    const summary = (row: ReviewRow) => [row.status, row.post?.title ?? row.reason, where(row), row.dateKind];
    expect(rows["Lò Thị Phương Liên"].map(summary)).toEqual([
      ["new", "Phó Chủ tịch", "hoi-nong-dan-tinh-lai-chau", "attested"],
      ["new", "Ủy viên Ủy ban", LAI_CHAU, "start"],
    ]);
    expect(rows["Tống Thanh Bình"].map(summary)).toEqual([["known", "Phó Chủ tịch Thường trực", LAI_CHAU, "attested"]]);
    expect(rows["Hà Thị Ngọc Duyên"].map(summary)).toEqual([["conflict", "Chủ tịch", "hoi-lien-hiep-phu-nu-tinh-lai-chau", "attested"]]);
    expect(rows["Hà Thị Ngọc Duyên"][0].conflicts).toMatchObject([{ personName: "Ngô Thị Bích Hạnh", endable: true }]);
    expect(rows["Giàng Thị Mỷ"].map(summary)).toEqual([["new", "Chủ tịch", "uy-ban-mttq-viet-nam-xa-khong-lao", "start"]]);
    expect(rows["Lý A Sành"].map(summary)).toEqual([
      ["new", "Chủ tịch", "Hội Nông dân xã Khổng Lào", "attested"],
      ["new", "Phó Chủ tịch", "uy-ban-mttq-viet-nam-xa-khong-lao", "start"],
    ]);
    expect(rows["Lý A Sành"][1]).toMatchObject({ inferred: true, accept: false });
    expect(rows["Lường Văn Pẩu"]).toMatchObject([{ status: "unresolved", reason: "outside_directory", accept: false }]);
    expect(rows["Hà Thị Ngọc Duyên"][0].accept).toBe(false);
  });

  it("writes the accepted rows in one transaction: people, an organisation, terms, the ended term, sources and audit entries", () => {
    w = worlds.open();
    const result = review("inside", NEW_ARTICLE, LAI_CHAU, base.date);
    const decisions = result.rows
      .filter((row) => row.status !== "unresolved")
      .map((row) => ({ ...defaults(row, result.date), ...(row.status === "conflict" ? { endConflicting: "on" } : {}) }));
    const auditBefore = w.db.select().from(auditLog).all().length;
    const outcome = success(commit("inside", base, decisions));
    expect(outcome.counts).toEqual({ newTerms: 7, sourcedTerms: 1, endedTerms: 1, people: 5, organizations: 1, posts: 0 });

    const union = w.organization("hoi-nong-dan-xa-khong-lao");
    expect(union).toMatchObject({
      kind: "member_organization",
      memberType: "farmers_union",
      level: "commune",
      parentId: w.organization("uy-ban-mttq-viet-nam-xa-khong-lao").id,
    });

    const termsOf = (name: string) =>
      w.db
        .select({
          roleKey: posts.roleKey,
          organization: organizations.slug,
          startDate: memberships.startDate,
          attestedDate: memberships.attestedDate,
          endDate: memberships.endDate,
          id: memberships.id,
        })
        .from(memberships)
        .innerJoin(posts, eq(posts.id, memberships.postId))
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(eq(memberships.personId, w.person(name).id))
        .orderBy(memberships.id)
        .all();
    expect(termsOf("Lò Thị Phương Liên")).toMatchObject([
      { roleKey: "vice_chair", organization: "hoi-nong-dan-tinh-lai-chau", startDate: null, attestedDate: "2026-03-12" },
      { roleKey: "committee_member", organization: LAI_CHAU, startDate: "2026-03-12", attestedDate: null },
    ]);
    expect(termsOf("Lý A Sành")).toMatchObject([
      { roleKey: "chair", organization: "hoi-nong-dan-xa-khong-lao", attestedDate: "2026-03-12" },
      { roleKey: "vice_chair", organization: "uy-ban-mttq-viet-nam-xa-khong-lao", startDate: "2026-03-12" },
    ]);
    expect(termsOf("Hà Thị Ngọc Duyên")).toMatchObject([
      { roleKey: "chair", organization: "hoi-lien-hiep-phu-nu-tinh-lai-chau", endDate: null },
    ]);
    expect(termsOf("Ngô Thị Bích Hạnh").find((t) => t.organization === "hoi-lien-hiep-phu-nu-tinh-lai-chau")).toMatchObject({
      endDate: "2026-03-12",
    });
    expect(w.db.select().from(people).where(eq(people.fullName, "Lường Văn Pẩu")).get()).toBeUndefined();

    // Every new, sourced or ended term cites the article.
    const cited = new Set(
      w.db
        .select()
        .from(membershipSources)
        .where(eq(membershipSources.sourceId, outcome.sourceId))
        .all()
        .map((c) => c.membershipId),
    );
    expect([...cited].sort((a, b) => a - b)).toEqual([...outcome.termIds].sort((a, b) => a - b));
    expect(w.db.select().from(sources).where(eq(sources.id, outcome.sourceId)).get()).toMatchObject({
      title: base.sourceTitle,
      publishedDate: "2026-03-12",
      publisher: "Báo Lai Châu",
    });

    const audit = w.db.select().from(auditLog).all().slice(auditBefore);
    expect(audit.every((entry) => entry.userId === w.userIds.inside)).toBe(true);
    const count = (action: string) => audit.filter((entry) => entry.action === action).length;
    expect({
      source: count("source.create"),
      people: count("person.create"),
      organizations: count("organization.create"),
      appointed: count("term.appoint"),
      ended: count("term.end"),
      sourced: count("term.add_source"),
      import: count("import.commit"),
    }).toEqual({ source: 1, people: 5, organizations: 1, appointed: 7, ended: 1, sourced: 1, import: 1 });
    expect(audit.find((entry) => entry.action === "import.commit")).toMatchObject({ entityType: "source", entityId: outcome.sourceId });
  });

  it("writes nothing when any accepted row is refused, and says which row and why", () => {
    w = worlds.open();
    const result = review("inside", NEW_ARTICLE, LAI_CHAU, base.date);
    const decisions = result.rows.filter((row) => row.status !== "unresolved").map((row) => defaults(row, result.date));
    decisions[0].date = "31/02/2026";
    const before = snapshot(w.db);
    const refused = commit("inside", base, decisions);
    expect(refused).toMatchObject({ ok: false, code: "invalid", details: { fieldErrors: { "date.0-0": ["invalid_date"] } } });

    decisions[0].date = base.date;
    const conflict = result.rows.find((row) => row.status === "conflict")!;
    const overlap = commit("inside", base, decisions);
    expect(overlap).toMatchObject({ ok: false, code: "invalid", details: { fieldErrors: { [`row.${conflict.key}`]: ["overlap"] } } });
    expect(snapshot(w.db)).toEqual(before);
  });

  it("refuses an editor outside the scope, row by row, and anyone not signed in", () => {
    w = worlds.open();
    const result = review("outside", NEW_ARTICLE, LAI_CHAU, base.date);
    expect(result.rows.filter((row) => row.post).every((row) => !row.inScope && !row.accept)).toBe(true);
    // A title matching nothing waits for a post to be chosen; scope is checked on that post.
    expect(result.rows.filter((row) => !row.post).every((row) => row.inScope && !row.accept)).toBe(true);
    const decisions = result.rows.filter((row) => row.status === "new").map((row) => defaults(row, result.date));
    const before = snapshot(w.db);
    const refused = commit("outside", base, decisions);
    if (refused.ok) expect.fail("an editor outside the scope wrote an import");
    expect(
      Object.entries(refused.details.fieldErrors ?? {}).every(([field, keys]) => field.startsWith("row.") && keys.includes("forbidden")),
    ).toBe(true);
    expect(commit("anonymous", base, decisions)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(snapshot(w.db)).toEqual(before);
  });

  it("checks the input: a source title and at least one accepted row", () => {
    w = worlds.open();
    expect(commit("admin", { ...base, sourceTitle: " " }, [])).toMatchObject({
      ok: false,
      details: { fieldErrors: { sourceTitle: ["required"] } },
    });
    expect(commit("admin", base, [])).toMatchObject({ ok: false, details: { fieldErrors: { rows: ["nothing_accepted"] } } });
  });

  it("lets the editor change the person and the post of a row", () => {
    w = worlds.open();
    const result = review("admin", NEW_ARTICLE, LAI_CHAU, base.date);
    const row = byName(result.rows)["Sùng A Chớ"][0];
    const veterans = w.post("hoi-cuu-chien-binh-tinh-lai-chau", "vice_chair");
    const outcome = success(
      commit("admin", base, [
        {
          ...defaults(row, result.date),
          personName: "Sùng A Chớ (Mường Tè)",
          post: String(veterans.id),
          dateKind: "start",
          date: "03/2026",
        },
      ]),
    );
    const person = w.person("Sùng A Chớ (Mường Tè)");
    expect(outcome.people).toEqual([{ id: person.id, slug: person.slug, fullName: "Sùng A Chớ (Mường Tè)" }]);
    expect(w.term("Sùng A Chớ (Mường Tè)", "hoi-cuu-chien-binh-tinh-lai-chau")).toMatchObject({
      postId: veterans.id,
      startDate: "2026-03",
      startPrecision: "month",
    });
  });
});

describe("other provinces", () => {
  it("proposes the organisations a province lacks, each under the parent it belongs to, and creates them once", () => {
    w = worlds.open();
    const sonLa = "uy-ban-mttq-viet-nam-tinh-son-la";
    const result = review("admin", SON_LA_ARTICLE, sonLa, "2025-10-15");
    const decisions = result.rows.filter((row) => row.accept).map((row) => defaults(row, result.date));
    const outcome = success(
      commit(
        "admin",
        { text: SON_LA_ARTICLE, committeeSlug: sonLa, date: "2025-10-15", sourceTitle: "Đại hội Hội Nông dân tỉnh Sơn La" },
        decisions,
      ),
    );
    expect(outcome.counts.organizations).toBe(4);
    const parentOf = (slug: string) =>
      w.db
        .select()
        .from(organizations)
        .where(eq(organizations.id, w.organization(slug).parentId!))
        .get()!.slug;
    expect(parentOf("hoi-nong-dan-tinh-son-la")).toBe(sonLa);
    expect(parentOf("tinh-uy-son-la")).toBe("ban-chap-hanh-trung-uong-dang-cong-san-viet-nam-khoa-xiv");
    expect(parentOf("ban-dan-van-tinh-uy-son-la")).toBe("tinh-uy-son-la");
    expect(parentOf("hoi-nong-dan-viet-nam")).toBe("uy-ban-trung-uong-mttq-viet-nam");
    expect(w.organization("hoi-nong-dan-tinh-son-la")).toMatchObject({ nameEn: "Sơn La Province Farmers' Union", level: "province" });
    expect(w.term("Hoàng Văn Chiến", "hoi-nong-dan-tinh-son-la")).toMatchObject({ startDate: "2025-10-15" });
    expect(w.term("Cầm Ngọc Tuấn", sonLa)).toMatchObject({ attestedDate: "2025-10-15", startDate: null });
  });
});

describe("posts and people the directory lacks", () => {
  it("proposes a post an organisation does not have yet, and finds a person by another name they are known by", () => {
    w = worlds.open();
    const text =
      "Dự hội nghị có đồng chí Lò Văn Thửa, Phó Bí thư Thường trực Tỉnh ủy Lai Châu; bà Kiều Anh Hoàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.";
    const known = w.person("Hoàng Kiều Anh");
    w.db
      .update(people)
      .set({ otherNames: ["Kiều Anh Hoàng"] })
      .where(eq(people.id, known.id))
      .run();
    const result = review("admin", text, LAI_CHAU, "2026-02-02");
    const rows = byName(result.rows);
    expect(rows["Lò Văn Thửa"][0]).toMatchObject({
      status: "new",
      post: {
        id: null,
        title: "Phó Bí thư Thường trực",
        roleKey: "deputy_secretary",
        maxHolders: 1,
        organization: { slug: "tinh-uy-lai-chau" },
      },
    });
    expect(rows["Kiều Anh Hoàng"][0]).toMatchObject({ status: "known", person: { id: known.id, confidence: "high" } });
    const outcome = success(
      commit(
        "admin",
        { text, committeeSlug: LAI_CHAU, date: "2026-02-02", sourceTitle: "Hội nghị" },
        result.rows.map((row) => defaults(row, result.date)),
      ),
    );
    expect(outcome.counts).toMatchObject({ newTerms: 1, sourcedTerms: 1, posts: 1, people: 1 });
    const post = w.db.select().from(posts).where(eq(posts.title, "Phó Bí thư Thường trực")).get();
    expect(post).toMatchObject({ organizationId: w.organization("tinh-uy-lai-chau").id, roleKey: "deputy_secretary", maxHolders: 1 });
  });

  it("asks again when a namesake was recorded after the review was shown", () => {
    w = worlds.open();
    const text = "Bà Mùa Thị Sình, Phó Chủ tịch Hội Nông dân tỉnh, phát biểu.";
    const base = { text, committeeSlug: LAI_CHAU, date: "2026-02-02", sourceTitle: "Hội nghị" };
    const result = review("admin", text, LAI_CHAU, base.date);
    const row = result.rows[0];
    expect(row.person).toMatchObject({ id: null, confidence: "new", candidates: [] });
    w.db.insert(people).values({ fullName: "Mùa Thị Sình", foldedName: "mua thi sinh", slug: "mua-thi-sinh" }).run();
    const refused = commit("admin", base, [defaults(row, base.date)]);
    expect(refused).toMatchObject({ ok: false, details: { fieldErrors: { [`person.${row.key}`]: ["duplicate"] } } });
    const seen = review("admin", text, LAI_CHAU, base.date).rows[0];
    const confirmed = success(
      commit("admin", base, [{ ...defaults(seen, base.date), person: "new", seen: seen.person.candidates.map((c) => c.id).join(",") }]),
    );
    expect(confirmed.counts.people).toBe(1);
  });
});

describe("a commune's committee as the context", () => {
  it("reads “xã” as that commune and “tỉnh” as its province", () => {
    w = worlds.open();
    const text = "Dự có bà Vàng Thị Pằng, Chủ tịch Hội LHPN xã; ông Lò Văn Ún, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.";
    const result = review("inside", text, "uy-ban-mttq-viet-nam-xa-khong-lao", "2026-02-02");
    const rows = byName(result.rows);
    expect(rows["Vàng Thị Pằng"][0].post?.organization).toMatchObject({
      proposed: {
        name: "Hội Liên hiệp Phụ nữ xã Khổng Lào",
        kind: "member_organization",
        level: "commune",
        parent: { slug: "uy-ban-mttq-viet-nam-xa-khong-lao" },
      },
    });
    expect(rows["Lò Văn Ún"][0].post).toMatchObject({ id: w.post(LAI_CHAU, "vice_chair").id });
    expect(result.rows.every((row) => row.inScope)).toBe(true);
  });
});
