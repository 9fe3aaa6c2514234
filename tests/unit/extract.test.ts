import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPeople, titleRoleHints, type ExtractedPerson } from "@/lib/extract";
import { readSeedArticle } from "../helpers/seed-article";
import { foldWords } from "@/lib/fold";

/** name → titles, the easiest shape to compare. */
function summary(text: string): Record<string, string[]> {
  return Object.fromEntries(extractPeople(text).map((p) => [p.name, p.titles.map((t) => t.text)]));
}

function expectOffsetsSliceBack(text: string, people: ExtractedPerson[]): void {
  for (const p of people) {
    expect(text.slice(p.nameStart, p.nameEnd)).toBe(p.name);
    for (const t of p.titles) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
}

describe("extractPeople on the seed article", () => {
  const text = readSeedArticle();

  it("finds exactly the five officials with all their titles", () => {
    expect(summary(text)).toEqual({
      "Tống Thanh Bình": [
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh",
        "Bí thư Đảng ủy Ủy ban MTTQ Việt Nam tỉnh",
      ],
      "Ngô Thị Bích Hạnh": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
      "Vừ Thị Mai Dinh": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn Lai Châu"],
      "Hoàng Kiều Anh": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
      "Nguyễn Tuấn Anh": ["Phó Bí thư Tỉnh ủy Lai Châu", "Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng"],
    });
  });

  it("gives offsets that slice back to the surface text", () => {
    const people = extractPeople(text);
    expect(people).toHaveLength(5);
    expectOffsetsSliceBack(text, people);
  });
});

describe("lists after 'Các đồng chí:'", () => {
  const text =
    "Dự hội nghị có các đồng chí: Lò Văn Kim - Bí thư Đảng ủy xã, Chủ tịch HĐND xã; " +
    "Vàng Thị Sua – Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; Mùa A Chớ — Chủ tịch Hội Nông dân xã đồng chủ trì hội nghị.";

  it("reads every item whatever the dash, and drops the trailing verb phrase", () => {
    expect(summary(text)).toEqual({
      "Lò Văn Kim": ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"],
      "Vàng Thị Sua": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"],
      "Mùa A Chớ": ["Chủ tịch Hội Nông dân xã"],
    });
    expectOffsetsSliceBack(text, extractPeople(text));
  });

  it("stops the last title at 'dự' and 'chủ trì'", () => {
    expect(summary("Các đồng chí: Đỗ Hữu Tài - Chủ tịch Hội CCB phường dự.")).toEqual({
      "Đỗ Hữu Tài": ["Chủ tịch Hội CCB phường"],
    });
    expect(summary("Các đồng chí: Mai Thị Hòa - Phó Chủ tịch UBMTTQ tỉnh chủ trì buổi làm việc.")).toEqual({
      "Mai Thị Hòa": ["Phó Chủ tịch UBMTTQ tỉnh"],
    });
  });
});

describe("apposition after a name", () => {
  it("reads comma-separated titles up to a verb", () => {
    const text = "Đồng chí Nông Thị Lụa, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết năm nay có nhiều đổi mới.";
    expect(summary(text)).toEqual({
      "Nông Thị Lụa": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
    });
  });

  it("reads dash titles up to 'phát biểu' and 'ghi nhận'", () => {
    expect(summary("Đồng chí Hà Minh Đức - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại lễ kỷ niệm.")).toEqual({
      "Hà Minh Đức": ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
    });
    expect(summary("Đồng chí Cao Thị Nguyệt - Bí thư Đảng ủy phường ghi nhận kết quả đạt được.")).toEqual({
      "Cao Thị Nguyệt": ["Bí thư Đảng ủy phường"],
    });
  });

  it("treats the role someone is elected or appointed to as a title", () => {
    const headline = "Đồng chí Lê Hoàng Nam - Phó Bí thư Tỉnh ủy Sơn La trúng cử Ủy viên Ban Chấp hành Trung ương Đảng khóa XIV";
    expect(summary(headline)).toEqual({
      "Lê Hoàng Nam": ["Phó Bí thư Tỉnh ủy Sơn La", "Ủy viên Ban Chấp hành Trung ương Đảng"],
    });
    expect(summary("Bà Lầu Thị Dợ được bầu giữ chức Chủ tịch Hội LHPN xã Tả Van khóa II.")).toEqual({
      "Lầu Thị Dợ": ["Chủ tịch Hội LHPN xã Tả Van"],
    });
    expect(summary("Ông Phan Đức Hậu được bổ nhiệm làm Phó Giám đốc Sở Nội vụ từ ngày 1/3.")).toEqual({
      "Phan Đức Hậu": ["Phó Giám đốc Sở Nội vụ"],
    });
  });

  it("gives a shared plural heading's title to every person listed, with their own titles", () => {
    // Passages as printed in real reports (tests/fixtures/articles/real/tuned).
    expect(
      summary("Các phó bí thư Tỉnh ủy gồm các ông: Trần Quốc Toản (Phó bí thư Thường trực Tỉnh ủy), Trần Quốc Văn (Chủ tịch HĐND tỉnh)."),
    ).toEqual({
      "Trần Quốc Toản": ["phó bí thư Tỉnh ủy", "Phó bí thư Thường trực Tỉnh ủy"],
      "Trần Quốc Văn": ["phó bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"],
    });
    expect(summary("Các Phó Bí thư Tỉnh Đoàn gồm các anh Phạm Văn Hậu; Lê Xuân Thịnh và chị Hồ Thị Thùy Trang.")).toEqual({
      "Phạm Văn Hậu": ["Phó Bí thư Tỉnh Đoàn"],
      "Lê Xuân Thịnh": ["Phó Bí thư Tỉnh Đoàn"],
      "Hồ Thị Thùy Trang": ["Phó Bí thư Tỉnh Đoàn"],
    });
  });

  it("reads a title written before its name: after a dash, past the term, and in a decision 'đối với' the person", () => {
    expect(summary("Phó Bí thư Thường trực Tỉnh ủy – Nguyễn Thanh Hải đến dự.")).toEqual({
      "Nguyễn Thanh Hải": ["Phó Bí thư Thường trực Tỉnh ủy"],
    });
    expect(summary("Khai mạc Đại hội, Chủ tịch Hội Nông dân tỉnh nhiệm kỳ IX Nguyễn Huy Anh nhấn mạnh nhiệm vụ.")).toEqual({
      "Nguyễn Huy Anh": ["Chủ tịch Hội Nông dân tỉnh"],
    });
    expect(
      summary("Quyết định giữ chức danh Chủ tịch Liên đoàn Lao động tỉnh Quảng Ngãi, nhiệm kỳ 2023 - 2028, đối với ông Đinh Quốc Tuấn."),
    ).toEqual({ "Đinh Quốc Tuấn": ["Chủ tịch Liên đoàn Lao động tỉnh Quảng Ngãi"] });
  });

  it("reads the role a person is leaving as theirs (the importer ends its term)", () => {
    expect(summary("Hội nghị đồng ý cho ông Vương Văn Tú thôi giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")).toEqual({
      "Vương Văn Tú": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
    });
  });

  it("keeps titles in parentheses and skips photo positions", () => {
    expect(summary("Đồng chí Tẩn Láo Sử (Chủ tịch Ủy ban MTTQ Việt Nam xã) trao quà.")).toEqual({
      "Tẩn Láo Sử": ["Chủ tịch Ủy ban MTTQ Việt Nam xã"],
    });
    expect(summary("Ông Hứa Văn Lâm (thứ ba từ phải sang), Chủ tịch Hội Nông dân tỉnh trao giấy chứng nhận.")).toEqual({
      "Hứa Văn Lâm": ["Chủ tịch Hội Nông dân tỉnh"],
    });
  });
});

describe("title before the name", () => {
  it("splits the title from the name that follows it", () => {
    expect(summary("Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn Dũng trình bày báo cáo.")).toEqual({
      "Nguyễn Văn Dũng": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
    });
    expect(summary("Chủ tịch Hội LHPN tỉnh Trần Thị Bé nhấn mạnh vai trò của hội viên.")).toEqual({
      "Trần Thị Bé": ["Chủ tịch Hội LHPN tỉnh"],
    });
  });

  it("finds the name after a province or commune name", () => {
    expect(summary("Bí thư Tỉnh đoàn Điện Biên Lò Văn Mừng phát động phong trào.")).toEqual({
      "Lò Văn Mừng": ["Bí thư Tỉnh đoàn Điện Biên"],
    });
    expect(summary("Chủ tịch UBND xã Bản Hon Giàng A Chu cho biết.")).toEqual({
      "Giàng A Chu": ["Chủ tịch UBND xã Bản Hon"],
    });
  });

  it("reads 'title, ông Name'", () => {
    expect(summary("Trưởng Ban Dân vận Tỉnh ủy, ông Hầu A Lềnh khẳng định như vậy.")).toEqual({
      "Hầu A Lềnh": ["Trưởng Ban Dân vận Tỉnh ủy"],
    });
  });
});

describe("person markers", () => {
  it("never puts 'ông', 'bà', 'đồng chí' or 'đ/c' in the name", () => {
    const text =
      "Ông Triệu Văn Lý, Trưởng thôn Nà Lùng cùng bà Sùng Thị Pà, Chủ tịch Hội LHPN xã và đ/c Quàng Văn Minh, " +
      "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã đã đến dự.";
    expect(summary(text)).toEqual({
      "Triệu Văn Lý": ["Trưởng thôn Nà Lùng"],
      "Sùng Thị Pà": ["Chủ tịch Hội LHPN xã"],
      "Quàng Văn Minh": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"],
    });
  });

  it("reports a marked person without titles", () => {
    expect(summary("Đoàn đến thăm gia đình ông Lường Văn Piếng ở bản Mé.")).toEqual({ "Lường Văn Piếng": [] });
  });
});

describe("several names sharing a title", () => {
  it("shares a title after names joined by 'và'", () => {
    expect(summary("Dự có các đồng chí Vi Văn Sơn và Lý Thị Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")).toEqual({
      "Vi Văn Sơn": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
      "Lý Thị Vân": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
    });
  });

  it("shares a title before names joined by 'và'", () => {
    expect(summary("Cùng dự có Phó Chủ tịch Ủy ban MTTQ tỉnh Đặng Văn Khoa và Hoàng Thị Yến.")).toEqual({
      "Đặng Văn Khoa": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
      "Hoàng Thị Yến": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
    });
  });

  it("does not share with someone already given another title", () => {
    const text =
      "Bà Lò Thị Minh, Chủ tịch Hội LHPN tỉnh phát biểu. Sau đó, bà Lò Thị Minh và bà Cầm Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh trao quà.";
    expect(summary(text)).toEqual({
      "Lò Thị Minh": ["Chủ tịch Hội LHPN tỉnh"],
      "Cầm Thị Hoa": ["Phó Chủ tịch Hội LHPN tỉnh"],
    });
  });
});

describe("harder appositions", () => {
  it("gives a role elected at the end of a list to every item of it", () => {
    const text =
      "Hội nghị hiệp thương cử các ông, bà: Sình A Dế, Chủ tịch Hội Nông dân xã; Tòng Thị Ngoan, Chủ tịch Hội LHPN xã " +
      "và Hạng A Tủa, Bí thư Đoàn xã giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.";
    expect(summary(text)).toEqual({
      "Sình A Dế": ["Chủ tịch Hội Nông dân xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"],
      "Tòng Thị Ngoan": ["Chủ tịch Hội LHPN xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"],
      "Hạng A Tủa": ["Bí thư Đoàn xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"],
    });
  });

  it("does not carry an election across separate sentences", () => {
    const text =
      "Đồng chí Hà Văn Lâm - Bí thư Đảng ủy xã dự hội nghị. Đồng chí Lý Thị Mai được bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã.";
    expect(summary(text)).toEqual({
      "Hà Văn Lâm": ["Bí thư Đảng ủy xã"],
      "Lý Thị Mai": ["Chủ tịch Ủy ban MTTQ Việt Nam xã"],
    });
  });

  it("drops a bare role taken for the occasion ('làm trưởng đoàn')", () => {
    expect(summary("Đoàn do đồng chí Bạc Thị Lan, Phó Chủ tịch UBMTTQ tỉnh làm trưởng đoàn đã đến thăm.")).toEqual({
      "Bạc Thị Lan": ["Phó Chủ tịch UBMTTQ tỉnh"],
    });
  });

  it("skips asides and reads restatements, 'kiêm' and 'tân'", () => {
    expect(summary("Cụ Đinh Văn Kha, 90 tuổi, thôn Đồng Mới, nguyên Bí thư chi bộ thôn, kể lại.")).toEqual({
      "Đinh Văn Kha": ["nguyên Bí thư chi bộ thôn"],
    });
    expect(summary("Có mặt bà Phí Thị Hoa, bà hiện là Chủ tịch Hội LHPN tỉnh.")).toEqual({
      "Phí Thị Hoa": ["Chủ tịch Hội LHPN tỉnh"],
    });
    expect(summary("Phó Chủ tịch UBND tỉnh Hoàng Văn Nam kiêm Trưởng Ban Chỉ đạo giảm nghèo tỉnh phát biểu.")).toEqual({
      "Hoàng Văn Nam": ["Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo giảm nghèo tỉnh"],
    });
    expect(summary("Ông Sần Văn Tú, tân Chủ tịch Hội Cựu chiến binh xã phát biểu.")).toEqual({
      "Sần Văn Tú": ["Chủ tịch Hội Cựu chiến binh xã"],
    });
  });

  it("keeps multi-word organisation names whole", () => {
    expect(summary("Ông Tăng Văn Thủy, Phó Trưởng Ban Thường trực Ban Vận động cứu trợ tỉnh, trao quà.")).toEqual({
      "Tăng Văn Thủy": ["Phó Trưởng Ban Thường trực Ban Vận động cứu trợ tỉnh"],
    });
    expect(summary("Ông Lý Văn Kiên, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết.")).toEqual({
      "Lý Văn Kiên": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"],
    });
    expect(summary("Anh Cù Văn Tâm, Chủ tịch Công đoàn Công ty TNHH May Hưng Thịnh phát biểu.")).toEqual({
      "Cù Văn Tâm": ["Chủ tịch Công đoàn Công ty TNHH May Hưng Thịnh"],
    });
  });

  it("finds a name right after 'thành phố' and after a baptismal name", () => {
    expect(summary("Phó Chủ tịch UBND thành phố Lê Anh Khoa trả lời.")).toEqual({
      "Lê Anh Khoa": ["Phó Chủ tịch UBND thành phố"],
    });
    expect(summary("Linh mục Phaolô Trần Văn Thắng, Chánh xứ giáo xứ Cồn Thoi, phát biểu.")).toEqual({
      "Trần Văn Thắng": ["Chánh xứ giáo xứ Cồn Thoi"],
    });
  });

  it("reads Central Highlands and Khmer names", () => {
    expect(summary("Các đồng chí: Ksor Phước - Chủ tịch Ủy ban MTTQ Việt Nam xã; Y Bih Niê – Trưởng thôn Buôn Ky.")).toEqual({
      "Ksor Phước": ["Chủ tịch Ủy ban MTTQ Việt Nam xã"],
      "Y Bih Niê": ["Trưởng thôn Buôn Ky"],
    });
    expect(summary("Tham dự có Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Cà Mau Danh Hùng.")).toEqual({
      "Danh Hùng": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Cà Mau"],
    });
  });
});

describe("captions under photos", () => {
  it("reads short caption lines", () => {
    const text = [
      "Đồng chí Giàng Seo Phử - Bí thư Đảng ủy xã phát biểu tại hội nghị.",
      "Bà Nguyễn Thị Kim Liên, Chủ tịch Hội Cựu chiến binh phường trao quà cho hội viên.",
      "Các đại biểu dự hội nghị.",
    ].join("\n");
    expect(summary(text)).toEqual({
      "Giàng Seo Phử": ["Bí thư Đảng ủy xã"],
      "Nguyễn Thị Kim Liên": ["Chủ tịch Hội Cựu chiến binh phường"],
    });
  });
});

describe("abbreviations and surface text", () => {
  it("keeps abbreviations exactly as written", () => {
    const text =
      "Đồng chí Phùng Văn Bảy - Phó Chủ tịch UBMTTQ tỉnh, Chủ tịch LĐLĐ tỉnh; đồng chí Tô Thị Hằng - Bí thư Đoàn TNCS Hồ Chí Minh tỉnh dự.";
    expect(summary(text)).toEqual({
      "Phùng Văn Bảy": ["Phó Chủ tịch UBMTTQ tỉnh", "Chủ tịch LĐLĐ tỉnh"],
      "Tô Thị Hằng": ["Bí thư Đoàn TNCS Hồ Chí Minh tỉnh"],
    });
  });

  it("works on decomposed (NFD) input with exact offsets", () => {
    const text = "Đồng chí Vừ Thị Mai - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã phát biểu.".normalize("NFD");
    const people = extractPeople(text);
    expect(people).toHaveLength(1);
    expect(people[0].name.normalize("NFC")).toBe("Vừ Thị Mai");
    expect(people[0].titles.map((t) => t.text.normalize("NFC"))).toEqual(["Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"]);
    expectOffsetsSliceBack(text, people);
  });
});

describe("merging repeated mentions", () => {
  it("merges by folded name, unions titles in order, keeps first offsets", () => {
    const text =
      "Đồng chí Lục Văn Hùng, Chủ tịch UBND xã phát biểu. Sau đó đồng chí Lục Văn Hùng - chủ tịch UBND xã, " +
      "Phó Bí thư Đảng ủy xã trao quà. Ông LỤC VĂN HÙNG cảm ơn bà con.";
    const people = extractPeople(text);
    expect(people).toHaveLength(1);
    expect(people[0].titles.map((t) => t.text)).toEqual(["Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"]);
    expect(people[0].titles[0].start).toBe(text.indexOf("Chủ tịch UBND xã"));
    expect(people[0].nameStart).toBe(text.indexOf("Lục Văn Hùng"));
  });
});

describe("things that are not people", () => {
  it("ignores awards, boards, organisations and places", () => {
    const text = [
      "Mười hai tập thể nhận Bằng khen; ba mươi người được công nhận Chiến sĩ thi đua cấp cơ sở.",
      "Đại diện Ban Dân chủ - Giám sát và Phản biện xã hội, Ban Tuyên giáo - Công tác xã hội cùng đi khảo sát với Thường trực HĐND tỉnh.",
      "Nhiều hộ ở xã Khổng Lào đã thoát nghèo; đoàn cán bộ Lào Cai sang Lai Châu trao đổi kinh nghiệm; Quốc hội nước Việt Nam đã hoàn thành kỳ họp.",
      "Phong trào Thanh niên tình nguyện có 2.000 lượt đoàn viên tham gia; Chủ tịch UBND tỉnh ký quyết định khen thưởng.",
      "Đoàn viên học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; xã Lê Lợi và phường Hoàng Văn Thụ đạt chuẩn.",
    ].join("\n");
    expect(extractPeople(text)).toEqual([]);
  });

  it("ignores capitalised names without any sign of a person", () => {
    expect(extractPeople("Năm 2025, Hà Giang cũ và Tuyên Quang hợp nhất; Thái Nguyên và Bắc Kạn cũng vậy.")).toEqual([]);
  });
});

describe("titleRoleHints", () => {
  it("splits a title into role and organisation", () => {
    expect(titleRoleHints("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")).toMatchObject({
      role: "standing_vice_chair",
      organisation: "Ủy ban MTTQ Việt Nam tỉnh",
      former: false,
    });
    expect(titleRoleHints("nguyên Chủ tịch Hội LHPN tỉnh")).toMatchObject({
      role: "chair",
      organisation: "Hội LHPN tỉnh",
      former: true,
    });
    expect(titleRoleHints("Bí thư Tỉnh đoàn Lai Châu")).toMatchObject({ role: "secretary", organisation: "Tỉnh đoàn Lai Châu" });
    expect(titleRoleHints("Ủy viên Ban Thường vụ Tỉnh ủy")).toMatchObject({ role: "member", organisation: "Ban Thường vụ Tỉnh ủy" });
    expect(titleRoleHints("Giáo sư")).toMatchObject({ role: null });
  });
});

describe("the article fixtures", () => {
  const dir = path.resolve(__dirname, "../fixtures/articles");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  const norm = (s: string) => foldWords(s);

  it("has at least 14 annotated articles", () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const f of files) expect(existsSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")))).toBe(true);
  });

  it("scores precision ≥ 0.95 and recall ≥ 0.90 over (person, title) pairs, with exact offsets", () => {
    let truePositive = 0;
    let extracted = 0;
    let expected = 0;
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), "utf8");
      const want = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")) as {
        people: { name: string; titles: string[] }[];
      };
      const people = extractPeople(text);
      expectOffsetsSliceBack(text, people);
      const got = new Set(people.flatMap((p) => p.titles.map((t) => `${norm(p.name)}|${norm(t.text)}`)));
      const exp = new Set(want.people.flatMap((p) => p.titles.map((t) => `${norm(p.name)}|${norm(t)}`)));
      extracted += got.size;
      expected += exp.size;
      truePositive += [...got].filter((k) => exp.has(k)).length;
    }
    expect(truePositive / extracted).toBeGreaterThanOrEqual(0.95);
    expect(truePositive / expected).toBeGreaterThanOrEqual(0.9);
  });
});
