/** The pure half of resolution: titles read into seats and organisations, places, dates, the form's decisions. */
import { describe, expect, it } from "vitest";
import { clauseAround, communesNamedIn, readArticle } from "@/lib/import/article";
import { changeBefore, dateIn } from "@/lib/import/change";
import { decisionsFromForm, importFieldErrors, importInput, rowDecision } from "@/lib/import/input";
import { frontNames, memberNames, partyCentralNames, partyNames, unitNames } from "@/lib/import/names";
import { parseOrganisation, type OrgSpec, type PlaceSpec } from "@/lib/import/organisation";
import { readTitle } from "@/lib/import/title";

const province = (name: string | null = null): PlaceSpec => ({
  level: "province",
  kind: "province",
  name,
  nameKey: name
    ? name
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
    : null,
});
const unsaid: PlaceSpec = { level: null, kind: null, name: null, nameKey: null };

describe("reading the organisation of a title", () => {
  it.each<[string, OrgSpec]>([
    ["Ủy ban MTTQ Việt Nam tỉnh", { type: "front", place: province() }],
    ["UBMTTQ tỉnh", { type: "front", place: province() }],
    ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu", { type: "front", place: province("Lai Châu") }],
    ["Ủy ban Trung ương MTTQ Việt Nam", { type: "front", place: { ...unsaid, level: "central" } }],
    ["Hội LHPN tỉnh", { type: "member", memberType: "womens_union", place: province() }],
    ["Hội Liên hiệp Phụ nữ tỉnh", { type: "member", memberType: "womens_union", place: province() }],
    ["LĐLĐ tỉnh", { type: "member", memberType: "trade_union", place: province() }],
    ["Hội CCB tỉnh", { type: "member", memberType: "veterans_association", place: province() }],
    ["Đoàn TNCS Hồ Chí Minh tỉnh", { type: "member", memberType: "youth_union", place: province() }],
    ["Tỉnh đoàn Lai Châu", { type: "member", memberType: "youth_union", place: province("Lai Châu") }],
    ["Tỉnh ủy", { type: "party", place: province() }],
    ["Đảng ủy", { type: "party", place: unsaid }],
    ["Ban Chấp hành Trung ương Đảng khóa XIV", { type: "party_central", term: "XIV" }],
    ["UBND tỉnh", { type: "outside", phrase: "UBND tỉnh" }],
    ["HĐND xã Nga My", { type: "outside", phrase: "HĐND xã Nga My" }],
    ["Bộ Chính trị", { type: "unknown", phrase: "Bộ Chính trị" }],
    ["", { type: "none" }],
  ])("%s", (phrase, org) => {
    expect(parseOrganisation(phrase).org).toEqual(org);
  });

  it("reads communes, wards and cities with their names, and abbreviations inside them", () => {
    expect(parseOrganisation("Hội Nông dân xã Sìn Hồ").org).toMatchObject({
      place: { level: "commune", kind: "commune", name: "Sìn Hồ", nameKey: "sin ho" },
    });
    expect(parseOrganisation("Đoàn phường").org).toMatchObject({
      type: "member",
      memberType: "youth_union",
      place: { level: "commune", kind: "ward" },
    });
    expect(parseOrganisation("UBMTTQ TP. HCM").org).toMatchObject({
      type: "front",
      place: { level: "province", kind: "city", nameKey: "ho chi minh" },
    });
    expect(parseOrganisation("Đảng ủy đặc khu Phú Quý").org).toMatchObject({
      type: "party",
      place: { level: "commune", kind: "special_zone", name: "Phú Quý" },
    });
  });

  it("finds the outermost organisation and reads what comes before it as a body inside it", () => {
    expect(parseOrganisation("Ban Thường vụ Tỉnh ủy")).toMatchObject({ org: { type: "party" }, body: "standing_committee" });
    expect(parseOrganisation("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")).toMatchObject({
      org: { type: "front" },
      body: "standing_board",
    });
    expect(parseOrganisation("Ban Chấp hành Đảng bộ tỉnh")).toMatchObject({
      org: { type: "party", place: { level: "province" } },
      body: "executive_committee",
    });
    expect(parseOrganisation("Đảng ủy Ủy ban MTTQ Việt Nam tỉnh").org).toEqual({
      type: "unit",
      kind: "party_committee",
      name: "Đảng ủy",
      parent: { type: "front", place: province() },
    });
    expect(parseOrganisation("Đảng ủy Cơ quan Ủy ban MTTQ Việt Nam tỉnh").org).toMatchObject({
      type: "unit",
      kind: "party_committee",
      parent: { type: "front" },
    });
    expect(parseOrganisation("Văn phòng Ủy ban MTTQ Việt Nam tỉnh").org).toMatchObject({ type: "unit", kind: "office" });
    // A Youth Union word inside a board's name does not make the board the Youth Union.
    expect(parseOrganisation("Ban Công tác Đoàn và Thanh thiếu nhi Ủy ban MTTQ Việt Nam tỉnh").org).toMatchObject({
      type: "unit",
      kind: "board",
      name: "Ban Công tác Đoàn và Thanh thiếu nhi",
      parent: { type: "front" },
    });
    expect(parseOrganisation("Ban Dân chủ - Giám sát và Phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh").org).toMatchObject({
      name: "Ban Dân chủ - Giám sát và Phản biện xã hội",
    });
    expect(parseOrganisation("Ban Chấp hành Trung ương Hội Nông dân Việt Nam").org).toMatchObject({
      type: "member",
      memberType: "farmers_union",
      place: { level: "central" },
    });
  });

  it("sets aside the term of office", () => {
    expect(parseOrganisation("Hội Nông dân tỉnh khóa XI").org).toMatchObject({ type: "member", place: { level: "province", name: null } });
    expect(parseOrganisation("Ủy ban MTTQ Việt Nam tỉnh Lai Châu nhiệm kỳ 2024 - 2029").org).toMatchObject({ place: { name: "Lai Châu" } });
  });
});

