/** The browsing queries against a real SQLite file seeded with the demo data: time travel, precision, retraction, paging, no N+1. */
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getTreeChildren, getTreeState } from "@/db/queries/hierarchy";
import { getHomeData } from "@/db/queries/home";
import { getChildCommittees, getChildUnits, getOrganizationBySlug, getOrganizationPageData, getOrgChart } from "@/db/queries/organizations";
import { getPastRoles, getPersonBySlug, getPersonPageData, getRolesAt, getRolesNotKnownAt } from "@/db/queries/people";
import { memberships, people } from "@/db/schema";
import { ensureArea, ensureOrganization, ensurePerson, postOf } from "@/db/seed/ensure";
import { todayIso } from "@/lib/dates";
import { frontCommitteeNames } from "@/lib/places";
import { countQueries } from "@/scripts/bench-pages";
import { tempDatabase } from "../helpers/db";

const LAI_CHAU = "uy-ban-mttq-viet-nam-tinh-lai-chau";
const AFTER = "2026-02-01";
const BEFORE = "2025-12-01";
const TODAY = todayIso();

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((close) => close()));

function seeded(): Db {
  const t = tempDatabase();
  cleanups.push(t.close);
  return t.db;
}

const organization = (db: Db, slug = LAI_CHAU) => getOrganizationBySlug(db, slug)!.organization;
const holdersOf = (chart: ReturnType<typeof getOrgChart>, roleKey: string) => chart.tiers.flat().filter((post) => post.roleKey === roleKey);

/** A term in a post with a known start (and end) at the given precision. */
function addTerm(
  db: Db,
  values: { person: string; organizationId: number; roleKey: string; start?: string; end?: string; attested?: string },
) {
  const precision = (date?: string) => (date ? ({ 4: "year", 7: "month", 10: "day" } as const)[date.length as 4 | 7 | 10] : null);
  const person = ensurePerson(db, { fullName: values.person });
  const post = postOf(db, values.organizationId, values.roleKey);
  return db
    .insert(memberships)
    .values({
      personId: person.id,
      postId: post.id,
      organizationId: post.organizationId,
      startDate: values.start ?? null,
      startPrecision: precision(values.start),
      endDate: values.end ?? null,
      endPrecision: precision(values.end),
      attestedDate: values.attested ?? null,
      attestedPrecision: precision(values.attested),
    })
    .returning()
    .get();
}

describe("the org chart", () => {
  it("shows the Standing Board after the article: no Chair, the Standing Vice Chair and three Vice Chairs with their other roles", () => {
    const db = seeded();
    const chart = getOrgChart(db, organization(db), AFTER);
    expect(chart.tiers.map((tier) => tier.map((post) => post.roleKey))).toEqual([
      ["chair"],
      ["standing_vice_chair"],
      ["vice_chair"],
      ["standing_board_member"],
    ]);
    expect(holdersOf(chart, "chair")[0].holders).toEqual([]);
    const [standing] = holdersOf(chart, "standing_vice_chair")[0].holders;
    expect(standing.name).toBe("Tống Thanh Bình");
    expect(standing.otherRoles.map((role) => `${role.title} ${role.organizationName}`).sort()).toEqual([
      "Bí thư Đảng ủy Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
      "Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu",
    ]);
    const vice = Object.fromEntries(
      holdersOf(chart, "vice_chair")[0].holders.map((h) => [h.name, h.otherRoles.map((r) => `${r.title} ${r.organizationName}`)]),
    );
    expect(vice).toEqual({
      "Hoàng Kiều Anh": [],
      "Ngô Thị Bích Hạnh": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lai Châu"],
      "Vừ Thị Mai Dinh": ["Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu"],
    });
  });

  it("before the article's date the attested holders are not known, not absent and not holders", () => {
    const db = seeded();
    const chart = getOrgChart(db, organization(db), BEFORE);
    expect(holdersOf(chart, "standing_vice_chair")[0]).toMatchObject({ holders: [], notKnown: 1 });
    expect(holdersOf(chart, "vice_chair")[0]).toMatchObject({ holders: [], notKnown: 3 });
    expect(holdersOf(chart, "chair")[0]).toMatchObject({ holders: [], notKnown: 0 });
    // On the article's own date they hold the posts.
    expect(holdersOf(getOrgChart(db, organization(db), "2026-01-22"), "vice_chair")[0].holders).toHaveLength(3);
  });

  it("shows a known holder beside the ones not known yet, and leaves out retracted terms and people", () => {
    const db = seeded();
    const committee = organization(db);
    addTerm(db, { person: "Lò Văn Thử", organizationId: committee.id, roleKey: "vice_chair", start: "2024-05" });
    let vice = holdersOf(getOrgChart(db, committee, BEFORE), "vice_chair")[0];
    expect(vice.holders.map((h) => h.name)).toEqual(["Lò Văn Thử"]);
    expect(vice.notKnown).toBe(3);

    db.update(people).set({ retractedAt: "2026-03-01", retractedReason: "test" }).where(eq(people.fullName, "Lò Văn Thử")).run();
    const hanh = getPersonBySlug(db, "ngo-thi-bich-hanh")!;
    db.update(memberships)
      .set({ retractedAt: "2026-03-01", retractedReason: "test" })
      .where(sql`${memberships.personId} = ${hanh.id} AND ${memberships.organizationId} = ${committee.id}`)
      .run();
    vice = holdersOf(getOrgChart(db, committee, AFTER), "vice_chair")[0];
    expect(vice.holders.map((h) => h.name).sort()).toEqual(["Hoàng Kiều Anh", "Vừ Thị Mai Dinh"]);
  });

  it("lists the boards, member organisations and Party body with whoever heads each", () => {
    const db = seeded();
    const units = getChildUnits(db, organization(db).id, AFTER);
    expect(units.map((u) => u.kind)).toEqual([...Array(4).fill("board"), ...Array(5).fill("member_organization"), "party_committee"]);
    const women = units.find((u) => u.name === "Hội Liên hiệp Phụ nữ tỉnh Lai Châu")!;
    expect(women).toMatchObject({ leaderRoleKey: "chair", leaders: [{ slug: "ngo-thi-bich-hanh", name: "Ngô Thị Bích Hạnh" }] });
    expect(units.find((u) => u.kind === "party_committee")!.leaders.map((l) => l.name)).toEqual(["Tống Thanh Bình"]);
    const before = getChildUnits(db, organization(db).id, BEFORE).find((u) => u.name === women.name)!;
    expect(before).toMatchObject({ leaders: [], leaderNotKnown: true });
  });
});

