/** Spreadsheets as files: writing and reading CSV and XLSX as spreadsheet programs save them, and reading a members sheet row by row. */
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_SHEET_ROWS, profileSlug, readMemberSheet, readSheetDate, sheetRowsInput } from "@/lib/import/sheet";
import { columnOfHeader, downloadColumns } from "@/lib/spreadsheet/columns";
import { memberTable, searchTable, templateTables, type TermLike } from "@/lib/spreadsheet/tables";
import { decodeText, readSpreadsheet, toCsv, toXlsx, zipUnpacksWithin, type Grid } from "@/lib/spreadsheet/workbook";

const HEADER = ["Họ và tên", "Chức vụ", "Ngày bắt đầu", "Ngày kết thúc", "Ngày nguồn ghi nhận đang giữ", "Tiêu đề nguồn", "Ngày của nguồn"];
const grid = (rows: string[][], first = 1): Grid[] => [{ name: "S", rows: rows.map((cells, i) => ({ line: first + i, cells })) }];
const bytes = (text: string) => new TextEncoder().encode(text);

const term = (overrides: Partial<TermLike> = {}): TermLike => ({
  personName: "Nguyễn Thị Thử",
  personSlug: "nguyen-thi-thu",
  postTitle: "Phó Chủ tịch",
  roleKey: "vice_chair",
  organizationName: "Ủy ban MTTQ Việt Nam tỉnh Thử",
  organizationNameEn: null,
  level: "province",
  startDate: "2024-03",
  endDate: null,
  attestedDate: null,
  sourceTitle: "Báo Thử",
  sourceUrl: "https://example.org/a",
  sourceDate: "2024",
  ...overrides,
});

describe("columns", () => {
  it("knows a header however it is written, in either language, and ignores English-only and unknown ones", () => {
    expect(columnOfHeader("Họ và tên")).toBe("name");
    expect(columnOfHeader("HO VA TEN *")).toBe("name");
    expect(columnOfHeader("Full name")).toBe("name");
    expect(columnOfHeader("  chức danh ")).toBe("title");
    expect(columnOfHeader("Ngày nguồn ghi nhận đang giữ")).toBe("attested");
    expect(columnOfHeader("Post (English)")).toBeNull();
    expect(columnOfHeader("Ghi chú của tôi")).toBeNull();
    expect(downloadColumns("en")).toContain("titleEn");
    expect(downloadColumns("vi")).not.toContain("titleEn");
    expect(downloadColumns("vi", true)[0]).toBe("kind");
  });
});

describe("writing", () => {
  it("writes CSV with a byte-order mark, CRLF and formula-looking cells made text, and reads it back as written", async () => {
    const table = memberTable([term({ personName: '=HYPERLINK("x")' })], "vi", "https://site.example");
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFFHọ và tên,Chức vụ,Tổ chức")).toBe(true);
    expect(csv).toContain("\r\n");
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const read = await readSpreadsheet(bytes(csv));
    expect(read.ok && read.grids[0].rows[1].cells[0]).toBe('=HYPERLINK("x")');
  });

  it("writes dates at their precision, the source and an absolute profile link", () => {
    const table = memberTable([term({ endDate: "2026-01-22", attestedDate: "2025" })], "vi", "https://site.example");
    const row = Object.fromEntries(table.header.map((header, i) => [header, table.rows[0][i]]));
    expect(row["Ngày bắt đầu"]).toBe("2024-03");
    expect(row["Ngày kết thúc"]).toBe("2026-01-22");
    expect(row["Ngày nguồn ghi nhận đang giữ"]).toBe("2025");
    expect(row["Tiêu đề nguồn"]).toBe("Báo Thử");
    expect(row["Ngày của nguồn"]).toBe("2024");
    expect(row["Trang hồ sơ"]).toBe("https://site.example/people/nguyen-thi-thu");
    const en = memberTable([term()], "en", "https://site.example");
    expect(en.header).toContain("Post (English)");
    expect(en.rows[0][en.header.indexOf("Post (English)")]).toBe("Vice Chair");
  });

  it("lists search results a row per role, people without one and organisations too", () => {
    const table = searchTable(
      {
        people: [
          { name: "A", url: "https://s/people/a", roles: [term(), term({ postTitle: "Ủy viên", roleKey: "committee_member" })] },
          { name: "B", url: "https://s/people/b", roles: [] },
        ],
        organizations: [{ name: "Hội Thử", url: "https://s/organizations/hoi-thu" }],
      },
      "vi",
    );
    expect(table.rows.map((row) => row[0])).toEqual(["Người", "Người", "Người", "Tổ chức"]);
    expect(table.rows[2][1]).toBe("B");
    expect(table.rows[3][table.header.indexOf("Tổ chức")]).toBe("Hội Thử");
  });

  it("writes an XLSX whose date columns are text, with a template that explains every column", async () => {
    const [members, guide] = templateTables("vi");
    expect(members.rows).toEqual([]);
    expect(guide.rows.length).toBeGreaterThan(members.header.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(templateTables("vi"))) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Thành viên", "Hướng dẫn"]);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("Họ và tên");
    expect(sheet.getColumn(members.header.indexOf("Ngày bắt đầu") + 1).numFmt).toBe("@");
  });
});

