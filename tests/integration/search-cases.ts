/**
 * Queries over the demo data (the first report, db/seed) and the result each
 * must list first, covering every kind of query readers type. Used in-process
 * on the demo data (search.test.ts) and over HTTP on the whole real directory
 * (tests/e2e/search-api.spec.ts), where namesakes exist: there the first result
 * must have the expected name, and the few queries that name no place are
 * left out, since every province has their answer.
 */
export interface SearchCase {
  kind: string;
  query: string;
  type: "person" | "organization";
  slug: string;
  /** Only the demo's small data makes the answer unique: the query names a post but no place, a post several hold, or a prefix many names share. */
  placeless?: true;
}

const person = (kind: string, query: string, slug: string): SearchCase => ({ kind, query, type: "person", slug });
const organization = (kind: string, query: string, slug: string): SearchCase => ({ kind, query, type: "organization", slug });
const placeless = (kind: string, query: string, slug: string): SearchCase => ({ ...person(kind, query, slug), placeless: true });

export const SEARCH_CASES: SearchCase[] = [
  person("full name", "Tống Thanh Bình", "tong-thanh-binh"),
  person("full name", "Ngô Thị Bích Hạnh", "ngo-thi-bich-hanh"),
  person("full name", "Vừ Thị Mai Dinh", "vu-thi-mai-dinh"),
  person("full name", "Hoàng Kiều Anh", "hoang-kieu-anh"),
  person("full name", "Nguyễn Tuấn Anh", "nguyen-tuan-anh"),
  person("no marks", "tong thanh binh", "tong-thanh-binh"),
  person("no marks", "ngo thi bich hanh", "ngo-thi-bich-hanh"),
  person("no marks", "vu thi mai dinh", "vu-thi-mai-dinh"),
  person("no marks", "hoang kieu anh", "hoang-kieu-anh"),
  person("no marks", "NGUYEN TUAN ANH", "nguyen-tuan-anh"),
  person("no marks", "  nguyễn   tuấn anh. ", "nguyen-tuan-anh"),
  organization("d for đ", "dang uy ubmttq lai chau", "dang-uy-uy-ban-mttq-viet-nam-tinh-lai-chau"),
  organization("d for đ", "doan thanh nien cong san ho chi minh lai chau", "doan-thanh-nien-cong-san-ho-chi-minh-tinh-lai-chau"),
  person("prefix", "kieu an", "hoang-kieu-anh"),
  person("prefix", "vu thi m", "vu-thi-mai-dinh"),
  person("prefix", "tong th", "tong-thanh-binh"),
  person("prefix", "ngo thi b", "ngo-thi-bich-hanh"),
  // On the whole directory "Nguyễn Tử Phương" (Nghệ An's Labour Federation) answers "tu" as a whole word.
  placeless("prefix", "nguyen tu", "nguyen-tuan-anh"),
  person("word order", "anh kieu hoang", "hoang-kieu-anh"),
  person("word order", "dinh mai vu", "vu-thi-mai-dinh"),
  person("word order", "Bình Tống", "tong-thanh-binh"),
  person("word order", "hanh bich", "ngo-thi-bich-hanh"),
  person("typo: missing letter", "nguyn tuan anh", "nguyen-tuan-anh"),
  person("typo: missing letter", "tong thnh binh", "tong-thanh-binh"),
  person("typo: extra letter", "nguyeen tuan anh", "nguyen-tuan-anh"),
  person("typo: wrong letter", "hoamg kieu anh", "hoang-kieu-anh"),
  person("typo: wrong letter", "tong thamh binh", "tong-thanh-binh"),
  person("typo: swapped letters", "nguyne tuan anh", "nguyen-tuan-anh"),
  person("typo: swapped letters", "tong thanh bihn", "tong-thanh-binh"),
  person("typo: another word", "ngo thi bich hang", "ngo-thi-bich-hanh"),
  person("typo: while typing", "tong thanh bih", "tong-thanh-binh"),
  person("keyboard slip: Telex", "tongs thanh binhf", "tong-thanh-binh"),
  person("keyboard slip: Telex", "nguyeenx tuaans anh", "nguyen-tuan-anh"),
  person("keyboard slip: VNI", "ngo6 thi5 bi1ch ha5nh", "ngo-thi-bich-hanh"),
  person("keyboard slip: VIQR", "to^'ng thanh bi`nh", "tong-thanh-binh"),
  person("keyboard slip: doubled letter", "hoang kieu anhh", "hoang-kieu-anh"),
  person("words left out", "xyzzy vu thi mai dinh", "vu-thi-mai-dinh"),
  person("words left out", "chủ tịch Ngô Thị Bích Hạnh hà nội", "ngo-thi-bich-hanh"),
  person("role", "bí thư tỉnh đoàn lai châu", "vu-thi-mai-dinh"),
  placeless("role", "bi thu tinh doan", "vu-thi-mai-dinh"),
  person("role", "chu tich hoi phu nu lai chau", "ngo-thi-bich-hanh"),
  person("role", "chủ tịch hội liên hiệp phụ nữ tỉnh lai châu", "ngo-thi-bich-hanh"),
  person("role", "pho chu tich thuong truc ubmttq lai chau", "tong-thanh-binh"),
  person("role", "bi thu dang uy mttq lai chau", "tong-thanh-binh"),
  person("role", "phó bí thư tỉnh ủy lai châu", "nguyen-tuan-anh"),
  person("role", "uy vien ban thuong vu tinh uy lai chau", "tong-thanh-binh"),
  placeless("role", "uy vien du khuyet trung uong", "nguyen-tuan-anh"),
  placeless("abbreviation", "pho chu tich ubmttq lai chau", "ngo-thi-bich-hanh"),
  placeless("abbreviation", "pct ubmttq lai chau", "ngo-thi-bich-hanh"),
  person("abbreviation", "bi thu doan tncs lai chau", "vu-thi-mai-dinh"),
  placeless("abbreviation", "chu tich hoi lhpn", "ngo-thi-bich-hanh"),
  person("abbreviation", "pctt mttq lai chau", "tong-thanh-binh"),
  organization("abbreviation", "hoi lhpn lai chau", "hoi-lien-hiep-phu-nu-tinh-lai-chau"),
  organization("abbreviation", "ubmttq lai chau", "uy-ban-mttq-viet-nam-tinh-lai-chau"),
  organization("abbreviation", "LĐLĐ Lai Châu", "lien-doan-lao-dong-tinh-lai-chau"),
  organization("abbreviation", "ccb lai chau", "hoi-cuu-chien-binh-tinh-lai-chau"),
  organization("abbreviation", "UBTƯ MTTQ", "uy-ban-trung-uong-mttq-viet-nam"),
  organization("abbreviation", "mttq tp ha noi", "uy-ban-mttq-viet-nam-thanh-pho-ha-noi"),
  organization("organisation", "mặt trận tổ quốc lai châu", "uy-ban-mttq-viet-nam-tinh-lai-chau"),
  organization("organisation", "tỉnh đoàn lai châu", "doan-thanh-nien-cong-san-ho-chi-minh-tinh-lai-chau"),
  organization("organisation", "ubmttq xa khong lao", "uy-ban-mttq-viet-nam-xa-khong-lao"),
  organization("organisation", "hoi nong dan lai chau", "hoi-nong-dan-tinh-lai-chau"),
  organization("organisation", "Tỉnh ủy Lai Châu", "tinh-uy-lai-chau"),
  person("form of address", "đồng chí Nguyễn Tuấn Anh", "nguyen-tuan-anh"),
  person("form of address", "đ/c Tống Thanh Bình", "tong-thanh-binh"),
  person("form of address", "ông Tống Thanh Bình", "tong-thanh-binh"),
  person("form of address", "ba ngo thi bich hanh", "ngo-thi-bich-hanh"),
  person("name and role", "chủ tịch Ngô Thị Bích Hạnh", "ngo-thi-bich-hanh"),
  person("name and role", "vu thi mai dinh bi thu tinh doan", "vu-thi-mai-dinh"),
  person("name and role", "pho chu tich thuong truc tong thanh binh", "tong-thanh-binh"),
];
