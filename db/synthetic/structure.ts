/**
 * The organisations of the synthetic directory: the Central Committee, the 34
 * real provinces and invented communes, each level's Front committee with its
 * five member organisations, and at province level the agency's boards, office
 * and Party committee plus the provincial Party committee. Names come from the
 * same helpers as the demo seed, so the Central Committee and the provinces get
 * the demo's names and slugs.
 */
import { MEMBER_ORGANIZATION_TYPES, type AreaKind, type Level, type MemberOrganizationType } from "../../lib/domain";
import { PROVINCES, REFORM_DATE, type ProvinceRecord } from "../seed/provinces";
import { areaEnglishName, areaFullName, areaInlineName, frontCommitteeNames } from "../../lib/places";
import {
  AGENCY_BOARDS,
  CENTRAL_COMMITTEE_NAMES,
  CENTRAL_MEMBER_NAMES,
  MEMBER_ORGANIZATION_NAMES,
  PARTY_CENTRAL_COMMITTEE_XIV,
} from "../../lib/structure";
import { communeCounts, provinceCommunes, type CommunePlan } from "./places";
import type { Random } from "./random";
import type { OrgRef, Records } from "./records";
import type { OrganizationRow } from "./rows";

export type CommitteeLevel = Extract<Level, "central" | "province" | "commune">;

/** The agency of a provincial committee and the Party committees its leaders sit on. */
export interface ProvincialAgency {
  boards: OrgRef[];
  office: OrgRef;
  partyCommittee: OrgRef;
  provincialParty: OrgRef;
}

export interface Committee {
  level: CommitteeLevel;
  areaId: number;
  front: OrgRef;
  memberOrganizations: ReadonlyMap<MemberOrganizationType, OrgRef>;
  agency: ProvincialAgency | null;
  /** The province its officials come from; null for the Central Committee. */
  province: ProvinceRecord | null;
}

/** How a level's name appears inside organisation names: "tỉnh Lai Châu" / "Lai Châu Province". */
interface Place {
  vi: string;
  en: string;
  level: CommitteeLevel;
  areaId: number;
  /** Appended to slugs that are already taken (commune names repeat across provinces). */
  qualifier?: string;
}

const organizationDefaults = {
  nameEn: null,
  shortName: null,
  memberType: null,
  areaId: null,
  parentId: null,
  sortOrder: 0,
  validFrom: null,
} as const;

export function buildStructure(records: Records, random: Random, communeTotal: number): Committee[] {
  const countryId = records.area({
    name: "Việt Nam",
    fullName: "Nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    kind: "country",
    parentId: null,
    code: "VN",
    validFrom: null,
  });
  const central = centralCommittee(records, countryId);
  const partyCentral = records.organization({
    ...organizationDefaults,
    ...PARTY_CENTRAL_COMMITTEE_XIV,
    kind: "party_committee",
    level: "central",
  });
  const counts = communeCounts(random, PROVINCES, communeTotal);
  const committees = [central];
  PROVINCES.forEach((province, index) => {
    const provincial = provinceCommittee(records, province, index, countryId, central.front, partyCentral);
    committees.push(provincial);
    provinceCommunes(random, province, counts[index]).forEach((unit, order) =>
      committees.push(communeCommittee(records, unit, order, province, provincial)),
    );
  });
  return committees;
}

function centralCommittee(records: Records, countryId: number): Committee {
  const place: Place = { vi: "Việt Nam", en: "Viet Nam", level: "central", areaId: countryId };
  const front = organizationAt(records, place, {
    // Same name, and so the same slug (uy-ban-trung-uong-mttq-viet-nam), as the demo seed.
    ...CENTRAL_COMMITTEE_NAMES,
    kind: "front_committee",
  });
  const memberOrganizations = memberOrganizationsOf(records, front, place, (type) => CENTRAL_MEMBER_NAMES[type]);
  return { level: "central", areaId: countryId, front, memberOrganizations, agency: null, province: null };
}

function provinceCommittee(
  records: Records,
  province: ProvinceRecord,
  index: number,
  countryId: number,
  central: OrgRef,
  partyCentral: OrgRef,
): Committee {
  const areaId = records.area({
    name: province.name,
    fullName: areaFullName(province.kind, province.name),
    kind: province.kind,
    parentId: countryId,
    code: province.code,
    validFrom: REFORM_DATE,
  });
  const place: Place = {
    vi: areaInlineName(province.kind, province.name),
    en: areaEnglishName(province.kind, province.name),
    level: "province",
    areaId,
  };
  const front = frontCommittee(records, province.kind, province.name, place, central.id, index);
  const youthShort = `${province.kind === "city" ? "Thành đoàn" : "Tỉnh đoàn"} ${province.name}`;
  const memberOrganizations = memberOrganizationsOf(records, front, place, localMemberNames(place, youthShort));
  const agency = provincialAgency(records, province, place, front, partyCentral, index);
  return { level: "province", areaId, front, memberOrganizations, agency, province };
}