describe("time travel and date precision on a person", () => {
  it("counts a month-precision start from the month's first day and a year-precision end to the year's last", () => {
    const db = seeded();
    // The Central Committee spans the 2025 reform; today's provincial committees date from 1 July 2025.
    const committee = organization(db, "uy-ban-trung-uong-mttq-viet-nam");
    addTerm(db, { person: "Đèo Thị Thử", organizationId: committee.id, roleKey: "standing_board_member", start: "2021-03", end: "2025" });
    const person = getPersonBySlug(db, "deo-thi-thu")!;
    expect(getRolesAt(db, person.id, "2021-02-28")).toEqual([]);
    expect(getRolesAt(db, person.id, "2021-03-01")).toHaveLength(1);
    expect(getRolesAt(db, person.id, "2025-12-31")).toHaveLength(1);
    expect(getRolesAt(db, person.id, "2026-01-01")).toEqual([]);
    expect(getPastRoles(db, person.id, "2026-01-01").map((r) => [r.startDate, r.endDate])).toEqual([["2021-03", "2025"]]);
    expect(getPastRoles(db, person.id, "2025-12-31")).toEqual([]);
  });

  it("treats a term attested in a month, start unknown, as not known until the month's end", () => {
    const db = seeded();
    addTerm(db, { person: "Sùng A Thử", organizationId: organization(db).id, roleKey: "standing_board_member", attested: "2026-01" });
    const person = getPersonBySlug(db, "sung-a-thu")!;
    expect(getRolesAt(db, person.id, "2026-01-15")).toEqual([]);
    expect(getRolesNotKnownAt(db, person.id, "2026-01-15")).toHaveLength(1);
    expect(getRolesAt(db, person.id, "2026-01-31")).toHaveLength(1);
    expect(getRolesNotKnownAt(db, person.id, "2026-01-31")).toEqual([]);
  });

  it("gathers a profile: roles, the ones not known on the date, colleagues, sources and the breadcrumb trail", () => {
    const db = seeded();
    const after = getPersonPageData(db, "ngo-thi-bich-hanh", AFTER)!;
    expect(after.current.map((r) => r.roleKey)).toEqual(["vice_chair", "chair"]);
    expect(after.notKnown).toEqual([]);
    expect(after.trail.map((o) => o.slug)).toEqual(["uy-ban-trung-uong-mttq-viet-nam", LAI_CHAU]);
    expect(after.colleagues.map((c) => c.fullName).sort()).toEqual(["Hoàng Kiều Anh", "Tống Thanh Bình", "Vừ Thị Mai Dinh"]);
    expect(new Set(after.sources.map((s) => s.publishedDate))).toEqual(new Set(["2026-01-22"]));

    const before = getPersonPageData(db, "tong-thanh-binh", BEFORE)!;
    expect(before.current).toEqual([]);
    expect(before.past).toEqual([]);
    expect(before.notKnown).toHaveLength(3);
    expect(before.colleagues).toEqual([]);
  });

  it("has no profile for a retracted or unknown person", () => {
    const db = seeded();
    db.update(people).set({ retractedAt: "2026-03-01", retractedReason: "test" }).where(eq(people.slug, "hoang-kieu-anh")).run();
    expect(getPersonPageData(db, "hoang-kieu-anh", AFTER)).toBeUndefined();
    expect(getPersonPageData(db, "khong-co-ai", AFTER)).toBeUndefined();
    expect(getPersonPageData(db, "ngo-thi-bich-hanh", AFTER)!.colleagues.map((c) => c.fullName)).not.toContain("Hoàng Kiều Anh");
  });
});

