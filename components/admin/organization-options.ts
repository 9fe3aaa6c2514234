import { LEVELS, MEMBER_ORGANIZATION_TYPES, ORGANIZATION_KINDS } from "@/lib/domain";
import type { AdminMessages } from "@/lib/i18n/messages/admin";
import type { Locale } from "@/lib/i18n/locales";
import { ROLE_KEYS, ROLE_TITLES } from "@/lib/roles";

/** Choices for the organisation and post forms, in the reader's language. */
export function organizationOptions(m: AdminMessages, locale: Locale) {
  const kindLabels: Record<(typeof ORGANIZATION_KINDS)[number], string> = {
    front_committee: m.kindFrontCommittee,
    member_organization: m.kindMemberOrganization,
    board: m.kindBoard,
    office: m.kindOffice,
    party_committee: m.kindPartyCommittee,
  };
  const memberLabels: Record<(typeof MEMBER_ORGANIZATION_TYPES)[number], string> = {
    trade_union: m.memberTradeUnion,
    farmers_union: m.memberFarmersUnion,
    youth_union: m.memberYouthUnion,
    womens_union: m.memberWomensUnion,
    veterans_association: m.memberVeterans,
  };
  const levelLabels: Record<(typeof LEVELS)[number], string> = {
    central: m.levelCentral,
    province: m.levelProvince,
    district: m.levelDistrict,
    commune: m.levelCommune,
  };
  return {
    kinds: ORGANIZATION_KINDS.map((value) => ({ value, label: kindLabels[value] })),
    memberTypes: [{ value: "", label: "—" }, ...MEMBER_ORGANIZATION_TYPES.map((value) => ({ value, label: memberLabels[value] }))],
    levels: [{ value: "", label: m.levelSameAsParent }, ...LEVELS.map((value) => ({ value, label: levelLabels[value] }))],
    roleKeys: ROLE_KEYS.map((value) => ({ value, label: value === "other" ? m.roleOther : ROLE_TITLES[value][locale] })),
  };
}
