/**
 * What one extracted title asks of the directory: a seat (role key and the
 * Vietnamese title a post would carry) in an organisation described by an
 * OrgSpec. "Ủy viên Ban Thường vụ Tỉnh ủy" → standing_committee_member of the
 * provincial Party committee; "Bí thư Tỉnh đoàn Lai Châu" → secretary of the
 * Youth Union of Lai Châu.
 */
import { titleRoleHints } from "../extract";
import { foldWords } from "../fold";
import { ROLE_TITLES, isRoleKey, type RoleKey } from "../roles";
import { parseOrganisation, type Body, type OrgSpec } from "./organisation";

export interface Seat {
  roleKey: RoleKey;
  /** The post's Vietnamese title, as a new post would be recorded. */
  title: string;
  /** How many may hold it at once, for a post that has to be created. */
  maxHolders: number | null;
}

export interface TitleReading {
  seat: Seat | null;
  org: OrgSpec;
  /** "nguyên …": a post held in the past. */
  former: boolean;
  /** "Quyền …": acting. */
  acting: boolean;
}

const SINGLE_SEATS: ReadonlySet<RoleKey> = new Set(["chair", "standing_vice_chair", "secretary", "head", "chief_of_office"]);

function seat(roleKey: Exclude<RoleKey, "other">, title = ROLE_TITLES[roleKey].vi, single = SINGLE_SEATS.has(roleKey)): Seat {
  return { roleKey, title, maxHolders: single ? 1 : null };
}

/** "Ủy viên" means a different seat in each body: the Standing Board, the Standing Committee, the committee itself. */
function memberSeat(body: Body, org: OrgSpec): Seat {
  if (body === "standing_committee") return seat("standing_committee_member");
  if (body === "standing_board") return seat("standing_board_member");
  if (body === "executive_committee") return seat("executive_committee_member");
  return org.type === "front" || org.type === "none" ? seat("committee_member") : seat("executive_committee_member");
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function seatFor(role: string, roleText: string, body: Body, org: OrgSpec): Seat {
  switch (role) {
    case "member":
      return memberSeat(body, org);
    case "standing_deputy_secretary":
      return seat("deputy_secretary", "Phó Bí thư Thường trực", true);
    case "standing_deputy_head":
      return seat("deputy_head", "Phó Trưởng ban Thường trực", true);
    default:
      if (isRoleKey(role) && role !== "other") return seat(role);
      return { roleKey: "other", title: capitalise(roleText.replace(/\s+/g, " ")), maxHolders: null };
  }
}

/** "Bí thư Trung ương Đảng": a member of the Party's Secretariat, not the secretary of its Central Committee. */
const SECRETARIAT = /^trung uong(?: dang(?: cong san viet nam)?)?$/;

export function readTitle(title: string): TitleReading {
  const hints = titleRoleHints(title);
  if (hints.role === "secretary" && SECRETARIAT.test(foldWords(hints.organisation.replace(/\s*kho[áa]\s+\S+$/iu, "")))) {
    const org: OrgSpec = { type: "unknown", phrase: "Ban Bí thư Trung ương Đảng" };
    return {
      seat: { roleKey: "other", title: "Bí thư Trung ương Đảng", maxHolders: null },
      org,
      former: hints.former,
      acting: hints.acting,
    };
  }
  const { org, body } = parseOrganisation(hints.organisation);
  return {
    seat: hints.role ? seatFor(hints.role, hints.roleText, body, org) : null,
    org,
    former: hints.former,
    acting: hints.acting,
  };
}
