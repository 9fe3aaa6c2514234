/**
 * How personnel events are read in the phrasings real reports use. The
 * sentences are written for the test (invented names), each one a shape
 * seen in published reports; the real reports themselves are scored by
 * `npm run eval:import`.
 */
import { describe, expect, it } from "vitest";
import { dateIn, dayBefore } from "@/lib/import/change";
import { readArticle } from "@/lib/import/article";

/** "Name | start|end | title | date" for every title the text says changed. */
function events(text: string, reportDate?: string): string[] {
  return readArticle(text, reportDate).people.flatMap((p) =>
    p.titles.filter((t) => t.change).map((t) => `${p.name} | ${t.change} | ${t.text} | ${t.date ?? "-"}`),
  );
}

/** Each person's titles as written. */
function titles(text: string): Record<string, string[]> {
  return Object.fromEntries(readArticle(text).people.map((p) => [p.name, p.titles.map((t) => t.text)]));
}

describe("elections and appointments", () => {
  it("reads the post taken after the person's own titles, however the election is worded", () => {
    expect(
      events(
        "Ông Võ Đức An - Ủy viên Ban Thường vụ Tỉnh ủy - đã được các ủy viên Ủy ban MTTQ tỉnh khóa X biểu quyết thống nhất cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
      ),
    ).toEqual(["Võ Đức An | start | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | -"]);
    expect(events("Hội nghị đã biểu quyết đồng ý; cử ông Ngô Văn Hải giữ chức vụ Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")).toEqual([
      "Ngô Văn Hải | start | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | -",
    ]);
    expect(events("Ban Thường vụ Tỉnh ủy quyết định chuẩn y đồng chí Tạ Văn Long giữ chức Bí thư Đảng ủy xã Hòa Bình.")).toEqual([
      "Tạ Văn Long | start | Bí thư Đảng ủy xã Hòa Bình | -",
    ]);
    expect(events("Tân Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thanh Bình phát biểu nhận nhiệm vụ.")).toEqual([
      "Nguyễn Thanh Bình | start | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | -",
    ]);
    expect(events("Ông Ngô Quang Trung giữ chức Phó Chủ tịch Hội Cựu chiến binh tỉnh từ ngày 1/7/2025.")).toEqual([
      "Ngô Quang Trung | start | Phó Chủ tịch Hội Cựu chiến binh tỉnh | 2025-07-01",
    ]);
  });

  it("reads several posts one sentence takes and gives, in turn", () => {
    const text =
      "Ban Thường vụ Tỉnh ủy điều động ông Nguyễn Thành Tâm - Tỉnh ủy viên, Chủ tịch HĐND xã Đức Lâm thôi tham gia Ban Chấp hành, Ban Thường vụ và thôi giữ chức Bí thư Đảng ủy xã Đức Lâm, đến nhận công tác tại Ủy ban MTTQ Việt Nam tỉnh từ ngày 21/8/2025, được hiệp thương cử giữ chức vụ Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.";
    expect(events(text, "2025-08-21")).toEqual([
      "Nguyễn Thành Tâm | end | Bí thư Đảng ủy xã Đức Lâm | 2025-08-21",
      "Nguyễn Thành Tâm | start | Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh | 2025-08-21",
    ]);
    expect(titles(text)["Nguyễn Thành Tâm"]).not.toContain("Ban Thường vụ");
    // put forward for the post, not yet in it
    expect(events(text.replace("được hiệp thương cử", "giới thiệu hiệp thương cử"), "2025-08-21")).toEqual([
      "Nguyễn Thành Tâm | end | Bí thư Đảng ủy xã Đức Lâm | 2025-08-21",
    ]);
    expect(
      events(
        "Hội nghị đã bầu bổ sung ông Lâm Văn Tài, Giám đốc Sở Tư pháp vào Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy.",
      ),
    ).toEqual(["Lâm Văn Tài | start | Phó Bí thư Tỉnh ủy | -"]);
  });

  it("gives a board elected whole its starts, but not the posts its members hold in parentheses", () => {
    expect(
      events(
        "Đại hội đã hiệp thương cử Ban Thường trực gồm 3 đồng chí: Ông Lò Văn Khánh – Chủ tịch; bà Cầm Thị Hương – Phó Chủ tịch Thường trực; ông Quàng Văn Dũng – Phó Chủ tịch.",
      ),
    ).toEqual([
      "Lò Văn Khánh | start | Chủ tịch | -",
      "Cầm Thị Hương | start | Phó Chủ tịch Thường trực | -",
      "Quàng Văn Dũng | start | Phó Chủ tịch | -",
    ]);
    const board =
      "Hội nghị đã bầu bổ sung Ủy viên Ban Chấp hành Tỉnh đoàn gồm: Lữ Thị Băng (Bí thư Huyện đoàn Con Cuông); Ngô Thành Công (Bí thư Huyện đoàn Diễn Châu).";
    // the post each holds is read, as held
    expect(titles(board)["Lữ Thị Băng"]).toContain("Bí thư Huyện đoàn Con Cuông");
    expect(events(board).filter((e) => e.includes("Huyện đoàn"))).toEqual([]);
  });

  it("does not count a person put forward as elected", () => {
    expect(
      events(
        "Bộ Chính trị giới thiệu ông Nguyễn Văn Nhân, Phó Thủ tướng để Ủy ban Trung ương MTTQ Việt Nam hiệp thương cử giữ chức Chủ tịch, thay ông Huỳnh Văn Đạm.",
      ),
    ).toEqual([]);
  });
});

