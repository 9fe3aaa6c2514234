/**
 * What the review table shows: one row per (person, post) the article states,
 * already matched against the directory. Plain data, so the server can hand it
 * to the page and the page back to the editor.
 */
import type { Level, MemberOrganizationType, OrganizationKind } from "../domain";
import type { RoleKey } from "../roles";

export type DateKind = "attested" | "start" | "end";

export type RowStatus = "new" | "known" | "conflict" | "unresolved";

export type UnresolvedReason =
  "no_role" | "former" | "outside_directory" | "unknown_organization" | "unknown_place" | "which_province" | "which_commune" | "no_post";

/** An organisation the import would create, with the parent it would hang from. */
export interface ProposedOrganization {
  name: string;
  nameEn: string | null;
  shortName: string | null;
  kind: OrganizationKind;
  memberType: MemberOrganizationType | null;
  level: Level;
  /** Its folded name: two rows proposing the same organisation create it once. */
  key: string;
  parent: OrgTarget | null;
}

export type OrgTarget = { id: number; slug: string; name: string } | { proposed: ProposedOrganization };

export interface PostTarget {
  /** null: the post does not exist yet. */
  id: number | null;
  title: string;
  roleKey: RoleKey;
  maxHolders: number | null;
  organization: OrgTarget;
}

export interface PersonCandidate {
  id: number;
  slug: string;
  fullName: string;
  /** What the directory records them as today, to tell namesakes apart. */
  roles: string;
}

export interface PersonMatch {
  /** The person the row is written to; null: a new person. */
  id: number | null;
  fullName: string;
  /** high: same name, holding a post in the organisations concerned; low: same name elsewhere. */
  confidence: "high" | "low" | "new";
  candidates: PersonCandidate[];
}

export interface TermConflict {
  membershipId: number;
  version: number;
  personName: string;
  /** The first date the term is known held (its start, or the date a source saw it). */
  from: string | null;
  /** It can be ended on the article's date (it is open and known from no later). */
  endable: boolean;
}

export interface ReviewRow {
  key: string;
  personIndex: number;
  name: string;
  /** The titles as written; two that mean the same post share a row. */
  titles: string[];
  quote: string;
  status: RowStatus;
  reason: UnresolvedReason | null;
  person: PersonMatch;
  post: PostTarget | null;
  /** The term already on record (known rows): the article becomes one more source of it. */
  termId: number | null;
  conflicts: TermConflict[];
  /**
   * What the row does to the term: attested (the report shows it held), start
   * (taken then: elected, appointed), end (left then: "thôi giữ chức", retired,
   * transferred away).
   */
  dateKind: DateKind;
  /** The date the report gives the change (its own, or the report's), ISO at its precision. */
  date: string;
  /** The organisation was not named in the title but taken from the context or an earlier title. */
  inferred: boolean;
  /** The editor may write this row (admins always; editors within their organisation). */
  inScope: boolean;
  /** Ticked when the page opens. */
  accept: boolean;
}

export interface PostOption {
  id: number;
  label: string;
}

export interface Review {
  context: { id: number; name: string };
  /** The article's date, ISO at its precision. */
  date: string;
  rows: ReviewRow[];
  /** Posts a row may be moved to, by organisation. */
  postOptions: { organization: string; posts: PostOption[] }[];
}

export function organizationLabel(target: OrgTarget): string {
  return "id" in target ? target.name : target.proposed.name;
}

/** The organisations a row would create, outermost first. */
export function proposedChain(target: OrgTarget | null): ProposedOrganization[] {
  if (!target || "id" in target) return [];
  return [...proposedChain(target.proposed.parent), target.proposed];
}
