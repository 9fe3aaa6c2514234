/**
 * Spreadsheets as bytes: tables written as CSV (csv-stringify) or XLSX
 * (exceljs), and an uploaded file read back into rows of text, whichever of the
 * two it is and however a spreadsheet program saved it (a byte-order mark or
 * none, UTF-16, the Vietnamese Windows code page, commas, semicolons or tabs).
 * Dates typed into an XLSX become ISO text at the precision their cell shows
 * ("2026-01-22", or "2026-01" for a cell formatted mm/yyyy).
 */
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

export interface SheetTable {
  /** The worksheet's name (XLSX). */
  name: string;
  header: string[];
  rows: (string | null)[][];
  /** Column widths in characters (XLSX). */
  widths?: number[];
  /** Columns kept as text in XLSX, so that dates typed into them stay as typed (partial dates are no Excel dates). */
  textColumns?: number[];
}

/** A row of an uploaded sheet: its number as the spreadsheet shows it, and its cells as text. */
export interface GridRow {
  line: number;
  cells: string[];
}

export interface Grid {
  name: string;
  rows: GridRow[];
}

export type SpreadsheetFormat = "csv" | "xlsx";

export const SPREADSHEET_TYPES: Record<SpreadsheetFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A cell a spreadsheet program would run as a formula: written with a leading apostrophe, which Excel shows as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(table: SheetTable): string {
  const guard = (cell: string | null) => (cell && FORMULA_START.test(cell) ? `'${cell}` : (cell ?? ""));
  // The byte-order mark makes Excel read the file as UTF-8 rather than the machine's code page.
  return stringify([table.header, ...table.rows.map((row) => row.map(guard))], { bom: true, record_delimiter: "\r\n" });
}

export async function toXlsx(tables: SheetTable[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Danh bạ Mặt trận Tổ quốc Việt Nam";
  for (const table of tables) {
    const sheet = book.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.header.map((header, i) => ({
      header,
      width: table.widths?.[i] ?? Math.min(60, Math.max(12, header.length + 2)),
      style: table.textColumns?.includes(i) ? { numFmt: "@" } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
    if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

// ---- reading ----

export type ReadError = "unreadable" | "empty" | "too_large";
export type ReadResult = { ok: true; format: SpreadsheetFormat; grids: Grid[] } | { ok: false; error: ReadError };

/** What an XLSX may unpack to: far above any real sheet, far below what would exhaust the server. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Whether a ZIP unpacks within the limit, checked by inflating each entry with
 * a cap rather than by trusting the sizes it declares (a "zip bomb" declares
 * small ones). False for anything that is not a well-formed ZIP.
 */
export function zipUnpacksWithin(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) return false;
  const entries = u16(end + 10);
  if (entries > MAX_ZIP_ENTRIES) return false;
  let at = u32(end + 16);
  let budget = limit;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return false;
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const local = u32(at + 42);
    if (local + 30 > bytes.length || u32(local) !== 0x04034b50) return false;
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataStart + compressed > bytes.length) return false;
    const data = bytes.subarray(dataStart, dataStart + compressed);
    try {
      const size = method === 0 ? data.length : method === 8 ? inflateRawSync(data, { maxOutputLength: budget }).length : -1;
      if (size < 0 || size > budget) return false;
      budget -= size;
    } catch {
      return false;
    }
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return true;
}

/** Text of a CSV file in whatever encoding it was saved in, composed (NFC) as the directory stores text. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // Excel's "CSV" on a Vietnamese Windows: code page 1258, tone marks as combining characters.
      text = new TextDecoder("windows-1258").decode(bytes);
    }
  }
  return text.normalize("NFC");
}

/** The separator of a CSV: the one of comma, semicolon and tab that its first line uses most. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** A cell's leading apostrophe that only kept a spreadsheet from reading it as a formula (see toCsv). */
const unguard = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

function readCsv(bytes: Uint8Array): Grid[] {
  const text = decodeText(bytes);
  const records = parse(text, {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return [{ name: "CSV", rows: records.map((cells, i) => ({ line: i + 1, cells: cells.map((cell) => unguard(cell.trim())) })) }];
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date cell as ISO text at the precision its number format shows: a cell formatted "mm/yyyy" holds a month. */
function dateText(date: Date, numFmt: string | undefined): string {
  // Excel dates have no time zone; exceljs reads them as UTC.
  const [year, month, day] = [date.getUTCFullYear(), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
  const format = (numFmt ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "").toLowerCase();
  if (format && !/d/.test(format) && !/m/.test(format)) return String(year);
  if (format && !/d/.test(format)) return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateText(value, cell.numFmt);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return value.result instanceof Date ? dateText(value.result, cell.numFmt) : String(value.result ?? "");
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const book = new ExcelJS.Workbook();
  // exceljs's types ask for Node's Buffer; any ArrayBuffer view is read alike.
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book.worksheets.map((sheet) => {
    const rows: GridRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell).trim();
      });
      rows.push({ line, cells: Array.from(cells, (cell) => cell ?? "") });
    });
    return { name: sheet.name, rows };
  });
}

/** Reads an uploaded spreadsheet into rows of text; never throws on what a user may upload. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, error: "empty" };
  try {
    if (isZip(bytes)) {
      if (!zipUnpacksWithin(bytes)) return { ok: false, error: "too_large" };
      return { ok: true, format: "xlsx", grids: await readXlsx(bytes) };
    }
    // A binary file that is no ZIP (an old .xls, a picture) is no CSV either.
    if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) return { ok: false, error: "unreadable" };
    return { ok: true, format: "csv", grids: readCsv(bytes) };
  } catch {
    return { ok: false, error: "unreadable" };
  }
}