describe("the seat a title names", () => {
  it.each([
    ["Ủy viên Ban Thường vụ Tỉnh ủy", "standing_committee_member", "Ủy viên Ban Thường vụ"],
    ["Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "standing_board_member", "Ủy viên Ban Thường trực"],
    ["Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "committee_member", "Ủy viên Ủy ban"],
    ["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "executive_committee_member", "Ủy viên Ban Chấp hành"],
    ["Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng khóa XIV", "alternate_member", "Ủy viên dự khuyết"],
    ["Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "standing_vice_chair", "Phó Chủ tịch Thường trực"],
    ["Phó Bí thư Thường trực Tỉnh ủy", "deputy_secretary", "Phó Bí thư Thường trực"],
    ["Trưởng Ban Dân vận Tỉnh ủy", "head", "Trưởng ban"],
    ["Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh", "chief_of_office", "Chánh Văn phòng"],
    ["Giám đốc Sở Nội vụ", "other", "Giám đốc"],
  ])("%s → %s", (title, roleKey, postTitle) => {
    expect(readTitle(title).seat).toMatchObject({ roleKey, title: postTitle });
  });

  it("limits the seats one person holds at a time", () => {
    expect(readTitle("Chủ tịch Hội Nông dân tỉnh").seat?.maxHolders).toBe(1);
    expect(readTitle("Phó Bí thư Thường trực Tỉnh ủy").seat?.maxHolders).toBe(1);
    expect(readTitle("Phó Chủ tịch Hội Nông dân tỉnh").seat?.maxHolders).toBeNull();
  });

  it("keeps former and acting posts apart", () => {
    expect(readTitle("nguyên Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")).toMatchObject({ former: true, seat: { roleKey: "chair" } });
    expect(readTitle("Quyền Chủ tịch Hội Nông dân tỉnh")).toMatchObject({ acting: true });
  });

  it("reads a Party committee member written as one word, and the Secretariat apart from the Central Committee", () => {
    expect(readTitle("Tỉnh ủy viên")).toMatchObject({ seat: { roleKey: "executive_committee_member" }, org: { type: "party" } });
    expect(readTitle("UVBTV Tỉnh ủy")).toMatchObject({ seat: { roleKey: "standing_committee_member" }, org: { type: "party" } });
    expect(readTitle("ĐUV")).toMatchObject({ seat: { roleKey: "executive_committee_member" }, org: { type: "party" } });
    // A member of the Secretariat, which the directory does not model: not the secretary of the Central Committee.
    expect(readTitle("Bí thư Trung ương Đảng")).toMatchObject({ seat: { roleKey: "other" }, org: { type: "unknown" } });
    expect(readTitle("Chủ tịch UB MTTQ VN tỉnh")).toMatchObject({ seat: { roleKey: "chair" }, org: { type: "front" } });
  });
});

describe("names of organisations", () => {
  const laiChau = { level: "province", kind: "province", name: "Lai Châu" } as const;
  it("builds the names the directory records", () => {
    expect(frontNames(laiChau).vi).toBe("Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
    expect(memberNames("womens_union", laiChau).vi).toBe("Hội Liên hiệp Phụ nữ tỉnh Lai Châu");
    expect(memberNames("trade_union", { level: "central" }).vi).toBe("Tổng Liên đoàn Lao động Việt Nam");
    expect(partyNames(laiChau)?.vi).toBe("Tỉnh ủy Lai Châu");
    expect(partyNames({ level: "province", kind: "city", name: "Hải Phòng" })?.vi).toBe("Thành ủy Hải Phòng");
    expect(partyNames({ level: "commune", kind: "ward", name: "Thuận Hóa" })?.vi).toBe("Đảng ủy phường Thuận Hóa");
    expect(partyCentralNames("XIV")).toEqual({
      vi: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XIV",
      en: "14th Central Committee of the Communist Party of Viet Nam",
    });
    expect(unitNames("board", "ban Dân vận", { vi: "Tỉnh ủy Sơn La", en: null })).toEqual({
      vi: "Ban Dân vận - Tỉnh ủy Sơn La",
      en: null,
      shortName: "Ban Dân vận",
    });
  });
});

describe("reading an article", () => {
  const text = [
    "Ngày 3/4, Ủy ban MTTQ Việt Nam xã Nậm Tăm tổ chức hội nghị.",
    "Dự có các ông: Lù Văn Thướng, Bí thư Đảng ủy xã; Pờ A Dế, Phó Bí thư Đảng ủy.",
    "Hội nghị đã hiệp thương cử ông Tao Văn Khiêm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; bà Lò Thị Xá, Chủ tịch Hội Nông dân xã giữ chức Phó Chủ tịch.",
    "Ông Nguyễn Văn Tân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
  ].join("\n");

  it("fills places from earlier titles and marks what the text says was taken then", () => {
    const { people, communes } = readArticle(text);
    expect(communes).toEqual([{ kind: "commune", name: "Nậm Tăm", nameKey: "nam tam" }]);
    const titles = Object.fromEntries(
      people.map((p) => [p.name, p.titles.map((t) => ({ org: t.org, change: t.change, inferred: t.inferred }))]),
    );
    expect(titles["Pờ A Dế"]).toMatchObject([{ org: { type: "party", place: { level: "commune" } }, change: null, inferred: true }]);
    expect(titles["Tao Văn Khiêm"]).toMatchObject([
      { org: { type: "front", place: { level: "commune" } }, change: "start", inferred: false },
    ]);
    expect(titles["Lò Thị Xá"]).toMatchObject([
      { org: { type: "member", memberType: "farmers_union" }, change: null },
      { org: { type: "front", place: { level: "commune" } }, change: "start", inferred: true },
    ]);
    // "Tân" is a given name here, not "newly".
    expect(titles["Nguyễn Văn Tân"]).toMatchObject([{ change: null }]);
  });

  it("tells taking a post from holding it", () => {
    const at = (sentence: string, title: string) => changeBefore(sentence, sentence.indexOf(title));
    expect(at("Ông A được bầu giữ chức Chủ tịch Hội Nông dân tỉnh.", "Chủ tịch")).toBe("start");
    expect(at("Bà B, tân Chủ tịch Hội LHPN tỉnh, phát biểu.", "Chủ tịch")).toBe("start");
    expect(at("Đồng chí C trúng cử Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng.", "Ủy viên")).toBe("start");
    expect(at("Đồng chí D, Phó Chủ tịch Ủy ban MTTQ tỉnh, phát biểu.", "Phó Chủ tịch")).toBeNull();
    expect(at("Ông E hiện giữ chức Chủ tịch Hội CCB tỉnh.", "Chủ tịch")).toBeNull();
    expect(at("Ông G thôi giữ chức Chủ tịch Hội CCB tỉnh.", "Chủ tịch")).toBe("end");
    expect(at("Hội nghị cho ông H thôi làm Ủy viên Ban Thường trực.", "Ủy viên")).toBe("end");
    expect(at("Ông I được miễn nhiệm chức vụ Phó Chủ tịch Hội CCB tỉnh.", "Phó Chủ tịch")).toBe("end");
    // "Nguyễn" folds like "nguyên" (a past post): the surname is no reason to see no event.
    expect(at("Hội nghị đã bầu bà Nguyễn Hoa làm Chủ tịch Hội LHPN tỉnh.", "Chủ tịch")).toBe("start");
    expect(at("Ông K, nguyên Chủ tịch Hội CCB tỉnh, phát biểu.", "Chủ tịch")).toBeNull();
  });

  it("reads the date of a change at the precision written", () => {
    expect(dateIn("Theo quyết định, ông A giữ chức Chủ tịch kể từ ngày 1/11/2025")).toBe("2025-11-01");
    expect(dateIn("Tháng 02 năm 1951, Hội nghị đã hiệp thương cử")).toBe("1951-02");
    expect(dateIn("Năm 1954 ông A qua đời")).toBe("1954");
    expect(dateIn("Ngày 15-3, Ban Thường vụ Tỉnh ủy đã trao quyết định")).toBeNull();
    expect(dateIn("Ủy ban tổng kết công tác năm 2025, nhiệm kỳ 2024-2029")).toBeNull();
  });

  it("reads departures: leaving all posts, and the old post of a transfer", () => {
    const { people } = readArticle(
      [
        "Ngày 2/3/2026, ông Trần Văn Hùng, Chủ tịch Hội Cựu chiến binh tỉnh, nghỉ hưu theo chế độ.",
        "Ban Thường vụ Tỉnh ủy điều động đồng chí Lê Thị Hoa, Tỉnh ủy viên, Bí thư Huyện ủy, đến nhận công tác tại Ủy ban MTTQ Việt Nam tỉnh.",
      ].join("\n"),
    );
    const changes = Object.fromEntries(people.map((p) => [p.name, p.titles.map((t) => [t.text, t.change, t.date])]));
    expect(changes["Trần Văn Hùng"]).toEqual([["Chủ tịch Hội Cựu chiến binh tỉnh", "end", "2026-03-02"]]);
    expect(changes["Lê Thị Hoa"]).toEqual([
      ["Tỉnh ủy viên", null, null],
      ["Bí thư Huyện ủy", "end", null],
    ]);
  });

  it("quotes the clause that states a title, a long list narrowed to its item", () => {
    const list = `Các đồng chí: ${"Hoàng Văn X - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ".repeat(6)}Lò Văn Y - Chủ tịch Hội Nông dân tỉnh.`;
    const start = list.indexOf("Chủ tịch Hội Nông dân");
    expect(clauseAround(list, start, start + "Chủ tịch Hội Nông dân tỉnh".length)).toBe("Lò Văn Y - Chủ tịch Hội Nông dân tỉnh");
  });

  it("lists each named commune once", () => {
    expect(communesNamedIn("xã Tà Tổng và xã Tà Tổng, phường Tân Phong, đặc khu Cô Tô, 100% xã, phường")).toEqual([
      { kind: "commune", name: "Tà Tổng", nameKey: "ta tong" },
      { kind: "ward", name: "Tân Phong", nameKey: "tan phong" },
      { kind: "special_zone", name: "Cô Tô", nameKey: "co to" },
    ]);
  });
});

describe("the review form's decisions", () => {
  it("keeps only ticked rows and checks each, errors keyed by row", () => {
    const values = {
      "accept.0-0": "on",
      "person.0-0": "new",
      "personName.0-0": "",
      "post.0-0": "proposed",
      "date.0-0": "2026-13-01",
      "dateKind.0-0": "attested",
      "person.1-0": "7",
      "post.1-0": "12",
    };
    expect(
      decisionsFromForm({ "accept.2-0": "on", "person.2-0": "new", "personPick.2-0": "41", "post.2-0": "", "postPick.2-0": "9" }),
    ).toEqual([{ key: "2-0", person: "41", post: "9" }]);
    const rows = decisionsFromForm(values);
    expect(rows).toEqual([{ key: "0-0", person: "new", personName: "", post: "proposed", date: "2026-13-01", dateKind: "attested" }]);
    const parsed = importInput.safeParse({ text: "…", contextId: "1", sourceTitle: "Báo", sourceDate: "2026-03-12", rows });
    if (parsed.success) expect.fail("a row without a name or a valid date was accepted");
    expect(importFieldErrors(parsed.error, rows)).toEqual({ "date.0-0": ["invalid_date"], "personName.0-0": ["person_required"] });
    expect(rowDecision.parse({ key: "1-0", person: "7", post: "12", date: "03/2026", dateKind: "start", endConflicting: "on" })).toEqual({
      key: "1-0",
      person: 7,
      post: 12,
      date: { value: "2026-03", precision: "month" },
      dateKind: "start",
      endConflicting: true,
    });
  });
});