function communeCommittee(records: Records, unit: CommunePlan, order: number, province: ProvinceRecord, provincial: Committee): Committee {
  const qualifier = province.name;
  const areaId = records.area(
    {
      name: unit.name,
      fullName: areaFullName(unit.kind, unit.name),
      kind: unit.kind,
      parentId: provincial.areaId,
      code: null,
      validFrom: REFORM_DATE,
    },
    `${unit.name} ${qualifier}`,
  );
  const place: Place = {
    vi: areaInlineName(unit.kind, unit.name),
    en: areaEnglishName(unit.kind, unit.name),
    level: "commune",
    areaId,
    qualifier,
  };
  const front = frontCommittee(records, unit.kind, unit.name, place, provincial.front.id, 100 + order);
  const memberOrganizations = memberOrganizationsOf(records, front, place, localMemberNames(place, `Đoàn ${place.vi}`));
  return { level: "commune", areaId, front, memberOrganizations, agency: null, province };
}

/** An organisation at `place`: its level and area, and a slug qualified by province when needed. */
function organizationAt(
  records: Records,
  place: Place,
  values: Partial<Omit<OrganizationRow, "id" | "slug">> & Pick<OrganizationRow, "name" | "kind">,
): OrgRef {
  const qualified = place.qualifier === undefined ? undefined : `${values.name} ${place.qualifier}`;
  return records.organization({ ...organizationDefaults, level: place.level, areaId: place.areaId, ...values }, qualified);
}

function frontCommittee(records: Records, kind: AreaKind, name: string, place: Place, parentId: number, sortOrder: number): OrgRef {
  const names = frontCommitteeNames(kind, name);
  return organizationAt(records, place, { name: names.vi, nameEn: names.en, kind: "front_committee", parentId, sortOrder });
}

type MemberNames = (type: MemberOrganizationType) => { vi: string; en: string; short?: string };

/** Local member organisations follow lib/structure.ts: "Hội Nông dân tỉnh Lai Châu"; the Youth Union has a short name. */
function localMemberNames(place: Place, youthShortName: string): MemberNames {
  return (type) => ({
    vi: MEMBER_ORGANIZATION_NAMES[type].vi(place.vi),
    en: MEMBER_ORGANIZATION_NAMES[type].en(place.en),
    short: type === "youth_union" ? youthShortName : undefined,
  });
}

function memberOrganizationsOf(records: Records, front: OrgRef, place: Place, namesOf: MemberNames): Map<MemberOrganizationType, OrgRef> {
  const organizations = new Map<MemberOrganizationType, OrgRef>();
  MEMBER_ORGANIZATION_TYPES.forEach((type, index) => {
    const names = namesOf(type);
    const organization = organizationAt(records, place, {
      name: names.vi,
      nameEn: names.en,
      shortName: names.short ?? null,
      kind: "member_organization",
      memberType: type,
      parentId: front.id,
      sortOrder: 10 + index,
    });
    organizations.set(type, organization);
  });
  return organizations;
}

function provincialAgency(
  records: Records,
  province: ProvinceRecord,
  place: Place,
  front: OrgRef,
  partyCentral: OrgRef,
  index: number,
): ProvincialAgency {
  const committeeVi = `Ủy ban MTTQ Việt Nam ${place.vi}`;
  const committeeEn = `${place.en} Fatherland Front Committee`;
  const boards = AGENCY_BOARDS.map(([vi, en], sortOrder) =>
    organizationAt(records, place, {
      // Board names repeat in every province, so the province is part of the stored name (as in the demo).
      name: `${vi} - ${committeeVi}`,
      nameEn: `${en}, ${place.en} Fatherland Front`,
      shortName: vi,
      kind: "board",
      parentId: front.id,
      sortOrder,
    }),
  );
  const office = organizationAt(records, place, {
    name: `Văn phòng ${committeeVi}`,
    nameEn: `Office of the ${committeeEn}`,
    shortName: "Văn phòng",
    kind: "office",
    parentId: front.id,
    sortOrder: AGENCY_BOARDS.length,
  });
  const partyCommittee = organizationAt(records, place, {
    name: `Đảng ủy ${committeeVi}`,
    nameEn: `Party Committee of the ${committeeEn}`,
    kind: "party_committee",
    parentId: front.id,
    sortOrder: 20,
  });
  const city = province.kind === "city";
  const provincialParty = organizationAt(records, place, {
    name: `${city ? "Thành ủy" : "Tỉnh ủy"} ${province.name}`,
    nameEn: `${province.name} ${city ? "City" : "Provincial"} Party Committee`,
    kind: "party_committee",
    parentId: partyCentral.id,
    sortOrder: index,
  });
  return { boards, office, partyCommittee, provincialParty };
}
