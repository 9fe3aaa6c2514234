/**
 * Spreadsheets and chart files in a real browser: a committee's members
 * downloaded as XLSX, a cell edited the way a spreadsheet program saves it,
 * uploaded, reviewed, committed, and found on the page and in the audit log;
 * problems in a file named by row and column; the search results' download;
 * the chart as PNG and PDF, and printed on A4. The committee is a board of the
 * test's own with made-up members, since the specs share one server and database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { appointToPost, createPost } from "../../db/mutations";
import { getMessages } from "../../lib/i18n";
import { asAccount, createAccount, newBoard, newPerson, postOf, signIn, unique, watchForProblems, type Account } from "./admin-fixtures";

const LAI_CHAU = "uy-ban-mttq-viet-nam-tinh-lai-chau";
const browse = getMessages("vi").browse;
/** A day before today, as ISO and as Vietnamese editors write it. */
function daysAgo(days: number): { iso: string; vi: string } {
  const iso = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  const [year, month, day] = iso.split("-");
  return { iso, vi: `${day}/${month}/${year}` };
}

/** A board under Lai Châu's committee with a Head and two members, each term citing a made-up report. */
function boardWithMembers(account: Account, tag: string) {
  const board = newBoard(account, LAI_CHAU, `Ban Thử Bảng Tính ${tag}`);
  const names = { head: `Lường Thị Trưởng ${tag}`, first: `Cầm Văn Một ${tag}`, second: `Quàng Thị Hai ${tag}` };
  const [head, first, second] = [names.head, names.first, names.second].map((name) => newPerson(account, name).id);
  asAccount(account, (tx, actor) => {
    const member = createPost(tx, actor, { organizationId: board.id, title: "Ủy viên", roleKey: "committee_member" });
    const source = { sourceTitle: `Quyết định kiện toàn Ban Thử (${tag})`, sourceDate: "2025-06-02" };
    appointToPost(tx, actor, { personId: head, postId: postOf(board.id, "head").id, startDate: "2025-06", ...source });
    appointToPost(tx, actor, { personId: first, postId: member.id, startDate: "2025-06-02", ...source });
    appointToPost(tx, actor, { personId: second, postId: member.id, attestedDate: "2025", ...source });
  });
  return { board, names };
}

