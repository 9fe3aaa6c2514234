/**
 * The directory's data: the Central Committee, the Front committees of the 34
 * provinces and cities and of the 63 before the 2025 reform, the bodies the
 * first report (Lai Châu, 22 Jan 2026) names, and then the people and their
 * terms from every report in db/seed/reports/, each imported through the
 * article importer as one audited commit (db/seed/reports.ts). Nothing here is
 * invented: every person and term comes from a report that states it.
 */
import { eq } from "drizzle-orm";
import { inTransaction, type Db } from "../client";
import { areas } from "../schema";
import { PROVINCES, REFORM_DATE } from "./provinces";
import { seedHistoricUnits } from "./reform";
import { ensureArea, ensureOrganization } from "./ensure";
import { readSeedReports, seedReports, type SeedReportOutcome } from "./reports";
import { ensureSeedAccount } from "../auth/seed-account";
import { withoutSearchIndexing } from "../search-index";
import { areaFullName, frontCommitteeNames } from "../../lib/places";
import { AGENCY_BOARDS, CENTRAL_COMMITTEE_NAMES, MEMBER_ORGANIZATION_NAMES, PARTY_CENTRAL_COMMITTEE_XIV } from "../../lib/structure";
import type { MemberOrganizationType } from "../../lib/domain";

export function isSeeded(db: Db): boolean {
  return db.select({ id: areas.id }).from(areas).where(eq(areas.slug, "viet-nam")).get() !== undefined;
}

export interface SeedOptions {
  /** Import only these reports (by id); default: every report. Tests use the first report alone. */
  onlyReports?: readonly string[];
}

/** The report the demo was first built from, which tests rely on. */
export const FIRST_REPORT_ID = "laichau-tong-ket-co-quan-mttq-2026-01-22";

export function seedDemo(db: Db, options: SeedOptions = {}): SeedReportOutcome[] {
  const reports = readSeedReports().filter((report) => !options.onlyReports || options.onlyReports.includes(report.id));
  const load = () => {
    seedStructure(db);
    const actor = inTransaction(db, (tx) => ensureSeedAccount(tx));
    return seedReports(db, actor, reports);
  };
  // Hundreds of reports load faster with the search index rebuilt once at the end than kept in step row by row.
  return reports.length > 1 ? withoutSearchIndexing(db, load) : load();
}

/** The bodies, areas and their history: one transaction; running it again finds everything and changes nothing. */
function seedStructure(db: Db): void {
  inTransaction(db, (tx) => {
    const country = ensureArea(tx, {
      slug: "viet-nam",
      name: "Việt Nam",
      fullName: "Nước Cộng hòa xã hội chủ nghĩa Việt Nam",
      kind: "country",
      code: "VN",
    });
    const central = ensureOrganization(tx, {
      ...CENTRAL_COMMITTEE_NAMES,
      kind: "front_committee",
      level: "central",
      areaId: country.id,
    });

    const committees = new Map<string, ReturnType<typeof ensureOrganization>>();
    const provinceAreas = new Map<string, ReturnType<typeof ensureArea>>();
    PROVINCES.forEach((province, index) => {
      const area = ensureArea(tx, {
        name: province.name,
        fullName: areaFullName(province.kind, province.name),
        kind: province.kind,
        code: province.code,
        parentId: country.id,
        validFrom: REFORM_DATE,
      });
      const names = frontCommitteeNames(province.kind, province.name);
      provinceAreas.set(province.name, area);
      committees.set(
        province.name,
        ensureOrganization(tx, {
          name: names.vi,
          nameEn: names.en,
          kind: "front_committee",
          level: "province",
          areaId: area.id,
          parentId: central.id,
          sortOrder: index,
          validFrom: REFORM_DATE,
        }),
      );
    });
    seedHistoricUnits(tx, { countryId: country.id, centralId: central.id, successors: provinceAreas });

    seedLaiChau(tx, committees.get("Lai Châu")!, provinceAreas.get("Lai Châu")!);
  });
}

/** The bodies the first report names in Lai Châu: the agency's boards, the member organisations, Party bodies and a commune. */
function seedLaiChau(db: Db, committee: { id: number }, province: { id: number }): void {
  const provinceLevel = { level: "province" as const, areaId: province.id };

  AGENCY_BOARDS.forEach(([vi, en], index) =>
    ensureOrganization(db, {
      // Board names repeat in every province, so the province is part of the stored name.
      name: `${vi} - Ủy ban MTTQ Việt Nam tỉnh Lai Châu`,
      nameEn: `${en}, Lai Châu Province Fatherland Front`,
      shortName: vi,
      kind: "board",
      parentId: committee.id,
      sortOrder: index,
      ...provinceLevel,
    }),
  );

  const memberOrganizations = new Map<MemberOrganizationType, { id: number }>();
  const memberTypes: MemberOrganizationType[] = ["trade_union", "farmers_union", "youth_union", "womens_union", "veterans_association"];
  memberTypes.forEach((type, index) => {
    const names = MEMBER_ORGANIZATION_NAMES[type];
    memberOrganizations.set(
      type,
      ensureOrganization(db, {
        name: names.vi("tỉnh Lai Châu"),
        nameEn: names.en("Lai Châu Province"),
        shortName: type === "youth_union" ? "Tỉnh đoàn Lai Châu" : undefined,
        kind: "member_organization",
        memberType: type,
        parentId: committee.id,
        sortOrder: 10 + index,
        ...provinceLevel,
      }),
    );
  });

  ensureOrganization(db, {
    name: "Đảng ủy Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
    nameEn: "Party Committee of the Lai Châu Province Fatherland Front Committee",
    kind: "party_committee",
    parentId: committee.id,
    sortOrder: 20,
    ...provinceLevel,
  });
  const partyCentralCommittee = ensureOrganization(db, {
    ...PARTY_CENTRAL_COMMITTEE_XIV,
    kind: "party_committee",
    level: "central",
  });
  ensureOrganization(db, {
    name: "Tỉnh ủy Lai Châu",
    nameEn: "Lai Châu Provincial Party Committee",
    kind: "party_committee",
    parentId: partyCentralCommittee.id,
    ...provinceLevel,
  });

  const communeArea = ensureArea(db, {
    slug: "khong-lao",
    name: "Khổng Lào",
    fullName: areaFullName("commune", "Khổng Lào"),
    kind: "commune",
    parentId: province.id,
    validFrom: "2025-07-01",
  });
  const communeNames = frontCommitteeNames("commune", "Khổng Lào");
  ensureOrganization(db, {
    name: communeNames.vi,
    nameEn: communeNames.en,
    kind: "front_committee",
    level: "commune",
    areaId: communeArea.id,
    parentId: committee.id,
    sortOrder: 100,
  });
}
