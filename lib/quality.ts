/**
 * What a complete, current directory holds for each Front committee, and the
 * rules its data keeps: the key posts (the committee's Chair, Standing Vice
 * Chair and Vice Chairs, and the heads of the five member organisations), how
 * old a confirmation may be before it is stale, and which posts one person may
 * not hold at once in one organisation.
 */
import type { MemberOrganizationType } from "./domain";
import type { RoleKey } from "./roles";

export type KeyPostKey =
  | "chair"
  | "standing_vice_chair"
  | "vice_chair"
  | "trade_union"
  | "farmers_union"
  | "youth_union"
  | "womens_union"
  | "veterans_association";

export interface KeyPost {
  key: KeyPostKey;
  /** The member organisation the post is in; none: the committee itself. */
  memberType: MemberOrganizationType | null;
  roleKey: RoleKey;
}

export const KEY_POSTS: readonly KeyPost[] = [
  { key: "chair", memberType: null, roleKey: "chair" },
  { key: "standing_vice_chair", memberType: null, roleKey: "standing_vice_chair" },
  { key: "vice_chair", memberType: null, roleKey: "vice_chair" },
  { key: "trade_union", memberType: "trade_union", roleKey: "chair" },
  { key: "farmers_union", memberType: "farmers_union", roleKey: "chair" },
  { key: "youth_union", memberType: "youth_union", roleKey: "secretary" },
  { key: "womens_union", memberType: "womens_union", roleKey: "chair" },
  { key: "veterans_association", memberType: "veterans_association", roleKey: "chair" },
];

/** A confirmation older than this many months is stale. */
export const STALE_AFTER_MONTHS = 12;

/** The first day on which a confirmation dated before it is stale, for `today` (ISO day). */
export function staleBefore(today: string): string {
  const [year, month, day] = today.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1 - STALE_AFTER_MONTHS, day));
  return date.toISOString().slice(0, 10);
}

/** Whether a confirmation on `date` (ISO at any precision) is stale on `today`; a month or year counts from its last day. */
export function isStale(date: string | null, today: string): boolean {
  if (!date) return true;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return last < staleBefore(today);
}

/**
 * Posts no one holds together in the same organisation: a committee's Chair is
 * not also its Vice Chair, a Party committee's Secretary not also its Deputy.
 */
export const EXCLUSIVE_ROLES: readonly (readonly RoleKey[])[] = [
  ["chair", "standing_vice_chair", "vice_chair"],
  ["secretary", "deputy_secretary"],
  ["head", "deputy_head"],
  ["chief_of_office", "deputy_chief_of_office"],
];

/** Whether holding both roles in one organisation breaks a rule. */
export function rolesExclusive(a: string, b: string): boolean {
  return a !== b && EXCLUSIVE_ROLES.some((group) => group.includes(a as RoleKey) && group.includes(b as RoleKey));
}