async function download(page: Page, link: ReturnType<Page["getByRole"]>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mttq-sheet-")), file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test("download a committee's members as XLSX, type an end date into a cell, upload it, review, commit, and see it on the page and in the audit log", async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const editor = createAccount("editor", LAI_CHAU);
  const tag = unique();
  const { board, names } = boardWithMembers(editor, tag);
  await signIn(page, editor);

  await page.goto(`/organizations/${board.slug}/members`);
  const xlsx = await download(page, page.getByRole("link", { name: "Tải danh sách thành viên (XLSX)" }));
  expect(path.basename(xlsx)).toMatch(new RegExp(`^${board.slug}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));

  // As a user would in a spreadsheet program: open the file, type a date into one cell, save.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(1).values as string[]).slice(1);
  expect(header.slice(0, 6)).toEqual(["Họ và tên", "Chức vụ", "Tổ chức", "Ngày bắt đầu", "Ngày kết thúc", "Ngày nguồn ghi nhận đang giữ"]);
  const rows = [2, 3, 4].map((n) => sheet.getRow(n));
  expect(rows.map((row) => row.getCell(1).text)).toEqual([names.head, names.first, names.second]);
  // Dates as the directory knows them, at their precision.
  expect(rows.map((row) => [row.getCell(4).text, row.getCell(6).text])).toEqual([
    ["2025-06", ""],
    ["2025-06-02", ""],
    ["", "2025"],
  ]);
  // The term ended yesterday: today's page no longer lists them, the day before's still does.
  const ended = daysAgo(1);
  rows[1].getCell(5).value = ended.vi;
  await book.xlsx.writeFile(xlsx);

  await page.getByRole("link", { name: "Cập nhật từ bảng tính" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập từ bảng tính");
  await expect(page.getByText(`Đã chọn: Ban Thử Bảng Tính ${tag}`)).toBeVisible();
  await page.getByLabel("Tệp bảng tính (XLSX hoặc CSV)").setInputFiles(xlsx);
  await page.getByRole("button", { name: "Đọc tệp" }).click();

  const review = page.getByRole("region", { name: "2. Xem lại và ghi" });
  await expect(review.getByRole("heading", { name: "2. Xem lại và ghi" })).toBeFocused();
  const known = review.getByRole("region", { name: /^Đã có trong danh bạ/ });
  await expect(known.getByRole("heading")).toHaveText("Đã có trong danh bạ (1)");
  const row = known.getByRole("row", { name: new RegExp(names.first) });
  await expect(row).toContainText(`Sẽ kết thúc nhiệm kỳ ngày ${ended.vi}.`);
  await expect(row).toContainText(`Quyết định kiện toàn Ban Thử (${tag})`);
  await expect(row.getByRole("checkbox", { name: `Ghi: ${names.first}, Ủy viên` })).toBeChecked();
  await expect(review.getByRole("region", { name: /^Nhiệm kỳ mới/ }).getByRole("heading")).toHaveText("Nhiệm kỳ mới (0)");
  await expect(review.getByText("2 dòng đã có trong danh bạ đúng như tệp ghi: không có gì để ghi.")).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((node) => node.target.join(" ")) }))).toEqual([]);

  await review.getByRole("button", { name: "Ghi các dòng đã chọn" }).click();
  const outcome = page.getByTestId("sheet-outcome");
  await expect(outcome).toContainText("Đã ghi vào danh bạ");
  await expect(outcome).toContainText(
    "1 dòng: 0 nhiệm kỳ mới, 0 nhiệm kỳ thêm nguồn, 0 nhiệm kỳ bổ sung ngày bắt đầu, 1 nhiệm kỳ kết thúc",
  );

  // On the page: no longer a member today, and the term in the person's past roles with its end.
  await page.goto(`/organizations/${board.slug}/members`);
  await expect(page.getByRole("link", { name: names.second })).toBeVisible();
  await expect(page.getByRole("link", { name: names.first })).toHaveCount(0);
  await page.goto(`/organizations/${board.slug}/members?at=${daysAgo(2).iso}`);
  await page.getByRole("link", { name: names.first }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.first);
  // Their profile as of today.
  await page.goto(new URL(page.url()).pathname);
  await expect(page.getByRole("region", { name: browse.pastRoles })).toContainText(`Ban Thử Bảng Tính ${tag}`);
  await expect(page.getByRole("region", { name: browse.pastRoles })).toContainText(ended.vi);

  // In the audit log: the import itself, with its file, and the term it ended.
  await page.goto(`/admin/audit?user=${editor.id}`);
  const imported = page.locator('[data-action="import.spreadsheet"]', { hasText: `Ban Thử Bảng Tính ${tag}` });
  await expect(imported).toHaveCount(1);
  await expect(imported).toContainText(path.basename(xlsx));
  await expect(page.locator('[data-action="term.end"]', { hasText: names.first })).toHaveCount(1);
  expect(problems).toEqual([]);
});

test("a file's problems are named by row and column, and what is no spreadsheet is refused, with the template offered", async ({
  page,
  request,
}) => {
  const admin = createAccount("admin");
  const tag = unique();
  const { board } = boardWithMembers(admin, tag);
  await signIn(page, admin);
  await page.goto(`/admin/import/spreadsheet?organization=${board.id}`);

  const template = await request.get((await page.getByRole("link", { name: "Tải mẫu (XLSX)" }).getAttribute("href"))!);
  expect(template.headers()["content-type"]).toContain("spreadsheetml");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await template.body()) as unknown as ExcelJS.Buffer);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Thành viên", "Hướng dẫn"]);

  const csv = [
    "Họ và tên;Chức vụ;Ngày bắt đầu;Tiêu đề nguồn",
    `Điêu Văn Thử ${tag};Ủy viên;31/02/2026;Báo Thử`,
    `;Ủy viên;2026;Báo Thử`,
    `Hà Thị Thử ${tag};Ủy viên;2026;`,
  ].join("\r\n");
  const file = { name: "danh-sach.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) };
  await page.getByLabel("Tệp bảng tính (XLSX hoặc CSV)").setInputFiles(file);
  await page.getByRole("button", { name: "Đọc tệp" }).click();
  const problems = page.getByRole("region", { name: /^Lỗi trong tệp/ });
  await expect(problems.getByRole("heading")).toHaveText("Lỗi trong tệp (3)");
  await expect(problems).toContainText("Dòng 2, cột “Ngày bắt đầu”: Ngày không hợp lệ.");
  await expect(problems).toContainText("Dòng 3, cột “Họ và tên”: Vui lòng nhập mục này.");
  await expect(problems).toContainText("Dòng 4, cột “Tiêu đề nguồn”: Chọn một nguồn có sẵn hoặc nhập tiêu đề nguồn mới.");

  await page
    .getByLabel("Tệp bảng tính (XLSX hoặc CSV)")
    .setInputFiles({ name: "anh.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  await page.getByRole("button", { name: "Đọc tệp" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không đọc được tệp" })).toBeVisible();
  // Over the limit, the file is refused before it is sent.
  const input = page.getByLabel("Tệp bảng tính (XLSX hoặc CSV)");
  await input.setInputFiles({ name: "to.csv", mimeType: "text/csv", buffer: Buffer.alloc(6 * 1024 * 1024, 65) });
  await expect(page.getByRole("alert").filter({ hasText: "Tệp phải nhỏ hơn 5 MB." })).toBeVisible();
  await expect(input).toHaveValue("");
  await page
    .getByLabel("Tệp bảng tính (XLSX hoặc CSV)")
    .setInputFiles({ name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("Tên,Ghi chú\nA,B\n") });
  await page.getByRole("button", { name: "Đọc tệp" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không thấy cột “Chức vụ”" })).toBeVisible();
});

test("search results download as CSV and XLSX with Vietnamese headers, dates at their precision and sources", async ({ page, request }) => {
  await page.goto("/search?q=ph%C3%B3%20ch%E1%BB%A7%20t%E1%BB%8Bch%20lai%20ch%C3%A2u");
  const links = page.getByTestId("search-download");
  const csv = await request.get((await links.getByRole("link", { name: "Tải kết quả tìm kiếm (CSV)" }).getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  // The byte-order mark tells Excel the file is UTF-8.
  expect(text.split("\r\n")[0]).toBe(
    "\uFEFFLoại,Họ và tên,Chức vụ,Tổ chức,Ngày bắt đầu,Ngày kết thúc,Ngày nguồn ghi nhận đang giữ,Tiêu đề nguồn,Địa chỉ nguồn (URL),Ngày của nguồn,Trang hồ sơ",
  );
  // Attested on 22/1/2026; the source shown is one of the seed's reports of the term (22/1 or 1/3/2026).
  expect(text).toMatch(
    /\nNgười,Tống Thanh Bình,Phó Chủ tịch Thường trực,Ủy ban MTTQ Việt Nam tỉnh Lai Châu,,,2026-01-22,[^\n]+,2026-0[13]-\d\d,http/,
  );
  const xlsx = await request.get((await links.getByRole("link", { name: "Tải kết quả tìm kiếm (XLSX)" }).getAttribute("href"))!);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsx.body()) as unknown as ExcelJS.Buffer);
  expect(book.worksheets[0].getRow(1).getCell(2).text).toBe("Họ và tên");
  expect((await request.get("/api/search/export?q=&format=csv")).status()).toBe(400);
  expect((await request.get("/api/search/export?q=a&format=doc")).status()).toBe(400);
});

test("the chart downloads as PNG and PDF, and prints on A4 with the Vice Chairs side by side", async ({ page, request }) => {
  await page.goto(`/organizations/${LAI_CHAU}`);
  const links = page.getByTestId("chart-download");
  const png = await request.get((await links.getByRole("link", { name: "Tải sơ đồ (PNG)" }).getAttribute("href"))!);
  expect(png.headers()["content-type"]).toBe("image/png");
  const pngBytes = await png.body();
  expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
  // Twice the chart's 1,256 px width.
  expect(pngBytes.readUInt32BE(16)).toBe(2512);
  const pdf = await request.get((await links.getByRole("link", { name: "Tải sơ đồ (PDF)" }).getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfText = (await pdf.body()).toString("latin1");
  expect(pdfText.startsWith("%PDF-")).toBe(true);
  expect(pdfText).toMatch(/BeVietnamPro-Bold/);
  expect((await request.get(`/api/organizations/${LAI_CHAU}/chart?format=gif`)).status()).toBe(400);

  // A page as wide as A4's printable width (210 mm less the margins, at 96 px to the inch), where the screen layout wraps.
  const printable = Math.floor((186 / 25.4) * 96);
  await page.setViewportSize({ width: printable, height: 1000 });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(links).toBeHidden();
  const viceChairs = page.getByTestId("org-chart").locator('[data-post="vice_chair"]');
  await expect(viceChairs).toHaveCount(3);
  const boxes = await Promise.all((await viceChairs.all()).map((card) => card.boundingBox()));
  expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBe(1);
  expect(Math.max(...boxes.map((box) => box!.x + box!.width))).toBeLessThanOrEqual(printable);
  const printed = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(printed).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
});
