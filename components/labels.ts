/** Words for the codes stored in the database: kinds of organisation, levels, kinds of area. */
import type { browse } from "@/lib/i18n/messages/browse";

// Kept free of getMessages so that the client tree can use it without pulling in every namespace.
type BrowseMessages = (typeof browse)["vi"];

const KIND_KEYS = {
  front_committee: "kindFrontCommittee",
  member_organization: "kindMemberOrganization",
  board: "kindBoard",
  office: "kindOffice",
  party_committee: "kindPartyCommittee",
} as const satisfies Record<string, keyof BrowseMessages>;

const LEVEL_KEYS = {
  central: "levelCentral",
  province: "levelProvince",
  district: "levelDistrict",
  commune: "levelCommune",
} as const satisfies Record<string, keyof BrowseMessages>;

const AREA_KIND_KEYS = {
  commune: "areaCommune",
  ward: "areaWard",
  special_zone: "areaSpecialZone",
  district: "areaDistrict",
  province: "areaProvince",
  city: "areaCity",
} as const satisfies Record<string, keyof BrowseMessages>;

function lookup<K extends Record<string, keyof BrowseMessages>>(keys: K, code: string | null, m: BrowseMessages): string {
  const key = code && (keys as Record<string, keyof BrowseMessages>)[code];
  const value = key ? m[key] : undefined;
  return typeof value === "string" ? value : (code ?? "");
}

export const kindLabel = (kind: string, m: BrowseMessages) => lookup(KIND_KEYS, kind, m);
export const levelLabel = (level: string, m: BrowseMessages) => lookup(LEVEL_KEYS, level, m);
export const areaKindLabel = (kind: string | null, m: BrowseMessages) => lookup(AREA_KIND_KEYS, kind, m);

/**
 * The lang attribute for an organisation's name on a page in `locale`: "vi"
 * when an English page falls back to the Vietnamese name (none recorded in
 * English), so that screen readers pronounce it as Vietnamese.
 */
export function organizationNameLang(organization: { nameEn: string | null }, locale: string): "vi" | undefined {
  return locale === "en" && !organization.nameEn ? "vi" : undefined;
}

/** The lang attribute for text that is always Vietnamese (people's names, sources' titles) on a page in `locale`. */
export function vietnameseLang(locale: string): "vi" | undefined {
  return locale === "vi" ? undefined : "vi";
}
