/**
 * The demo data: the Central Committee, the Front committees of the 34 provinces
 * and cities, and Lai Châu as far as the seed article (22 Jan 2026) states it.
 * Nothing here is invented: people and roles come only from that article.
 */
import { eq } from "drizzle-orm";
import { inTransaction, type Db } from "../client";
import { areas } from "../schema";
import { PROVINCES, REFORM_DATE } from "./provinces";
import { seedHistoricUnits } from "./reform";
import { ensureArea, ensureAttestedTerm, ensureOrganization, ensurePerson, ensureSource, postOf } from "./ensure";
import { areaFullName, frontCommitteeNames } from "../../lib/places";
import { AGENCY_BOARDS, CENTRAL_COMMITTEE_NAMES, MEMBER_ORGANIZATION_NAMES, PARTY_CENTRAL_COMMITTEE_XIV } from "../../lib/structure";
import type { MemberOrganizationType } from "../../lib/domain";

export function isSeeded(db: Db): boolean {
  return db.select({ id: areas.id }).from(areas).where(eq(areas.slug, "viet-nam")).get() !== undefined;
}

export function seedDemo(db: Db): void {
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

  const frontPartyCommittee = ensureOrganization(db, {
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
  const provincialPartyCommittee = ensureOrganization(db, {
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

  const article = ensureSource(db, {
    title: "Cơ quan Ủy ban MTTQ Việt Nam tỉnh Lai Châu tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
    publisher: null,
    publishedDate: "2026-01-22",
    publishedPrecision: "day",
  });
  // The article shows these roles held on its date; when each term began it does not say.
  const attested = { date: "2026-01-22", precision: "day" as const };
  const roles: { person: string; quote: string; seats: [{ id: number }, string][] }[] = [
    {
      person: "Tống Thanh Bình",
      quote:
        "Tống Thanh Bình - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Bí thư Đảng ủy Ủy ban MTTQ Việt Nam tỉnh",
      seats: [
        [committee, "standing_vice_chair"],
        [provincialPartyCommittee, "standing_committee_member"],
        [frontPartyCommittee, "secretary"],
      ],
    },
    {
      person: "Ngô Thị Bích Hạnh",
      quote: "Ngô Thị Bích Hạnh - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh",
      seats: [
        [committee, "vice_chair"],
        [memberOrganizations.get("womens_union")!, "chair"],
      ],
    },
    {
      person: "Vừ Thị Mai Dinh",
      quote: "Vừ Thị Mai Dinh – Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn Lai Châu",
      seats: [
        [committee, "vice_chair"],
        [memberOrganizations.get("youth_union")!, "secretary"],
      ],
    },
    {
      person: "Hoàng Kiều Anh",
      quote: "Hoàng Kiều Anh – Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
      seats: [[committee, "vice_chair"]],
    },
    {
      person: "Nguyễn Tuấn Anh",
      quote: "Đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy Lai Châu trúng cử Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng khóa XIV",
      seats: [
        [provincialPartyCommittee, "deputy_secretary"],
        [partyCentralCommittee, "alternate_member"],
      ],
    },
  ];
  for (const role of roles) {
    const person = ensurePerson(db, { fullName: role.person });
    for (const [organization, roleKey] of role.seats) {
      ensureAttestedTerm(db, {
        personId: person.id,
        post: postOf(db, organization.id, roleKey),
        attested,
        sourceId: article.id,
        quote: role.quote,
      });
    }
  }
}
