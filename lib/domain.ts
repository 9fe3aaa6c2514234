/**
 * The directory's vocabulary: the kinds of places, bodies and people it records.
 * The schema (db/schema.ts) builds its columns and checks from these lists, and
 * every layer above imports them from here.
 */

/** How precisely a date is known: "2026-01-22", "2026-01" or "2026". */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const AREA_KINDS = ["country", "province", "city", "commune", "ward", "special_zone", "district"] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const LEVELS = ["central", "province", "district", "commune"] as const;
export type Level = (typeof LEVELS)[number];

export const ORGANIZATION_KINDS = ["front_committee", "member_organization", "board", "office", "party_committee"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The five socio-political organisations brought under the Front in 2025. */
export const MEMBER_ORGANIZATION_TYPES = ["trade_union", "farmers_union", "youth_union", "womens_union", "veterans_association"] as const;
export type MemberOrganizationType = (typeof MEMBER_ORGANIZATION_TYPES)[number];

export const GENDERS = ["female", "male"] as const;
export type Gender = (typeof GENDERS)[number];

export const USER_ROLES = ["admin", "editor"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The Central Committee's public address (/organizations/<slug>), the root of the Front's tree. */
export const CENTRAL_COMMITTEE_SLUG = "uy-ban-trung-uong-mttq-viet-nam";