describe("reading files", () => {
  it("reads the CSV encodings spreadsheet programs save: UTF-8 with or without a mark, UTF-16, the Vietnamese code page", async () => {
    expect(decodeText(bytes("\uFEFFTống"))).toBe("Tống");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("Tống Thanh Bình", "utf16le")]);
    expect(decodeText(utf16)).toBe("Tống Thanh Bình");
    // "Tống" in windows-1258: T, o with circumflex (0xF4), the combining acute (0xEC), n, g.
    expect(decodeText(new Uint8Array([0x54, 0xf4, 0xec, 0x6e, 0x67]))).toBe("Tống");
    const semicolons = await readSpreadsheet(bytes("Họ và tên;Chức vụ\nA;Chủ tịch\n"));
    expect(semicolons.ok && semicolons.grids[0].rows[1].cells).toEqual(["A", "Chủ tịch"]);
  });

  it("reads typed XLSX dates at the precision their cells show, and links, rich text and formulas as their text", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Danh sách");
    sheet.addRow(["Họ và tên", "Chức vụ", "Ngày bắt đầu", "Ngày kết thúc", "Tiêu đề nguồn"]);
    const row = sheet.addRow([
      { richText: [{ text: "Nguyễn " }, { text: "Văn Thử" }] },
      { formula: 'CONCAT("Phó ","Chủ tịch")', result: "Phó Chủ tịch" },
      new Date(Date.UTC(2021, 2, 15)),
      new Date(Date.UTC(2024, 4, 1)),
      { text: "Báo Thử", hyperlink: "https://example.org" },
    ]);
    row.getCell(4).numFmt = "mm/yyyy";
    const read = await readSpreadsheet(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(read.ok && read.format).toBe("xlsx");
    expect(read.ok && read.grids[0].rows[1].cells).toEqual(["Nguyễn Văn Thử", "Phó Chủ tịch", "2021-03-15", "2024-05", "Báo Thử"]);
  });

  it("refuses what is no spreadsheet, and a ZIP that unpacks past the limit, whatever sizes it declares", async () => {
    expect(await readSpreadsheet(new Uint8Array())).toEqual({ ok: false, error: "empty" });
    expect(await readSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toEqual({ ok: false, error: "unreadable" });
    expect(await readSpreadsheet(bytes("PK\u0003\u0004 not really a zip"))).toEqual({ ok: false, error: "too_large" });
    expect(await readSpreadsheet(bytes('"unclosed,quote\n'))).toEqual({ ok: false, error: "unreadable" });
    const zip = (content: Uint8Array, declared: number) => {
      const name = Buffer.from("xl/sheet.xml");
      const data = deflateRawSync(content);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(declared, 22);
      local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(declared, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(0, 42);
      const start = 30 + name.length + data.length;
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(1, 8);
      end.writeUInt16LE(1, 10);
      end.writeUInt32LE(46 + name.length, 12);
      end.writeUInt32LE(start, 16);
      return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
    };
    const megabytes = new Uint8Array(2 * 1024 * 1024);
    // It claims 100 bytes; it unpacks to 2 MB, past a 1 MB limit.
    expect(zipUnpacksWithin(zip(megabytes, 100), 1024 * 1024)).toBe(false);
    expect(zipUnpacksWithin(zip(megabytes, 100), 4 * 1024 * 1024)).toBe(true);
  });
});

