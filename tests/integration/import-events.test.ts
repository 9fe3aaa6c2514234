/**
 * A report of a departure and an election, imported into a real seeded SQLite
 * file: the review proposes ending one term and starting another (the new
 * holder of a one-holder post offers to end the current holder's term), the
 * commit writes both in one audited transaction citing the report's words, and
 * importing the same report again changes no term.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importArticle, type ImportOutcome } from "@/db/import/commit";
import { buildReview } from "@/db/import/review";
import type { MutationOutcome } from "@/db/mutations";
import { resolveSession } from "@/db/auth/sessions";
import type { ImportInput } from "@/lib/import/input";
import type { Review, ReviewRow } from "@/lib/import/review";
import { membershipSources, memberships } from "@/db/schema";
import { worldPerTest, LAI_CHAU, snapshot, type World } from "./admin-fixtures";

/** In the style of the seed's Lai Châu reports, about the people the seed records there. */
const REPORT = `Lai Châu: kiện toàn Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh

Ngày 5/3/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị kiện toàn nhân sự. Hội nghị thống nhất cho ông Tống Thanh Bình thôi giữ chức Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.

Hội nghị đã hiệp thương cử bà Ngô Thị Bích Hạnh giữ chức Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
`;
const DATE = "2026-03-05";

const worlds = worldPerTest();
let w: World;

function review(): Review {
  const actor = resolveSession(w.db, w.tokens.admin)!;
  return buildReview(w.db, actor, { text: REPORT, contextId: w.organization(LAI_CHAU).id, date: DATE })!;
}

function decision(row: ReviewRow): ImportInput["rows"][number] {
  return {
    key: row.key,
    person: row.person.id ? String(row.person.id) : "new",
    personName: row.person.fullName,
    post: row.post?.id ? String(row.post.id) : "proposed",
    date: row.date,
    dateKind: row.dateKind,
    endConflicting: row.status === "conflict" ? "on" : undefined,
  };
}

function commit(rows: ReviewRow[]): MutationOutcome<ImportOutcome> {
  return w.run("admin", importArticle, {
    text: REPORT,
    contextId: w.organization(LAI_CHAU).id,
    sourceTitle: "Kiện toàn Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh",
    sourcePublisher: "Báo Lai Châu",
    sourceDate: DATE,
    rows: rows.map(decision),
  });
}

const standingRows = (r: Review) => r.rows.filter((row) => row.post?.roleKey === "standing_vice_chair");

describe("a report of a departure and an election", () => {
  it("proposes ending the leaver's term and starting the new holder's, which offers to end the current one", () => {
    w = worlds.open();
    const rows = standingRows(review());
    expect(rows.map((row) => [row.name, row.dateKind, row.date, row.status])).toEqual([
      ["Tống Thanh Bình", "end", DATE, "known"],
      ["Ngô Thị Bích Hạnh", "start", DATE, "conflict"],
    ]);
    expect(rows[1].conflicts.map((c) => [c.personName, c.endable])).toEqual([["Tống Thanh Bình", true]]);
    expect(rows[0].quote).toContain("thôi giữ chức Phó Chủ tịch Thường trực");
  });

  it("commits both in one transaction citing the report's words, and a second import changes no term", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "standing_vice_chair");
    const outcome = commit(standingRows(review()));
    if (!outcome.ok) expect.fail(JSON.stringify(outcome));
    const terms = w.db.select().from(memberships).where(eq(memberships.postId, post.id)).all();
    const of = (name: string) => terms.filter((t) => t.personId === w.person(name).id);
    expect(of("Tống Thanh Bình").map((t) => t.endDate)).toEqual([DATE]);
    expect(of("Ngô Thị Bích Hạnh").map((t) => [t.startDate, t.endDate])).toEqual([[DATE, null]]);
    const quotes = w.db
      .select({ quote: membershipSources.quote })
      .from(membershipSources)
      .where(eq(membershipSources.sourceId, outcome.value.sourceId))
      .all()
      .map((q) => q.quote);
    expect(quotes.some((q) => q?.includes("thôi giữ chức"))).toBe(true);
    expect(quotes.some((q) => q?.includes("hiệp thương cử"))).toBe(true);
    expect(w.audit().map((a) => a.action)).toEqual(expect.arrayContaining(["term.end", "term.appoint", "import.commit"]));

    const before = snapshot(w.db);
    const again = standingRows(review());
    expect(again.map((row) => [row.name, row.dateKind, row.status])).toEqual([
      ["Tống Thanh Bình", "end", "known"],
      ["Ngô Thị Bích Hạnh", "start", "known"],
    ]);
    const second = commit(again);
    if (!second.ok) expect.fail(JSON.stringify(second));
    expect(second.value.counts).toMatchObject({ newTerms: 0, endedTerms: 0, sourcedTerms: 2 });
    expect(snapshot(w.db).memberships).toEqual(before.memberships);
    expect(w.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM memberships WHERE post_id = ${post.id}`)!.n).toBe(terms.length);
  });
});
