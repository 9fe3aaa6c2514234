/** How administrative units and their Front committees are named, in both languages. */
import type { AreaKind } from "./domain";

const KIND_WORDS: Record<AreaKind, { vi: string; en: string }> = {
  country: { vi: "", en: "" },
  province: { vi: "tỉnh", en: "Province" },
  city: { vi: "thành phố", en: "City" },
  commune: { vi: "xã", en: "Commune" },
  ward: { vi: "phường", en: "Ward" },
  special_zone: { vi: "đặc khu", en: "Special Zone" },
  district: { vi: "huyện", en: "District" },
};

/** "Tỉnh Lai Châu", "Thành phố Hà Nội", "Xã Khổng Lào". */
export function areaFullName(kind: AreaKind, name: string): string {
  const word = KIND_WORDS[kind].vi;
  return word ? `${word[0].toUpperCase()}${word.slice(1)} ${name}` : name;
}

/** "tỉnh Lai Châu": the form used inside organisation names. */
export function areaInlineName(kind: AreaKind, name: string): string {
  const word = KIND_WORDS[kind].vi;
  return word ? `${word} ${name}` : name;
}

/** "Lai Châu Province". */
export function areaEnglishName(kind: AreaKind, name: string): string {
  const word = KIND_WORDS[kind].en;
  return word ? `${name} ${word}` : name;
}

export function frontCommitteeNames(kind: AreaKind, name: string): { vi: string; en: string } {
  return {
    vi: `Ủy ban MTTQ Việt Nam ${areaInlineName(kind, name)}`,
    en: `Viet Nam Fatherland Front Committee of ${areaEnglishName(kind, name)}`,
  };
}
