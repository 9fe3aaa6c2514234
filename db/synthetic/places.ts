/**
 * Invented commune-level units (communes, wards, special zones) for the 34 real
 * provinces: how many each province gets, which kind each is, and plausible
 * names. Kinh place names are Sino-Vietnamese pairs ("Tân Phú", "Vĩnh Hòa");
 * the north-west also gets names in the style of Thái and Mông places
 * ("Mường Tè", "Nậm Nhùn", "Sìn Hồ").
 */
import type { ProvinceRecord } from "../seed/provinces";
import { apportion } from "./apportion";
import { Random } from "./random";

export type CommuneKind = "commune" | "ward" | "special_zone";

export interface CommunePlan {
  name: string;
  kind: CommuneKind;
}

/** Commune-level units since 1 July 2025: 2,621 communes, 687 wards, 13 special zones. */
export const COMMUNE_LEVEL_UNITS = 3321;

/** The 13 special zones (đặc khu) are real and few; they are kept rather than invented. */
const SPECIAL_ZONES: Readonly<Record<string, readonly string[]>> = {
  "Quảng Ninh": ["Vân Đồn", "Cô Tô"],
  "Hải Phòng": ["Cát Hải", "Bạch Long Vĩ"],
  "Quảng Trị": ["Cồn Cỏ"],
  "Đà Nẵng": ["Hoàng Sa"],
  "Quảng Ngãi": ["Lý Sơn"],
  "Khánh Hòa": ["Trường Sa"],
  "Lâm Đồng": ["Phú Quý"],
  "An Giang": ["Phú Quốc", "Kiên Hải", "Thổ Châu"],
  "Hồ Chí Minh": ["Côn Đảo"],
};

/** Provinces where Thái and Mông names (of places and of people) are common. */
const NORTH_WEST: Readonly<Record<string, number>> = {
  "Lai Châu": 0.45,
  "Điện Biên": 0.45,
  "Sơn La": 0.4,
  "Lào Cai": 0.3,
  "Tuyên Quang": 0.25,
};

/** Share of people in a province whose names follow a Thái or Mông tradition. */
export function minorityShare(provinceName: string): number {
  return NORTH_WEST[provinceName] ?? 0.01;
}

const KINH_FIRST = [
  "Tân",
  "Phú",
  "An",
  "Bình",
  "Hòa",
  "Thạnh",
  "Long",
  "Vĩnh",
  "Phước",
  "Thái",
  "Hưng",
  "Quang",
  "Minh",
  "Xuân",
  "Hải",
  "Sơn",
  "Thanh",
  "Đức",
  "Mỹ",
  "Hiệp",
  "Trung",
  "Thuận",
  "Lộc",
  "Phong",
  "Định",
  "Cẩm",
  "Yên",
  "Kim",
  "Ngọc",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Hồng",
  "Lương",
  "Tiên",
  "Quảng",
  "Hương",
  "Gia",
  "Nghĩa",
  "Thượng",
  "Đại",
  "Hiền",
  "Lạc",
  "Thiện",
  "Châu",
  "Tràng",
  "Đồng",
  "Cát",
  "Văn",
  "Triệu",
  "Kỳ",
];
const KINH_SECOND = [
  "Lợi",
  "Thịnh",
  "Khánh",
  "Hà",
  "Lâm",
  "Điền",
  "Giang",
  "Thành",
  "Hội",
  "Tiến",
  "Phúc",
  "Thọ",
  "Khê",
  "Trạch",
  "Xá",
  "Dương",
  "Lập",
  "Hạnh",
  "Mỹ",
  "Cường",
  "Đạt",
  "Sơn",
  "Phú",
  "Hòa",
  "An",
  "Bình",
  "Hưng",
  "Long",
  "Thủy",
  "Tân",
  "Trung",
  "Lộc",
  "Nghĩa",
  "Đông",
  "Tây",
  "Quý",
  "Yên",
  "Hải",
  "Vinh",
  "Ninh",
  "Chánh",
  "Xuyên",
  "Kiều",
  "Định",
  "Đức",
  "Thuận",
  "Phong",
  "Lạc",
  "Hữu",
  "Quới",
  "Tường",
];
/** A third syllable, as in "Tân Phú Đông" or "Vĩnh Hòa Thượng". */
const KINH_THIRD = ["Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung"];

const UPLAND_FIRST = [
  "Mường",
  "Nậm",
  "Pa",
  "Tà",
  "Sìn",
  "Na",
  "Bản",
  "Huổi",
  "Pú",
  "Nà",
  "Khổng",
  "Mù",
  "Phìn",
  "Chiềng",
  "Tủa",
  "Hua",
  "Pắc",
  "Lùng",
  "Sà",
  "Thèn",
];
const UPLAND_SECOND = [
  "Tè",
  "Lào",
  "Hồ",
  "Nhé",
  "Chà",
  "Sang",
  "Cang",
  "Khoa",
  "Mạ",
  "Bum",
  "Lay",
  "So",
  "Than",
  "Chăn",
  "Pồ",
  "Nhùn",
  "Hàng",
  "Pin",
  "Lếch",
  "Tở",
  "Mùn",
  "Ban",
  "Pục",
  "Khao",
  "Lìn",
  "Sáng",
  "Chải",
  "Xén",
];

function kinhName(random: Random): string {
  const first = random.pick(KINH_FIRST);
  let second = random.pick(KINH_SECOND);
  while (second === first) second = random.pick(KINH_SECOND);
  const name = `${first} ${second}`;
  return random.chance(0.08) ? `${name} ${random.pick(KINH_THIRD)}` : name;
}

function uplandName(random: Random): string {
  return `${random.pick(UPLAND_FIRST)} ${random.pick(UPLAND_SECOND)}`;
}

/**
 * How many commune-level units each province gets, summing to `total`: about
 * total/34 each, varied by ±25 % (and more for the two largest cities) so that
 * several provinces pass 100 as real ones do.
 */
export function communeCounts(random: Random, provinces: readonly ProvinceRecord[], total: number): number[] {
  const weights = provinces.map((province) => {
    const size = province.name === "Hồ Chí Minh" ? 1.7 : province.name === "Hà Nội" ? 1.3 : 1;
    return size * (0.75 + random.next() * 0.5);
  });
  return apportion(total, weights);
}

/** `count` distinct units for one province: its special zones first, then wards and communes. */
export function provinceCommunes(random: Random, province: ProvinceRecord, count: number): CommunePlan[] {
  const units: CommunePlan[] = [];
  const taken = new Set<string>([province.name]);
  for (const name of (SPECIAL_ZONES[province.name] ?? []).slice(0, count)) {
    units.push({ name, kind: "special_zone" });
    taken.add(name);
  }
  // Centrally-run cities are mostly wards; provinces mostly communes.
  const wardShare = province.kind === "city" ? 0.45 : 0.15;
  const uplandShare = province.name in NORTH_WEST ? 0.5 : 0;
  while (units.length < count) {
    const name = random.chance(uplandShare) ? uplandName(random) : kinhName(random);
    if (taken.has(name)) continue;
    taken.add(name);
    units.push({ name, kind: random.chance(wardShare) ? "ward" : "commune" });
  }
  return units;
}
