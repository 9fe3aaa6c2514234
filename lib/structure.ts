/**
 * The standard seats of each kind of organisation: what a new committee, board,
 * member organisation or Party committee gets when it is created.
 */
import type { MemberOrganizationType, OrganizationKind } from "./domain";
import { ROLE_TITLES, type RoleKey } from "./roles";

export interface PostTemplate {
  roleKey: RoleKey;
  title: string;
  maxHolders: number | null;
}

function seat(roleKey: Exclude<RoleKey, "other">, maxHolders: number | null): PostTemplate {
  return { roleKey, title: ROLE_TITLES[roleKey].vi, maxHolders };
}

export function standardPosts(kind: OrganizationKind, memberType?: MemberOrganizationType | null): PostTemplate[] {
  switch (kind) {
    case "front_committee":
      return [
        seat("chair", 1),
        seat("standing_vice_chair", 1),
        seat("vice_chair", null),
        seat("standing_board_member", null),
        seat("committee_member", null),
      ];
    case "board":
      return [seat("head", 1), seat("deputy_head", null)];
    case "office":
      return [seat("chief_of_office", 1), seat("deputy_chief_of_office", null)];
    case "member_organization":
      return memberType === "youth_union"
        ? [seat("secretary", 1), seat("deputy_secretary", null), seat("standing_committee_member", null)]
        : [seat("chair", 1), seat("vice_chair", null), seat("standing_committee_member", null)];
    case "party_committee":
      return [
        seat("secretary", 1),
        seat("deputy_secretary", null),
        seat("standing_committee_member", null),
        seat("executive_committee_member", null),
        seat("alternate_member", null),
      ];
  }
}

export const MEMBER_ORGANIZATION_NAMES: Record<MemberOrganizationType, { vi: (place: string) => string; en: (place: string) => string }> = {
  trade_union: { vi: (p) => `Liên đoàn Lao động ${p}`, en: (p) => `${p} Federation of Labour` },
  farmers_union: { vi: (p) => `Hội Nông dân ${p}`, en: (p) => `${p} Farmers' Union` },
  youth_union: { vi: (p) => `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${p}`, en: (p) => `${p} Ho Chi Minh Communist Youth Union` },
  womens_union: { vi: (p) => `Hội Liên hiệp Phụ nữ ${p}`, en: (p) => `${p} Women's Union` },
  veterans_association: { vi: (p) => `Hội Cựu chiến binh ${p}`, en: (p) => `${p} Veterans' Association` },
};

/** The national bodies, named as they are rather than by the local pattern. */
export const CENTRAL_COMMITTEE_NAMES = {
  name: "Ủy ban Trung ương MTTQ Việt Nam",
  nameEn: "Central Committee of the Viet Nam Fatherland Front",
  shortName: "UBTƯ MTTQ Việt Nam",
} as const;

export const PARTY_CENTRAL_COMMITTEE_XIV = {
  name: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XIV",
  nameEn: "14th Central Committee of the Communist Party of Viet Nam",
  shortName: "Ban Chấp hành Trung ương Đảng khóa XIV",
  validFrom: "2026",
} as const;

export const CENTRAL_MEMBER_NAMES: Record<MemberOrganizationType, { vi: string; en: string; short?: string }> = {
  trade_union: { vi: "Tổng Liên đoàn Lao động Việt Nam", en: "Vietnam General Confederation of Labour" },
  farmers_union: { vi: "Hội Nông dân Việt Nam", en: "Vietnam Farmers' Union" },
  youth_union: {
    vi: "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    en: "Central Committee of the Ho Chi Minh Communist Youth Union",
    short: "Trung ương Đoàn",
  },
  womens_union: { vi: "Hội Liên hiệp Phụ nữ Việt Nam", en: "Vietnam Women's Union" },
  veterans_association: { vi: "Hội Cựu chiến binh Việt Nam", en: "Vietnam Veterans' Association" },
};

/** The boards of a provincial committee's agency, as the seed article names them. */
export const AGENCY_BOARDS = [
  ["Ban Dân chủ - Giám sát và Phản biện xã hội", "Democracy, Supervision and Social Criticism Board"],
  ["Ban Tuyên giáo - Công tác xã hội", "Propaganda and Social Work Board"],
  ["Ban Công tác Công đoàn", "Trade Union Affairs Board"],
  ["Ban Công tác Đoàn và Thanh thiếu nhi", "Youth Union and Children's Affairs Board"],
] as const;
