/** Pure helpers behind the browsing pages: initials, SVG text, footnotes, hreflang, query validation, term dates. */
import { describe, expect, it } from "vitest";
import { committeeFilter } from "@/app/[locale]/organizations/[slug]/search-params";
import { initials } from "@/components/avatar";
import { kindLabel } from "@/components/labels";
import { hierarchyHref, organizationHref, personHref } from "@/components/links";
import { escapeXml, renderOrgChartSvg, wrapText } from "@/components/org-chart-svg";
import { numberSources } from "@/components/source-list";
import { termDates } from "@/components/term-dates";
import type { OrgChart } from "@/db/queries/organizations";
import { getMessages } from "@/lib/i18n";
import { pageAlternates, pageMetadata } from "@/app/_lib/metadata";

describe("initials", () => {
  it("takes the family name and the given name, keeping Vietnamese letters", () => {
    expect(initials("Tống Thanh Bình")).toBe("TB");
    expect(initials("Đỗ Văn Đức")).toBe("ĐĐ");
    expect(initials("  Vừ  ")).toBe("V");
    expect(initials("")).toBe("?");
  });
});

describe("SVG text", () => {
  it("escapes markup and wraps words within the width", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&#60;a href=&#34;x&#34;&#62;&#38;&#39;");
    const lines = wrapText("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu", 12, 190);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(190 / (12 * 0.53)));
    // A word longer than the line stays whole rather than being lost.
    expect(wrapText("Supercalifragilistic", 12, 30)).toEqual(["Supercalifragilistic"]);
  });

  it("renders every holder, their other roles and empty posts, escaping names", () => {
    const role = {
      personId: 2,
      membershipId: 9,
      postId: 1,
      roleKey: "chair",
      title: "Chủ tịch",
      organizationId: 5,
      organizationSlug: "hoi-phu-nu",
      organizationName: "Hội Liên hiệp Phụ nữ tỉnh Lai Châu",
      organizationNameEn: "Lai Châu Province Women's Union",
      organizationKind: "member_organization",
      level: "province",
      startDate: null,
      startPrecision: null,
      endDate: null,
      endPrecision: null,
      endReason: null,
      attestedDate: "2026-01-22",
      organizationValidUntil: null,
    };
    const chart: OrgChart = {
      tiers: [
        [{ postId: 1, roleKey: "chair", title: "Chủ tịch", maxHolders: 1, holders: [], notKnown: 0 }],
        [
          {
            postId: 3,
            roleKey: "vice_chair",
            title: "Phó Chủ tịch",
            maxHolders: null,
            notKnown: 1,
            holders: [
              {
                membershipId: 4,
                personId: 2,
                slug: "ngo-thi-bich-hanh",
                name: "Ngô Thị <Bích> Hạnh",
                photoPath: null,
                startDate: null,
                attestedDate: "2026-01-22",
                otherRoles: [role],
              },
            ],
          },
        ],
      ],
      members: [],
    };
    const organization = {
      name: "Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
      nameEn: "Viet Nam Fatherland Front Committee of Lai Châu Province",
      level: "province",
    };
    const vi = renderOrgChartSvg({ chart, organization, locale: "vi", at: "2026-02-01" });
    expect(vi).toContain("Ngô Thị &#60;Bích&#62; Hạnh");
    expect(vi).toContain("Chưa có thông tin");
    expect(vi).toContain("và 1 người chưa rõ vào ngày");
    expect(vi).toContain("01/02/2026");
    expect(vi).not.toMatch(/<Bích>/);
    // A card for the empty Chair, one for the Vice Chair, one for the Vice Chair not known at the date.
    expect(vi.match(/<rect x=/g)).toHaveLength(3);
    const en = renderOrgChartSvg({ chart, organization, locale: "en", at: "2026-02-01", fontCss: "/*font*/" });
    expect(en).toContain("Viet Nam Fatherland Front");
    expect(en).toContain("Vice Chair");
    expect(en).toContain("<style>/*font*/");
    expect(en).toMatch(/Women&#39;s Union/);
  });
});

describe("footnotes", () => {
  it("numbers each source once in order of first citation and keeps distinct quotes", () => {
    const source = (membershipId: number, sourceId: number, quote: string | null) => ({
      membershipId,
      sourceId,
      title: `S${sourceId}`,
      publisher: null,
      publishedDate: null,
      url: null,
      quote,
    });
    const { list, byMembership } = numberSources([source(1, 7, "a"), source(2, 7, "a"), source(2, 3, null), source(3, 7, "b")]);
    expect(list.map((entry) => [entry.number, entry.source.sourceId, entry.quotes])).toEqual([
      [1, 7, ["a", "b"]],
      [2, 3, []],
    ]);
    expect([...byMembership]).toEqual([
      [1, [1]],
      [2, [1, 2]],
      [3, [1]],
    ]);
  });
});

describe("addresses and metadata", () => {
  it("keeps ?at= on links into the past and builds the no-JavaScript tree links", () => {
    expect(organizationHref("vi", "x")).toBe("/organizations/x");
    expect(personHref("en", "y", "2025-12-01")).toBe("/en/people/y?at=2025-12-01");
    expect(hierarchyHref("en", "lai-chau")).toBe("/en/hierarchy?open=lai-chau#node-lai-chau");
    expect(hierarchyHref("vi")).toBe("/hierarchy");
  });

  it("gives every page its address in each language and a default", () => {
    expect(pageAlternates("en", "/people/x")).toEqual({
      canonical: "/en/people/x",
      languages: { vi: "/people/x", en: "/en/people/x", "x-default": "/people/x" },
    });
    const metadata = pageMetadata({ locale: "vi", path: "/", title: "T", description: "D", siteName: "S", type: "profile" });
    expect(metadata.openGraph).toMatchObject({ locale: "vi_VN", alternateLocale: ["en_GB"], type: "profile", url: "/" });
  });
});

describe("the organisation page's query", () => {
  it("keeps what is valid and drops what is not, never failing", () => {
    expect(committeeFilter({})).toEqual({ q: undefined, areaKind: undefined, page: 1, pageSize: 24 });
    expect(committeeFilter({ q: "  khổng  ", type: "ward", page: "3" })).toEqual({ q: "khổng", areaKind: "ward", page: 3, pageSize: 24 });
    expect(committeeFilter({ q: "x".repeat(500), type: "mars", page: "-2" })).toMatchObject({ q: undefined, areaKind: undefined, page: 1 });
    expect(committeeFilter({ q: ["a", "b"], page: ["2", "9"] })).toMatchObject({ q: "a", page: 2 });
    expect(committeeFilter({ page: "1e9" })).toMatchObject({ page: 1 });
  });
});

describe("words for stored codes and dates", () => {
  it("names kinds in both languages and says when a start is unknown", () => {
    expect(kindLabel("member_organization", getMessages("vi").browse)).toBe("Tổ chức thành viên");
    expect(kindLabel("board", getMessages("en").browse)).toBe("Board");
    expect(kindLabel("unknown_kind", getMessages("en").browse)).toBe("unknown_kind");
    expect(termDates({ startDate: null, attestedDate: "2026-01-22" }, "vi")).toBe("ghi nhận ngày 22/01/2026 · không rõ ngày bắt đầu");
    expect(termDates({ startDate: "2021-03", endDate: "2025", attestedDate: null, endReason: "nghỉ hưu" }, "en")).toBe(
      "since Mar 2021 · until 2025 (nghỉ hưu)",
    );
  });
});
