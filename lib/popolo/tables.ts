/**
 * The open data's CSV tables (people, organisations, posts, terms, sources),
 * made from the Popolo records (lib/popolo/document.ts) so that their ids are
 * the Popolo document's, with the column dictionary the /data/ page shows.
 */
import type { PopoloLink, PopoloSection } from "./document";

type Json = Record<string, unknown>;
type Cell = string | number | null;

/** A column and its entry in the dictionary; `value` reads it from a record (tables of one row per record). */
interface Column {
  name: string;
  vi: string;
  en: string;
  value?: (record: Json) => Cell;
}

export interface CsvTable {
  /** The file's name without ".csv". */
  name: string;
  /** The Popolo section whose records make its rows. */
  section: PopoloSection;
  vi: string;
  en: string;
  columns: Column[];
  /** A record's rows (one, except the sources table: one per source of a term). */
  rows: (record: Json) => Cell[][];
}

const text = (key: string) => (record: Json) => (record[key] as Cell | undefined) ?? null;
const englishName = (record: Json) =>
  (record.other_names as { name: string; lang?: string }[] | undefined)?.find((n) => n.lang === "en")?.name ?? null;
const shortName = (record: Json) =>
  (record.other_names as { name: string; note?: string }[] | undefined)?.find((n) => n.note === "short")?.name ?? null;

function table(spec: Omit<CsvTable, "rows">): CsvTable {
  return { ...spec, rows: (record) => [spec.columns.map((column) => column.value!(record))] };
}

/** A column that is the record's field of the same name. */
const col = (name: string, vi: string, en: string): Column => ({ name, vi, en, value: text(name) });
const id = (vi: string, en: string): Column => col("id", vi, en);

export const CSV_TABLES: CsvTable[] = [
  table({
    name: "people",
    section: "persons",
    vi: "Người",
    en: "People",
    columns: [
      id("Mã người (như trong tệp Popolo)", "The person's id (as in the Popolo file)"),
      col("name", "Họ và tên", "Full name"),
      {
        name: "other_names",
        vi: "Tên khác, cách nhau bằng “; ”",
        en: "Other names, separated by “; ”",
        value: (r) => ((r.other_names as { name: string }[] | undefined) ?? []).map((n) => n.name).join("; ") || null,
      },
      col("gender", "Giới tính (female, male)", "Gender (female, male)"),
      col("birth_date", "Năm sinh", "Year of birth"),
      col("ethnicity", "Dân tộc", "Ethnicity"),
      col("hometown", "Quê quán", "Home town"),
    ],
  }),
  table({
    name: "organisations",
    section: "organizations",
    vi: "Tổ chức",
    en: "Organisations",
    columns: [
      id("Mã tổ chức", "The organisation's id"),
      col("name", "Tên (tiếng Việt)", "Name (Vietnamese)"),
      { name: "name_en", vi: "Tên tiếng Anh", en: "English name", value: englishName },
      { name: "short_name", vi: "Tên viết tắt", en: "Short name", value: shortName },
      col(
        "classification",
        "Loại: front_committee, member_organization, board, office, party_committee",
        "Kind: front_committee, member_organization, board, office, party_committee",
      ),
      col("member_type", "Loại tổ chức thành viên", "Kind of member organisation"),
      col("level", "Cấp: central, province, district, commune", "Level: central, province, district, commune"),
      col("parent_id", "Mã tổ chức cấp trên", "The parent organisation's id"),
      col("area_id", "Mã địa bàn", "The area's id"),
      col("founding_date", "Có hiệu lực từ", "In force from"),
      col("dissolution_date", "Hết hiệu lực từ", "In force until"),
    ],
  }),
  table({
    name: "posts",
    section: "posts",
    vi: "Chức vụ",
    en: "Posts",
    columns: [
      id("Mã chức vụ", "The post's id"),
      col("organization_id", "Mã tổ chức có chức vụ", "The id of the organisation the post is in"),
      col("label", "Chức danh (tiếng Việt, như nguồn ghi)", "Title (Vietnamese, as recorded)"),
      col("role", "Chức danh tiếng Anh", "English title"),
      col("role_key", "Mã vai trò (chair, vice_chair …)", "Role key (chair, vice_chair …)"),
      col("max_holders", "Số người giữ cùng lúc tối đa", "Most holders at once"),
    ],
  }),
  table({
    name: "terms",
    section: "memberships",
    vi: "Nhiệm kỳ (người giữ chức vụ)",
    en: "Terms (people holding posts)",
    columns: [
      id("Mã nhiệm kỳ", "The term's id"),
      col("person_id", "Mã người", "The person's id"),
      col("post_id", "Mã chức vụ", "The post's id"),
      col("organization_id", "Mã tổ chức", "The organisation's id"),
      col("label", "Chức danh", "Title"),
      col("start_date", "Ngày bắt đầu (YYYY, YYYY-MM hoặc YYYY-MM-DD)", "Start (YYYY, YYYY-MM or YYYY-MM-DD)"),
      col("end_date", "Ngày kết thúc", "End"),
      col(
        "attested_date",
        "Ngày nguồn cho thấy đang giữ chức vụ (khi không biết ngày bắt đầu)",
        "A date a source shows the post held (when the start is unknown)",
      ),
      col("end_reason", "Lý do kết thúc", "Why it ended"),
    ],
  }),
  {
    name: "sources",
    section: "memberships",
    vi: "Nguồn của từng nhiệm kỳ",
    en: "Each term's sources",
    columns: [
      { name: "term_id", vi: "Mã nhiệm kỳ", en: "The term's id" },
      { name: "url", vi: "Địa chỉ nguồn", en: "The source's address" },
      { name: "title", vi: "Tiêu đề", en: "Title" },
      { name: "publisher", vi: "Cơ quan đăng", en: "Publisher" },
      { name: "date", vi: "Ngày đăng", en: "Date published" },
      { name: "quote", vi: "Câu chữ nguồn ghi", en: "The words the source uses" },
    ],
    rows: (record) =>
      ((record.sources as PopoloLink[] | undefined) ?? []).map((s) => [
        record.id as string,
        s.url,
        s.title ?? null,
        s.publisher ?? null,
        s.date ?? null,
        s.quote ?? null,
      ]),
  },
];
