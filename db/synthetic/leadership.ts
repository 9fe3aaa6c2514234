/**
 * Who leads a committee, as bundles of seats that one person holds at once
 * (domain.md): the heads of the five member organisations are also Vice Chairs
 * of the Front committee; at province level the Chair and the Standing Vice
 * Chair sit on the provincial Party standing committee, the Standing Vice Chair
 * is Secretary of the agency's Party committee, and the heads of the boards and
 * the office are members of the Standing Board and of that Party committee.
 */
import type { MemberOrganizationType } from "../../lib/domain";
import type { RoleKey } from "../../lib/roles";
import type { Gender } from "./names";
import type { Random } from "./random";
import { seat, type OrgRef, type Seat } from "./records";
import type { Committee, ProvincialAgency } from "./structure";

export interface Bundle {
  /** The seats one person holds together; a predecessor held them together too. */
  seats: Seat[];
  /** Range of birth years for the holder. */
  born: readonly [number, number];
  gender?: Gender;
}

/** Birth years of officials by kind of post (all within 1960–1995). */
export const BIRTH_YEARS = {
  any: [1960, 1995],
  senior: [1962, 1982],
  youth: [1985, 1995],
  veteran: [1960, 1970],
} as const;

/** The Youth Union is led by a Secretary; the other member organisations by a Chair. */
function memberRoles(type: MemberOrganizationType): { head: RoleKey; deputy: RoleKey } {
  return type === "youth_union" ? { head: "secretary", deputy: "deputy_secretary" } : { head: "chair", deputy: "vice_chair" };
}

function memberHolder(type: MemberOrganizationType, head: boolean): Pick<Bundle, "born" | "gender"> {
  switch (type) {
    case "youth_union":
      return { born: BIRTH_YEARS.youth };
    case "womens_union":
      return { born: head ? BIRTH_YEARS.senior : BIRTH_YEARS.any, gender: "female" };
    case "veterans_association":
      return { born: BIRTH_YEARS.veteran, gender: "male" };
    default:
      return { born: head ? BIRTH_YEARS.senior : BIRTH_YEARS.any };
  }
}

export function leadershipOf(committee: Committee, random: Random): Bundle[] {
  const { front, agency, level } = committee;
  const bundles: Bundle[] = [];
  const add = (seats: Seat[], holder: Pick<Bundle, "born" | "gender"> = { born: BIRTH_YEARS.senior }) => bundles.push({ seats, ...holder });
  const chair = [seat(front, "chair")];
  const standingViceChair = [seat(front, "standing_vice_chair")];
  const firstViceChair = [seat(front, "vice_chair")];
  if (agency) {
    chair.push(seat(agency.provincialParty, "standing_committee_member"));
    standingViceChair.push(seat(agency.provincialParty, "standing_committee_member"), seat(agency.partyCommittee, "secretary"));
    firstViceChair.push(seat(agency.partyCommittee, "deputy_secretary"));
  }
  add(chair);
  add(standingViceChair);
  add(firstViceChair);
  // Two to four Vice Chairs besides the member organisations' heads, who are Vice Chairs as well.
  const viceChairs = random.int(2, 4);
  for (let i = 1; i < viceChairs; i++) add([seat(front, "vice_chair")]);

  for (const [type, organization] of committee.memberOrganizations) {
    const roles = memberRoles(type);
    add([seat(organization, roles.head), seat(front, "vice_chair")], memberHolder(type, true));
    const deputies = level === "commune" ? random.int(1, 2) : random.int(2, 3);
    for (let i = 0; i < deputies; i++) add([seat(organization, roles.deputy)], memberHolder(type, false));
  }

  if (agency) {
    bundles.push(...agencyLeadership(agency, front, random), ...provincialPartyLeadership(agency, random));
  } else {
    const members = level === "central" ? random.int(2, 4) : random.int(1, 3);
    for (let i = 0; i < members; i++) add([seat(front, "standing_board_member")]);
  }
  return bundles;
}

/** Heads of the boards and the office sit on the Standing Board and the agency's Party committee. */
function agencyLeadership(agency: ProvincialAgency, front: OrgRef, random: Random): Bundle[] {
  const units: [OrgRef, RoleKey, RoleKey][] = [
    ...agency.boards.map((board) => [board, "head", "deputy_head"] as [OrgRef, RoleKey, RoleKey]),
    [agency.office, "chief_of_office", "deputy_chief_of_office"],
  ];
  return units.flatMap(([unit, head, deputy]) => [
    {
      seats: [seat(unit, head), seat(front, "standing_board_member"), seat(agency.partyCommittee, "executive_committee_member")],
      born: BIRTH_YEARS.senior,
    },
    ...Array.from({ length: random.int(1, 2) }, () => ({ seats: [seat(unit, deputy)], born: BIRTH_YEARS.any })),
  ]);
}

/** The rest of the provincial Party committee's leadership (its Front members are placed above). */
function provincialPartyLeadership(agency: ProvincialAgency, random: Random): Bundle[] {
  const party = agency.provincialParty;
  const counts: [RoleKey, number][] = [
    ["secretary", 1],
    ["deputy_secretary", random.int(2, 3)],
    ["standing_committee_member", random.int(6, 10)],
  ];
  return counts.flatMap(([role, count]) => Array.from({ length: count }, () => ({ seats: [seat(party, role)], born: BIRTH_YEARS.senior })));
}
