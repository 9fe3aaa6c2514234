/**
 * Spreadsheets against a real seeded SQLite file: a committee's members
 * downloaded, read back and reviewed; edits to the file becoming the right
 * writes; everything in one audited transaction or nothing; scope; a page
 * that sends back altered rows.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { resolveSession } from "@/db/auth/sessions";
import { importSheet, type SheetOutcome } from "@/db/import/sheet-commit";
import { buildSheetReview, type SheetReview, type SheetReviewRow } from "@/db/import/sheet-review";
import type { MutationOutcome } from "@/db/mutations";
import { getMemberRecords, getRolesOfPeople } from "@/db/queries/exports";
import { auditLog, memberships, membershipSources, people, sources } from "@/db/schema";
import { readMemberSheet, type SheetImportInput, type SheetRow } from "@/lib/import/sheet";
import { memberTable } from "@/lib/spreadsheet/tables";
import { readSpreadsheet, toCsv, toXlsx, type SheetTable } from "@/lib/spreadsheet/workbook";
import { worldPerTest, LAI_CHAU, snapshot, type Who, type World } from "./admin-fixtures";

const TODAY = new Date().toISOString().slice(0, 10);

const worlds = worldPerTest();
let w: World;

/** Lai Châu's committee's members as its page downloads them. */
function download(): SheetTable {
  return memberTable(getMemberRecords(w.db, w.organization(LAI_CHAU).id, TODAY), "vi", "https://danhba.example");
}

const cell = (table: SheetTable, row: number, header: string) => table.rows[row][table.header.indexOf(header)];
const setCell = (table: SheetTable, row: number, header: string, value: string | null) => {
  table.rows[row][table.header.indexOf(header)] = value;
};
const rowOf = (table: SheetTable, name: string) => table.rows.findIndex((row) => row[0] === name);

/** The file's rows as the upload reads them, XLSX by default. */
async function upload(table: SheetTable, format: "xlsx" | "csv" = "xlsx"): Promise<SheetRow[]> {
  const bytes = format === "xlsx" ? await toXlsx([table]) : new TextEncoder().encode(toCsv(table));
  const read = await readSpreadsheet(bytes);
  if (!read.ok) expect.fail(read.error);
  const sheet = readMemberSheet(read.grids, { hasDefaultSource: false });
  if (!sheet.ok) expect.fail(sheet.error);
  expect(sheet.reading.errors).toEqual([]);
  return sheet.reading.rows;
}

function review(who: Exclude<Who, "anonymous">, rows: SheetRow[], slug = LAI_CHAU): SheetReview {
  const actor = resolveSession(w.db, w.tokens[who])!;
  return buildSheetReview(w.db, actor, { organizationId: w.organization(slug).id, rows, defaultSource: null, date: TODAY })!;
}

/** What the review page submits for the rows it ticks, as proposed. */
function decisions(rows: SheetReviewRow[]): SheetImportInput["decisions"] {
  return rows.map((row) => ({
    key: row.key,
    person: row.person.id ? String(row.person.id) : "new",
    personName: row.name,
    seen: row.person.candidates.map((candidate) => candidate.id).join(",") || undefined,
    post: row.post?.id ? String(row.post.id) : "proposed",
  }));
}

function commit(who: Who, rows: SheetRow[], ticked: SheetImportInput["decisions"], slug = LAI_CHAU) {
  return w.run(who, importSheet, {
    organizationId: String(w.organization(slug).id),
    fileName: "thanh-vien.xlsx",
    rows: JSON.stringify(rows),
    decisions: ticked,
  });
}

function success(result: MutationOutcome<SheetOutcome>): SheetOutcome {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
}

