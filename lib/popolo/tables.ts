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

const id = (vi: string, en: string): Column => ({ name: "id", vi, en, value: text("id") });

export const CSV_TABLES: CsvTable[] = [
  table({
    name: "people",
    section: "persons",
    vi: "Người",
    en: "People",
    columns: [
      id("Mã người (như trong tệp Popolo)", "The person's id (as in the Popolo file)"),
      { name: "name", vi: "Họ và tên", en: "Full name", value: text("name") },
      {
        name: "other_names",
        vi: "Tên khác, cách nhau bằng “; ”",
        en: "Other names, separated by “; ”",
        value: (r) => ((r.other_names as { name: string }[] | undefined) ?? []).map((n) => n.name).join("; ") || null,
      },
      { name: "gender", vi: "Giới tính (female, male)", en: "Gender (female, male)", value: text("gender") },
      { name: "birth_date", vi: "Năm sinh", en: "Year of birth", value: text("birth_date") },
      { name: "ethnicity", vi: "Dân tộc", en: "Ethnicity", value: text("ethnicity") },
      { name: "hometown", vi: "Quê quán", en: "Home town", value: text("hometown") },
    ],
  }),
  table({
    name: "organisations",
    section: "organizations",
    vi: "Tổ chức",
    en: "Organisations",
    columns: [
      id("Mã tổ chức", "The organisation's id"),
      { name: "name", vi: "Tên (tiếng Việt)", en: "Name (Vietnamese)", value: text("name") },
      { name: "name_en", vi: "Tên tiếng Anh", en: "English name", value: englishName },
      { name: "short_name", vi: "Tên viết tắt", en: "Short name", value: shortName },
      {
        name: "classification",
        vi: "Loại: front_committee, member_organization, board, office, party_committee",
        en: "Kind: front_committee, member_organization, board, office, party_committee",
        value: text("classification"),
      },
      { name: "member_type", vi: "Loại tổ chức thành viên", en: "Kind of member organisation", value: text("member_type") },
      {
        name: "level",
        vi: "Cấp: central, province, district, commune",
        en: "Level: central, province, district, commune",
        value: text("level"),
      },
      { name: "parent_id", vi: "Mã tổ chức cấp trên", en: "The parent organisation's id", value: text("parent_id") },
      { name: "area_id", vi: "Mã địa bàn", en: "The area's id", value: text("area_id") },
      { name: "founding_date", vi: "Có hiệu lực từ", en: "In force from", value: text("founding_date") },
      { name: "dissolution_date", vi: "Hết hiệu lực từ", en: "In force until", value: text("dissolution_date") },
    ],
  }),
  table({
    name: "posts",
    section: "posts",
    vi: "Chức vụ",
    en: "Posts",
    columns: [
      id("Mã chức vụ", "The post's id"),
      {
        name: "organization_id",
        vi: "Mã tổ chức có chức vụ",
        en: "The id of the organisation the post is in",
        value: text("organization_id"),
      },
      { name: "label", vi: "Chức danh (tiếng Việt, như nguồn ghi)", en: "Title (Vietnamese, as recorded)", value: text("label") },
      { name: "role", vi: "Chức danh tiếng Anh", en: "English title", value: text("role") },
      { name: "role_key", vi: "Mã vai trò (chair, vice_chair …)", en: "Role key (chair, vice_chair …)", value: text("role_key") },
      { name: "max_holders", vi: "Số người giữ cùng lúc tối đa", en: "Most holders at once", value: text("max_holders") },
    ],
  }),
  table({
    name: "terms",
    section: "memberships",
    vi: "Nhiệm kỳ (người giữ chức vụ)",
    en: "Terms (people holding posts)",
    columns: [
      id("Mã nhiệm kỳ", "The term's id"),
      { name: "person_id", vi: "Mã người", en: "The person's id", value: text("person_id") },
      { name: "post_id", vi: "Mã chức vụ", en: "The post's id", value: text("post_id") },
      { name: "organization_id", vi: "Mã tổ chức", en: "The organisation's id", value: text("organization_id") },
      { name: "label", vi: "Chức danh", en: "Title", value: text("label") },
      {
        name: "start_date",
        vi: "Ngày bắt đầu (YYYY, YYYY-MM hoặc YYYY-MM-DD)",
        en: "Start (YYYY, YYYY-MM or YYYY-MM-DD)",
        value: text("start_date"),
      },
      { name: "end_date", vi: "Ngày kết thúc", en: "End", value: text("end_date") },
      {
        name: "attested_date",
        vi: "Ngày nguồn cho thấy đang giữ chức vụ (khi không biết ngày bắt đầu)",
        en: "A date a source shows the post held (when the start is unknown)",
        value: text("attested_date"),
      },
      { name: "end_reason", vi: "Lý do kết thúc", en: "Why it ended", value: text("end_reason") },
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