describe("departures", () => {
  it("ends the post of the one replaced, and of the one the retirement decision is for", () => {
    expect(
      events("Ông Dương Văn Bảy được bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thay ông Lý Văn Tám, đã nghỉ hưu theo chế độ."),
    ).toEqual([
      "Dương Văn Bảy | start | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | -",
      "Lý Văn Tám | end | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | -",
    ]);
    const handedOver = events(
      "Tại hội nghị, ông Võ Văn Thanh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quyết định nghỉ hưu cho bà Lâm Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
    );
    expect(handedOver).toEqual(["Lâm Thị Hoa | end | Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | -"]);
    expect(
      events(
        "Ngày 11-9, công bố Quyết định về việc nghỉ hưu kể từ ngày 1-9 đối với ông Võ Minh Hải, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy và ông Giang Thanh Khải, Phó Chủ tịch UBND tỉnh.",
        "2025-09-11",
      ),
    ).toEqual([
      "Võ Minh Hải | end | Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy | 2025-09-01",
      "Giang Thanh Khải | end | Phó Chủ tịch UBND tỉnh | 2025-09-01",
    ]);
  });
});

describe("names and titles as real reports write them", () => {
  it("reads one post across a dash or comma, and a province with a hyphen", () => {
    expect(titles("Ông Trần Thanh Mẫn giữ chức Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam.")["Trần Thanh Mẫn"]).toEqual([
      "Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam",
    ]);
    expect(titles("Bà Hoàng Thị Hiền - Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh - phát biểu.")["Hoàng Thị Hiền"]).toEqual([
      "Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh",
    ]);
    expect(titles("Ông Đinh Văn Toàn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu (cũ) phát biểu.")["Đinh Văn Toàn"]).toEqual([
      "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu (cũ)",
    ]);
    expect(titles("Bà Hà Thị Nhung được bầu giữ chức chủ tịch Hội Liên hiệp phụ nữ Việt Nam.")["Hà Thị Nhung"]).toEqual([
      "chủ tịch Hội Liên hiệp phụ nữ Việt Nam",
    ]);
  });

  it("finds two-syllable names where a title or a province word makes them plain, and a later given name alone", () => {
    expect(titles("Dự có ông Hà Ban, Ủy viên Trung ương Đảng.")).toEqual({ "Hà Ban": ["Ủy viên Trung ương Đảng"] });
    expect(Object.keys(titles("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Dũng, thừa ủy quyền, chủ trì buổi họp."))).toEqual(["Lê Dũng"]);
    expect(titles("Anh Bùi Văn Hưng, Bí thư Đoàn Thanh niên phường phát biểu.")).toEqual({
      "Bùi Văn Hưng": ["Bí thư Đoàn Thanh niên phường"],
    });
    const later = titles("Ông Võ Đức Trung giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Ông Trung từng là Chủ tịch UBND huyện Tân Châu.");
    expect(later).toEqual({ "Võ Đức Trung": ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch UBND huyện Tân Châu"] });
  });
});

describe("lists and later mentions", () => {
  it("gives a list's shared post to each person, however the list is written", () => {
    const elected = events(
      "Hội nghị đã bầu Ban Thường vụ. Ông Nguyễn Huy Khang, Phó Chủ tịch LĐLĐ thành phố khóa XVII phát biểu. Hội nghị đã bầu các ông bà: Lê Đình Hùng, Nguyễn Huy Khang, Nguyễn Thị Thu Thủy giữ chức Phó Chủ tịch LĐLĐ thành phố khóa XVIII.",
    );
    // Khang, titled before the list, is elected too
    const started = elected.filter((e) => e.includes("| start |")).map((e) => e.split(" | ")[0]);
    expect(started.sort()).toEqual(["Lê Đình Hùng", "Nguyễn Huy Khang", "Nguyễn Thị Thu Thủy"]);
    expect(
      titles("Các đại biểu đã cử bà Triệu Lệ Khang, ông Vũ Thanh Lưu (đều là Phó Chủ tịch Ủy ban MTTQ TP HCM khóa X) tiếp tục."),
    ).toEqual({
      "Triệu Lệ Khang": ["Phó Chủ tịch Ủy ban MTTQ TP HCM"],
      "Vũ Thanh Lưu": ["Phó Chủ tịch Ủy ban MTTQ TP HCM"],
    });
    expect(titles("Ông Lê Hoàng Việt, Chủ tịch HĐND/Chủ tịch Hội đồng bầu cử huyện chủ trì.")["Lê Hoàng Việt"]).toEqual([
      "Chủ tịch HĐND",
      "Chủ tịch Hội đồng bầu cử huyện",
    ]);
  });

  it("reads each item of a list headed by the election, with the item's own effective date", () => {
    expect(
      events(
        "Ủy ban Thường vụ Quốc hội đã phê chuẩn kết quả bầu: Phó Chủ tịch Hội đồng nhân dân tỉnh Thái Bình khóa XVII đối với ông Nguyễn Xuân Khanh kể từ ngày 24/6; Phó Chủ tịch Hội đồng nhân dân tỉnh Nam Định khóa XIX đối với ông Mai Thanh Lạng kể từ ngày 25/6.",
        "2021",
      ),
    ).toEqual([
      "Nguyễn Xuân Khanh | start | Phó Chủ tịch Hội đồng nhân dân tỉnh Thái Bình | 2021-06-24",
      "Mai Thanh Lạng | start | Phó Chủ tịch Hội đồng nhân dân tỉnh Nam Định | 2021-06-25",
    ]);
  });

  it("follows a sentence opened by 'Ông' about the person just named, within the paragraph", () => {
    const text =
      "Đại biểu Lê Minh Thắng sinh năm 1961. Ông từng giữ chức vụ Chủ tịch UBND huyện Tĩnh Gia trước khi được bổ nhiệm làm Giám đốc Sở Khoa học và Công nghệ tỉnh.";
    expect(titles(text)).toEqual({ "Lê Minh Thắng": ["Chủ tịch UBND huyện Tĩnh Gia", "Giám đốc Sở Khoa học và Công nghệ tỉnh"] });
    expect(titles(text.replace(". Ông", ".\n\nÔng"))).toEqual({ "Lê Minh Thắng": [] });
  });
});

describe("event dates", () => {
  it("reads a day without its year in the report's year, the effective date first, and the meeting's day in the same paragraph", () => {
    expect(dateIn("Ngày 12 tháng 3 năm 2024, Hội nghị đã bầu")).toBe("2024-03-12");
    expect(dateIn("Ngày 11-9, công bố quyết định nghỉ hưu kể từ ngày 1-9", undefined, "2025-09-11")).toBe("2025-09-01");
    expect(dateIn("Sáng 28/12, Đại hội bế mạc", undefined, "2025-01-03")).toBe("2024-12-28");
    expect(dateIn("Ngày 15-3, Ban Thường vụ Tỉnh ủy đã trao quyết định")).toBeNull();
    const text = "Sáng 13/12, Đại hội thông báo kết quả hội nghị lần thứ nhất vào ngày 12/12. Hội nghị đã bầu ông A giữ chức Chủ tịch.";
    expect(dayBefore(text, text.indexOf("Hội nghị đã"), "2018-12-13")).toBe("2018-12-12");
    expect(dayBefore(text.replace(". Hội", ".\n\nHội"), text.indexOf("Hội nghị đã") + 2, "2018-12-13")).toBeNull();
  });
});