describe("downloading and uploading again", () => {
  it("a members file read back unchanged, as XLSX or CSV, finds every term on record with nothing to write", async () => {
    w = worlds.open();
    const table = download();
    expect(table.rows.map((row) => row[0])).toEqual(["Tống Thanh Bình", "Hoàng Kiều Anh", "Ngô Thị Bích Hạnh", "Vừ Thị Mai Dinh"]);
    for (const format of ["xlsx", "csv"] as const) {
      const result = review("admin", await upload(table, format));
      expect(result.rows.map((row) => [row.name, row.status, row.termId !== null, row.sheet.adds, row.accept])).toEqual(
        table.rows.map((row) => [row[0], "known", true, { start: false, end: false, source: false }, false]),
      );
      for (const row of result.rows) expect(row.person).toMatchObject({ id: w.person(row.name).id, confidence: "high" });
    }
  });

  it("an end date typed into a row ends that term, citing the row's source, with the import's own audit entry", async () => {
    w = worlds.open();
    const table = download();
    const row = rowOf(table, "Hoàng Kiều Anh");
    setCell(table, row, "Ngày kết thúc", "30/11/2026");
    const rows = await upload(table);
    const result = review("inside", rows);
    const edited = result.rows.find((r) => r.name === "Hoàng Kiều Anh")!;
    expect(edited).toMatchObject({
      status: "known",
      accept: true,
      sheet: { end: "2026-11-30", adds: { start: false, end: true, source: false } },
    });
    expect(result.rows.filter((r) => r.accept)).toHaveLength(1);

    const outcome = success(commit("inside", rows, decisions([edited])));
    expect(outcome.counts).toMatchObject({ newTerms: 0, endedTerms: 1, sourcedTerms: 0, people: 0 });
    const term = w.db.select().from(memberships).where(eq(memberships.id, edited.termId!)).get()!;
    expect(term).toMatchObject({ endDate: "2026-11-30", endPrecision: "day" });
    const actions = w.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > 0`)
      .all()
      .map((entry) => entry.action);
    expect(actions.slice(-2)).toEqual(["term.end", "import.spreadsheet"]);
    const entry = w.db.select().from(auditLog).where(eq(auditLog.action, "import.spreadsheet")).get()!;
    expect(entry).toMatchObject({
      entityType: "organization",
      entityId: w.organization(LAI_CHAU).id,
      userId: worlds.template().userIds.inside,
    });
    expect(entry.after).toMatchObject({ fileName: "thanh-vien.xlsx", counts: { endedTerms: 1 }, rows: [{ line: row + 2 }] });
    // Read again, the file now finds the term on record as it says.
    const again = review("inside", rows).rows.find((r) => r.name === "Hoàng Kiều Anh")!;
    expect(again.sheet.adds).toEqual({ start: false, end: false, source: false });
  });

  it("a start typed into a term known only from a report fills it in, with the file named in the correction's reason; a start after the report is left alone", async () => {
    w = worlds.open();
    const table = download();
    setCell(table, rowOf(table, "Vừ Thị Mai Dinh"), "Ngày bắt đầu", "2021-06");
    // Her row says only that she started in March; the record already has a report of January.
    setCell(table, rowOf(table, "Ngô Thị Bích Hạnh"), "Ngày bắt đầu", "2026-03");
    setCell(table, rowOf(table, "Ngô Thị Bích Hạnh"), "Ngày nguồn ghi nhận đang giữ", null);
    const rows = await upload(table);
    const result = review("admin", rows);
    const filled = result.rows.find((r) => r.name === "Vừ Thị Mai Dinh")!;
    expect(filled).toMatchObject({ status: "known", accept: true, sheet: { adds: { start: true, end: false, source: false } } });
    const late = result.rows.find((r) => r.name === "Ngô Thị Bích Hạnh")!;
    expect(late).toMatchObject({ accept: false, sheet: { adds: { start: false }, recorded: { attested: "2026-01-22" } } });
    const outcome = success(commit("admin", rows, decisions([filled])));
    expect(outcome.counts).toMatchObject({ startedTerms: 1, endedTerms: 0, newTerms: 0 });
    expect(w.term("Vừ Thị Mai Dinh", LAI_CHAU)).toMatchObject({
      startDate: "2021-06",
      startPrecision: "month",
      attestedDate: "2026-01-22",
    });
    const correction = w.db.select().from(auditLog).where(eq(auditLog.action, "term.correct")).get()!;
    expect(correction.reason).toBe("Bổ sung ngày bắt đầu từ bảng tính “thanh-vien.xlsx”");
  });

  it("new rows create a person once for two posts, cite each row's own source once, and propose a post the committee lacks", async () => {
    w = worlds.open();
    const table: SheetTable = { ...download(), rows: [] };
    const add = (title: string, organization: string | null, source: string, url: string | null) =>
      table.rows.push(
        table.header.map(
          (header) =>
            ({
              "Họ và tên": "Giàng Thị Thử",
              "Chức vụ": title,
              "Tổ chức": organization,
              "Ngày bắt đầu": "2026-10",
              "Tiêu đề nguồn": source,
              "Địa chỉ nguồn (URL)": url,
              "Ngày của nguồn": "2026-10-05",
            })[header] ?? null,
        ),
      );
    add("Ủy viên Ủy ban", null, "Báo Thử số 1", "https://example.org/so-1");
    add("Chủ tịch Hội Nông dân tỉnh", null, "Báo Thử số 1", "https://example.org/so-1");
    add("Ủy viên Ban Chấp hành", "Hội Liên hiệp Phụ nữ tỉnh Lai Châu", "Báo Thử số 2", null);
    const rows = await upload(table);
    const result = review("admin", rows);
    expect(
      result.rows.map((r) => [
        r.status,
        r.person.confidence,
        r.post?.id === null,
        r.post && "id" in r.post.organization ? r.post.organization.slug : null,
      ]),
    ).toEqual([
      ["new", "new", false, LAI_CHAU],
      ["new", "new", false, "hoi-nong-dan-tinh-lai-chau"],
      ["new", "new", true, "hoi-lien-hiep-phu-nu-tinh-lai-chau"],
    ]);
    const sourcesBefore = w.db.select().from(sources).all().length;
    const outcome = success(commit("admin", rows, decisions(result.rows)));
    expect(outcome.counts).toMatchObject({ newTerms: 3, people: 1, posts: 1 });
    const person = w.db.select().from(people).where(eq(people.fullName, "Giàng Thị Thử")).all();
    expect(person).toHaveLength(1);
    expect(w.db.select().from(sources).all().length).toBe(sourcesBefore + 2);
    const terms = w.db.select().from(memberships).where(eq(memberships.personId, person[0].id)).all();
    expect(terms.map((t) => [t.startDate, t.startPrecision])).toEqual([
      ["2026-10", "month"],
      ["2026-10", "month"],
      ["2026-10", "month"],
    ]);
    const cited = w.db
      .select()
      .from(membershipSources)
      .where(
        sql`${membershipSources.membershipId} IN (${sql.join(
          terms.map((t) => t.id),
          sql`, `,
        )})`,
      )
      .all();
    expect(new Set(cited.map((c) => c.sourceId)).size).toBe(2);
    // The download of the committee now lists her, with her dates as precise as the file gave them.
    const roles = getRolesOfPeople(w.db, [person[0].slug], TODAY).get(person[0].slug)!;
    expect(roles.map((r) => [r.postTitle, r.startDate, r.sourceTitle])).toContainEqual(["Ủy viên Ủy ban", "2026-10", "Báo Thử số 1"]);
  });
});

describe("one transaction, in scope", () => {
  it("a refused row (a one-holder post held, its holder not to be ended) writes nothing, named beside its row", async () => {
    w = worlds.open();
    const table = download();
    setCell(table, rowOf(table, "Ngô Thị Bích Hạnh"), "Ngày kết thúc", "2026-11-30");
    setCell(table, rowOf(table, "Hoàng Kiều Anh"), "Chức vụ", "Phó Chủ tịch Thường trực");
    setCell(table, rowOf(table, "Hoàng Kiều Anh"), "Ngày nguồn ghi nhận đang giữ", "2026-11-01");
    const rows = await upload(table);
    const result = review("admin", rows);
    const conflict = result.rows.find((r) => r.status === "conflict")!;
    expect(conflict).toMatchObject({
      name: "Hoàng Kiều Anh",
      accept: false,
      conflicts: [{ personName: "Tống Thanh Bình", endable: true }],
    });
    const ticked = result.rows.filter((r) => r.accept || r === conflict);
    expect(ticked).toHaveLength(2);

    const before = snapshot(w.db);
    const refused = commit("admin", rows, decisions(ticked));
    expect(refused).toMatchObject({ ok: false, code: "invalid", details: { fieldErrors: { [`row.${conflict.key}`]: ["overlap"] } } });
    expect(snapshot(w.db)).toEqual(before);

    // Asked to end the other holder's term, the same rows go through.
    const outcome = success(
      commit(
        "admin",
        rows,
        decisions(ticked).map((d) => (d.key === conflict.key ? { ...d, endConflicting: "on" } : d)),
      ),
    );
    expect(outcome.counts).toMatchObject({ newTerms: 1, endedTerms: 2 });
    expect(w.term("Tống Thanh Bình", LAI_CHAU).endDate).toBe("2026-11-01");
  });

  it("an editor's rows outside their scope are marked and refused; nobody signed out gets anything", async () => {
    w = worlds.open();
    const table = download();
    setCell(table, 0, "Ngày kết thúc", "2026-11-30");
    const rows = await upload(table);
    const outside = review("outside", rows);
    expect(outside.rows.every((row) => !row.inScope && !row.accept)).toBe(true);
    const before = snapshot(w.db);
    expect(commit("outside", rows, decisions([outside.rows[0]]))).toMatchObject({
      ok: false,
      details: { fieldErrors: { "row.2": ["forbidden"] } },
    });
    expect(commit("anonymous", rows, decisions([outside.rows[0]]))).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(snapshot(w.db)).toEqual(before);
  });

  it("rows sent back altered, a post of another organisation picked by id out of scope, or no row ticked are refused", async () => {
    w = worlds.open();
    const table = download();
    setCell(table, 0, "Ngày kết thúc", "2026-11-30");
    const rows = await upload(table);
    const ticked = decisions(review("inside", rows).rows.slice(0, 1));
    const broken = JSON.stringify(rows).replace('"2026-11-30"', '"2026-02-31"');
    const before = snapshot(w.db);
    expect(
      w.run("inside", importSheet, { organizationId: String(w.organization(LAI_CHAU).id), rows: broken, decisions: ticked }),
    ).toMatchObject({ ok: false, details: { fieldErrors: { file: ["file_changed"] } } });
    expect(commit("inside", rows, [])).toMatchObject({ ok: false, details: { fieldErrors: { rows: ["nothing_accepted"] } } });
    const hanoiPost = w.post("uy-ban-mttq-viet-nam-thanh-pho-ha-noi", "vice_chair");
    expect(commit("inside", rows, [{ ...ticked[0], post: String(hanoiPost.id) }])).toMatchObject({
      ok: false,
      details: { fieldErrors: { "row.2": ["forbidden"] } },
    });
    expect(commit("inside", rows, [{ ...ticked[0], key: "99" }])).toMatchObject({
      ok: false,
      details: { fieldErrors: { "row.99": ["not_found"] } },
    });
    expect(snapshot(w.db)).toEqual(before);
    expect(cell(table, 0, "Họ và tên")).toBe("Tống Thanh Bình");
  });
});
