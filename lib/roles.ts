/**
 * Role keys and their titles. The Vietnamese title of a post is stored with the
 * post (it is the record); the English one is derived from the role key here, so
 * no title is kept twice by hand.
 */
import type { Locale } from "./i18n/locales";

export const ROLE_KEYS = [
  "chair",
  "standing_vice_chair",
  "vice_chair",
  "standing_board_member",
  "committee_member",
  "head",
  "deputy_head",
  "chief_of_office",
  "deputy_chief_of_office",
  "secretary",
  "deputy_secretary",
  "standing_committee_member",
  "executive_committee_member",
  "alternate_member",
  "other",
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

interface RoleTitles {
  vi: string;
  en: string;
  /** Central-level English, where it differs ("President" of the Central Committee). */
  enCentral?: string;
}

export const ROLE_TITLES: Record<Exclude<RoleKey, "other">, RoleTitles> = {
  chair: { vi: "Chủ tịch", en: "Chair", enCentral: "President" },
  standing_vice_chair: { vi: "Phó Chủ tịch Thường trực", en: "Standing Vice Chair", enCentral: "Standing Vice President" },
  vice_chair: { vi: "Phó Chủ tịch", en: "Vice Chair", enCentral: "Vice President" },
  standing_board_member: { vi: "Ủy viên Ban Thường trực", en: "Member of the Standing Board" },
  committee_member: { vi: "Ủy viên Ủy ban", en: "Committee Member" },
  head: { vi: "Trưởng ban", en: "Head" },
  deputy_head: { vi: "Phó Trưởng ban", en: "Deputy Head" },
  chief_of_office: { vi: "Chánh Văn phòng", en: "Chief of Office" },
  deputy_chief_of_office: { vi: "Phó Chánh Văn phòng", en: "Deputy Chief of Office" },
  secretary: { vi: "Bí thư", en: "Secretary" },
  deputy_secretary: { vi: "Phó Bí thư", en: "Deputy Secretary" },
  standing_committee_member: { vi: "Ủy viên Ban Thường vụ", en: "Member of the Standing Committee" },
  executive_committee_member: { vi: "Ủy viên Ban Chấp hành", en: "Member of the Executive Committee" },
  alternate_member: { vi: "Ủy viên dự khuyết", en: "Alternate Member" },
};

export function isRoleKey(value: string): value is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(value);
}

/** The title of a post in the given language: the recorded title in Vietnamese, derived in English. */
export function postTitle(post: { roleKey: string; title: string }, locale: Locale, level?: string): string {
  if (locale === "vi" || post.roleKey === "other" || !isRoleKey(post.roleKey)) return post.title;
  const titles = ROLE_TITLES[post.roleKey as Exclude<RoleKey, "other">];
  return (level === "central" && titles.enCentral) || titles.en;
}