describe("the committees below an organisation", () => {
  function withCommunes(count: number) {
    const db = seeded();
    const province = organization(db);
    const provinceArea = ensureArea(db, { slug: "lai-chau", name: "Lai Châu", fullName: "Tỉnh Lai Châu", kind: "province" });
    for (let i = 1; i <= count; i++) {
      const kind = i % 5 === 0 ? "ward" : "commune";
      const name = `Thử Nghiệm ${String(i).padStart(3, "0")}`;
      const area = ensureArea(db, { slug: `thu-nghiem-${i}`, name, fullName: name, kind, parentId: provinceArea.id });
      const names = frontCommitteeNames(kind, name);
      ensureOrganization(db, {
        name: names.vi,
        nameEn: names.en,
        kind: "front_committee",
        level: "commune",
        areaId: area.id,
        parentId: province.id,
        sortOrder: 200 + i,
      });
    }
    return { db, province };
  }

  it("pages through them and counts them by kind of area", () => {
    const { db, province } = withCommunes(100);
    const first = getChildCommittees(db, province.id, AFTER, { page: 1, pageSize: 24 });
    expect(first.total).toBe(101);
    expect(first.pages).toBe(5);
    expect(first.items).toHaveLength(24);
    expect(first.byAreaKind).toEqual({ commune: 81, ward: 20 });
    const last = getChildCommittees(db, province.id, AFTER, { page: 99, pageSize: 24 });
    expect(last.page).toBe(5);
    expect(last.items).toHaveLength(5);
  });

  it("filters by name however it is typed, and by kind of area", () => {
    const { db, province } = withCommunes(30);
    const find = (q: string, areaKind?: "ward" | "commune") =>
      getChildCommittees(db, province.id, AFTER, { q, areaKind, page: 1, pageSize: 50 });
    expect(find("khong lao").items.map((c) => c.name)).toEqual(["Ủy ban MTTQ Việt Nam xã Khổng Lào"]);
    expect(find("KHỔNG").total).toBe(1);
    expect(find("thu nghiem 01").total).toBe(10);
    expect(find("thử nghiệm", "ward").total).toBe(6);
    expect(find("%").total).toBe(0);
    expect(find("_").total).toBe(0);
  });

  it("loads a page in the same number of queries whether there are 1 or 100 committees below (no N+1)", () => {
    const small = seeded();
    const large = withCommunes(100).db;
    const filter = { page: 1, pageSize: 24 };
    const a = countQueries(small, () => expect(getOrganizationPageData(small, LAI_CHAU, AFTER, filter)!.committees.total).toBe(1));
    const b = countQueries(large, () => expect(getOrganizationPageData(large, LAI_CHAU, AFTER, filter)!.committees.total).toBe(101));
    expect(b).toBe(a);
    expect(b).toBeLessThanOrEqual(10);
  });
});

describe("the hierarchy tree and the home page", () => {
  it("opens at the Central Committee, or down to any node, with children in display order", () => {
    const db = seeded();
    const initial = getTreeState(db, null, TODAY);
    expect(initial.roots.map((r) => r.slug)).toEqual(["uy-ban-trung-uong-mttq-viet-nam"]);
    expect(initial.expanded).toEqual([initial.roots[0].id]);
    expect(initial.children[initial.roots[0].id]).toHaveLength(34);

    const laiChau = organization(db);
    const opened = getTreeState(db, LAI_CHAU, TODAY);
    expect(opened.expanded).toEqual([initial.roots[0].id, laiChau.id]);
    expect(opened.selected).toBe(laiChau.id);
    const kinds = opened.children[laiChau.id].map((node) => node.kind);
    expect(kinds.indexOf("front_committee")).toBe(kinds.length - 1);
    expect(kinds.slice(0, 4)).toEqual(["board", "board", "board", "board"]);
    expect(opened.children[initial.roots[0].id].find((n) => n.id === laiChau.id)!.childCount).toBe(11);
    expect(getTreeChildren(db, [laiChau.id], TODAY)).toEqual(opened.children[laiChau.id]);
    expect(getTreeState(db, "khong-co", TODAY).expanded).toEqual(initial.expanded);
  });

  it("counts each province's committees and officials and lists recently updated profiles", () => {
    const db = seeded();
    const home = getHomeData(db, AFTER);
    expect(home.provinces).toHaveLength(34);
    const laiChau = home.provinces.find((p) => p.slug === LAI_CHAU)!;
    expect(laiChau).toMatchObject({ committees: 1, officials: 4, areaName: "Lai Châu" });
    expect(home.provinces.find((p) => p.areaName === "Hà Nội")).toMatchObject({ committees: 0, officials: 0 });
    expect(home.recent.map((p) => p.fullName)).toEqual(expect.arrayContaining(["Tống Thanh Bình", "Vừ Thị Mai Dinh"]));
    expect(home.recent.find((p) => p.fullName === "Tống Thanh Bình")!.role!.roleKey).toBe("standing_vice_chair");
    expect(getHomeData(db, BEFORE).provinces.find((p) => p.slug === LAI_CHAU)!.officials).toBe(0);
  });
});