describe("a members sheet", () => {
  it("finds the header below a title line, reads every date form, and names each problem by row and column", () => {
    const result = readMemberSheet(
      grid([
        ["Danh sách Ủy ban MTTQ tỉnh Thử"],
        HEADER,
        ["Đồng chí Nguyễn  Văn Thử", "Phó Chủ tịch", "15.03.2021", "", "", "Báo Thử", "2021"],
        ["Lò Thị Thử", "Ủy viên", "", "", "03/2024", "Báo Thử", ""],
        ["", "Ủy viên", "31/02/2026", "2020", "", "", ""],
        [],
        ["Hà Văn Thử", "Ủy viên", "2024", "2023", "", "Báo Thử", ""],
      ]),
      { hasDefaultSource: false },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { rows, errors } = result.reading;
    expect(rows).toEqual([
      { line: 3, name: "Nguyễn Văn Thử", title: "Phó Chủ tịch", start: "2021-03-15", sourceTitle: "Báo Thử", sourceDate: "2021" },
      { line: 4, name: "Lò Thị Thử", title: "Ủy viên", attested: "2024-03", sourceTitle: "Báo Thử" },
    ]);
    expect(errors).toEqual([
      { line: 5, column: "name", header: "Họ và tên", code: "required" },
      { line: 5, column: "start", header: "Ngày bắt đầu", code: "invalid_date" },
      { line: 5, column: "sourceTitle", header: "Tiêu đề nguồn", code: "source_required" },
      { line: 7, column: "end", header: "Ngày kết thúc", code: "end_before_start" },
    ]);
  });

  it("takes a source from the upload when the row has none, and says which required columns are missing", () => {
    const withDefault = readMemberSheet(grid([HEADER, ["A", "Ủy viên", "2024", "", "", "", ""]]), { hasDefaultSource: true });
    expect(withDefault.ok && withDefault.reading.rows).toHaveLength(1);
    expect(
      readMemberSheet(
        grid([
          ["Tên", "Ghi chú"],
          ["A", "x"],
        ]),
        { hasDefaultSource: true },
      ),
    ).toEqual({
      ok: false,
      error: "missing_columns",
      missing: ["title"],
    });
    expect(readMemberSheet(grid([HEADER]), { hasDefaultSource: true })).toEqual({ ok: false, error: "no_rows" });
    const many = grid([HEADER, ...Array.from({ length: MAX_SHEET_ROWS + 1 }, () => ["A", "Ủy viên", "2024"])]);
    expect(readMemberSheet(many, { hasDefaultSource: true })).toEqual({ ok: false, error: "too_many_rows" });
  });

  it("reads dates and profile links as editors write them", () => {
    expect(readSheetDate("22/01/2026")).toEqual({ value: "2026-01-22", precision: "day" });
    expect(readSheetDate("22-1-2026")).toEqual({ value: "2026-01-22", precision: "day" });
    expect(readSheetDate("1.2026")).toEqual({ value: "2026-01", precision: "month" });
    expect(readSheetDate("2026/01")).toEqual({ value: "2026-01", precision: "month" });
    expect(readSheetDate("2026")).toEqual({ value: "2026", precision: "year" });
    expect(readSheetDate("tháng 1")).toBeNull();
    expect(profileSlug("https://danhba.example/en/people/tong-thanh-binh?at=2026-01-01")).toBe("tong-thanh-binh");
    expect(profileSlug("tong-thanh-binh")).toBe("tong-thanh-binh");
    expect(profileSlug("https://example.org/other/page")).toBeNull();
  });

  it("refuses rows sent back that no longer pass the sheet's rules", () => {
    expect(sheetRowsInput.safeParse(JSON.stringify([{ line: 2, name: "A", title: "Ủy viên", start: "2024" }])).success).toBe(true);
    expect(sheetRowsInput.safeParse(JSON.stringify([{ line: 2, name: "A", title: "Ủy viên" }])).success).toBe(false);
    expect(sheetRowsInput.safeParse("{not json").success).toBe(false);
  });
});
