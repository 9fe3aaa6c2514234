/**
 * The rows the generator produces, with their ids already assigned (the file is
 * built from scratch, so ids are counted in memory rather than read back), and
 * the sink that receives them in an order that satisfies every foreign key.
 */
import type { PartialDate } from "../../lib/dates";
import type { AreaKind, Level, MemberOrganizationType, OrganizationKind } from "../../lib/domain";
import type { Gender } from "./names";

export interface AreaRow {
  id: number;
  slug: string;
  name: string;
  fullName: string;
  kind: AreaKind;
  parentId: number | null;
  code: string | null;
  validFrom: string | null;
}

export interface OrganizationRow {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  kind: OrganizationKind;
  memberType: MemberOrganizationType | null;
  level: Level;
  areaId: number | null;
  parentId: number | null;
  sortOrder: number;
  validFrom: string | null;
}

export interface PostRow {
  id: number;
  organizationId: number;
  roleKey: string;
  title: string;
  sortOrder: number;
  maxHolders: number | null;
}

export interface PersonRow {
  id: number;
  slug: string;
  fullName: string;
  foldedName: string;
  gender: Gender;
  birthYear: number;
  ethnicity: string;
  hometown: string;
}

export interface SourceRow {
  id: number;
  title: string;
  publisher: string;
  published: PartialDate;
}

/** A term in a post, with the one source that states it. */
export interface MembershipRow {
  id: number;
  personId: number;
  postId: number;
  organizationId: number;
  start: PartialDate | null;
  end: PartialDate | null;
  endReason: string | null;
  attested: PartialDate | null;
  sourceId: number;
}

export interface SyntheticSink {
  source(row: SourceRow): void;
  area(row: AreaRow): void;
  organization(row: OrganizationRow): void;
  post(row: PostRow): void;
  person(row: PersonRow): void;
  membership(row: MembershipRow): void;
  /** Marks the end of a phase of the generation (for progress reports). */
  phaseDone(name: string): void;
}
