/**
 * The columns of the directory's spreadsheets: the members of an organisation,
 * search results, and the import template, which is the members sheet without
 * rows. One dictionary, so that a downloaded members file can be edited and
 * uploaded again as it is. Headers are matched folded (no tone marks, any
 * case), in Vietnamese or English, so a file keeps working whichever language
 * it was downloaded in or however its headers were retyped.
 */
import { foldWords } from "../fold";
import type { Locale } from "../i18n/locales";

export const SHEET_COLUMNS = {
  kind: { vi: "Loại", en: "Type", aliases: [] },
  name: { vi: "Họ và tên", en: "Full name", aliases: ["ho ten", "ten", "ho va ten dem", "name"] },
  title: { vi: "Chức vụ", en: "Post", aliases: ["chuc danh", "title", "role"] },
  titleEn: { vi: "Chức vụ (tiếng Anh)", en: "Post (English)", aliases: [] },
  organization: { vi: "Tổ chức", en: "Organisation", aliases: ["to chuc", "co quan", "don vi", "organization"] },
  organizationEn: { vi: "Tổ chức (tiếng Anh)", en: "Organisation (English)", aliases: ["organization english"] },
  start: { vi: "Ngày bắt đầu", en: "Start date", aliases: ["bat dau", "tu ngay", "start"] },
  end: { vi: "Ngày kết thúc", en: "End date", aliases: ["ket thuc", "den ngay", "end"] },
  attested: {
    vi: "Ngày nguồn ghi nhận đang giữ",
    en: "Date a source shows the post held",
    aliases: ["ngay ghi nhan", "ghi nhan dang giu", "attested", "attested date"],
  },
  sourceTitle: { vi: "Tiêu đề nguồn", en: "Source title", aliases: ["nguon", "ten nguon", "source"] },
  sourceUrl: { vi: "Địa chỉ nguồn (URL)", en: "Source URL", aliases: ["dia chi nguon", "url nguon", "link nguon", "url", "link"] },
  sourceDate: { vi: "Ngày của nguồn", en: "Source date", aliases: ["ngay nguon", "ngay dang", "source date"] },
  profile: { vi: "Trang hồ sơ", en: "Profile page", aliases: ["ho so", "profile", "trang"] },
} as const satisfies Record<string, { vi: string; en: string; aliases: readonly string[] }>;

export type ColumnKey = keyof typeof SHEET_COLUMNS;

/** A members sheet, and the template: what an upload reads. */
export const MEMBER_COLUMNS = [
  "name",
  "title",
  "organization",
  "start",
  "end",
  "attested",
  "sourceTitle",
  "sourceUrl",
  "sourceDate",
  "profile",
] as const satisfies readonly ColumnKey[];

/** Columns an upload needs; the others may be left out. */
export const REQUIRED_COLUMNS = ["name", "title"] as const satisfies readonly ColumnKey[];

/** The English labels of the posts and organisations, added to English downloads for their readers; an upload ignores them. */
const ENGLISH_ONLY: readonly ColumnKey[] = ["titleEn", "organizationEn"];

/** The columns of a download in a language: the members' (or, for search results, with the kind of result first). */
export function downloadColumns(locale: Locale, withKind = false): ColumnKey[] {
  const columns: ColumnKey[] = [...(withKind ? (["kind"] as const) : []), ...MEMBER_COLUMNS];
  if (locale === "vi") return columns;
  return columns.flatMap((key) => (key === "title" ? [key, "titleEn"] : key === "organization" ? [key, "organizationEn"] : [key]));
}

export function columnHeader(key: ColumnKey, locale: Locale): string {
  return SHEET_COLUMNS[key][locale];
}

/** Every folded header a column answers to. */
const HEADER_KEYS = new Map<string, ColumnKey>(
  (Object.entries(SHEET_COLUMNS) as [ColumnKey, (typeof SHEET_COLUMNS)[ColumnKey]][]).flatMap(([key, column]) =>
    [column.vi, column.en, ...column.aliases].map((text) => [foldWords(text), key] as const),
  ),
);

/** The column a header names ("Họ và tên", "HO VA TEN", "Full name" …), or null. English-only columns are never read. */
export function columnOfHeader(header: string): ColumnKey | null {
  const key = HEADER_KEYS.get(foldWords(header.replace(/\*/g, "")));
  return key && !ENGLISH_ONLY.includes(key) ? key : null;
}
