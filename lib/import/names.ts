/**
 * The full names organisations are recorded under, built from what a title
 * says and the place it is resolved to: the forms the demo data and the admin
 * pages use ("Hội Liên hiệp Phụ nữ tỉnh Lai Châu", "Tỉnh ủy Lai Châu",
 * "Đảng ủy Ủy ban MTTQ Việt Nam tỉnh Lai Châu"). Used both to find an
 * organisation by name and to name one the import proposes to create.
 */
import type { AreaKind, MemberOrganizationType } from "../domain";
import { areaEnglishName, areaInlineName, frontCommitteeNames } from "../places";
import { MEMBER_ORGANIZATION_NAMES } from "../structure";
import type { UnitKind } from "./organisation";

export interface Names {
  vi: string;
  en: string | null;
}

/** A place as resolved: central, or a unit of a kind with a name. */
export type NamedPlace = { level: "central" } | { level: "province" | "district" | "commune"; kind: AreaKind; name: string };

const CENTRAL_FRONT: Names = { vi: "Ủy ban Trung ương MTTQ Việt Nam", en: "Central Committee of the Viet Nam Fatherland Front" };

const CENTRAL_MEMBERS: Record<MemberOrganizationType, Names> = {
  trade_union: { vi: "Tổng Liên đoàn Lao động Việt Nam", en: "Viet Nam General Confederation of Labour" },
  farmers_union: { vi: "Hội Nông dân Việt Nam", en: "Viet Nam Farmers' Union" },
  youth_union: { vi: "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", en: "Central Committee of the Ho Chi Minh Communist Youth Union" },
  womens_union: { vi: "Hội Liên hiệp Phụ nữ Việt Nam", en: "Viet Nam Women's Union" },
  veterans_association: { vi: "Hội Cựu chiến binh Việt Nam", en: "Viet Nam Veterans' Association" },
};

export function frontNames(place: NamedPlace): Names {
  return place.level === "central" ? CENTRAL_FRONT : frontCommitteeNames(place.kind, place.name);
}

export function memberNames(type: MemberOrganizationType, place: NamedPlace): Names {
  if (place.level === "central") return CENTRAL_MEMBERS[type];
  const names = MEMBER_ORGANIZATION_NAMES[type];
  return { vi: names.vi(areaInlineName(place.kind, place.name)), en: names.en(areaEnglishName(place.kind, place.name)) };
}

/** Tỉnh ủy, Thành ủy, Huyện ủy by name; Đảng ủy xã/phường/đặc khu … */
export function partyNames(place: NamedPlace): Names | null {
  if (place.level === "central") return null;
  switch (place.kind) {
    case "province":
      return { vi: `Tỉnh ủy ${place.name}`, en: `${place.name} Provincial Party Committee` };
    case "city":
      return { vi: `Thành ủy ${place.name}`, en: `${place.name} City Party Committee` };
    case "district":
      return { vi: `Huyện ủy ${place.name}`, en: `${place.name} District Party Committee` };
    default:
      return {
        vi: `Đảng ủy ${areaInlineName(place.kind, place.name)}`,
        en: `Party Committee of ${areaEnglishName(place.kind, place.name)}`,
      };
  }
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(roman: string): number | null {
  if (/^\d+$/.test(roman)) return Number(roman);
  if (!/^[IVXLC]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]];
    total += value < (ROMAN[roman[i + 1]] ?? 0) ? -value : value;
  }
  return total;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

export function partyCentralNames(term: string): Names {
  const n = romanValue(term);
  return {
    vi: `Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa ${term}`,
    en: n ? `${ordinal(n)} Central Committee of the Communist Party of Viet Nam` : null,
  };
}

/** A body inside an organisation; boards carry the parent's name, as board names repeat in every province. */
export function unitNames(kind: UnitKind, written: string, parent: Names): Names & { shortName: string | null } {
  const name = written.charAt(0).toUpperCase() + written.slice(1);
  switch (kind) {
    case "board":
      return { vi: `${name} - ${parent.vi}`, en: null, shortName: name };
    case "office":
      return { vi: `Văn phòng ${parent.vi}`, en: parent.en ? `Office of the ${parent.en}` : null, shortName: null };
    case "party_committee":
      return { vi: `Đảng ủy ${parent.vi}`, en: parent.en ? `Party Committee of the ${parent.en}` : null, shortName: null };
  }
}
