import { describe, expect, it } from "vitest";
import { allowedEdits, damerauDistance, hasMarks, markSignature, slipReadings, withoutViqrMarks } from "@/lib/search/spelling";
import { queryWords } from "@/lib/search/query";

describe("allowedEdits", () => {
  it("allows one edit from four letters and two from seven, as search engines do", () => {
    expect(allowedEdits("thi", true)).toBe(0);
    expect(allowedEdits("hang", true)).toBe(1);
    expect(allowedEdits("nguyen", true)).toBe(1);
    expect(allowedEdits("nguyeen", true)).toBe(2);
  });
  it("allows one edit in a three-letter word no indexed word begins with, and none in a number", () => {
    expect(allowedEdits("bnh", false)).toBe(1);
    expect(allowedEdits("vn", false)).toBe(0);
    expect(allowedEdits("2024", false)).toBe(0);
  });
});

describe("damerauDistance", () => {
  it("counts a swap of neighbours as one edit, and stops past the limit", () => {
    expect(damerauDistance("bihn", "binh", 2)).toBe(1);
    expect(damerauDistance("nguyne", "nguyen", 2)).toBe(1);
    expect(damerauDistance("hang", "hanh", 2)).toBe(1);
    expect(damerauDistance("nguyen", "nguyen", 2)).toBe(0);
    expect(damerauDistance("kitten", "sitting", 1)).toBe(2);
  });
});

describe("slipReadings", () => {
  it("reads Telex typed without an input method", () => {
    expect(slipReadings("tongs")).toContain("tong");
    expect(slipReadings("binhf")).toContain("binh");
    expect(slipReadings("nguyeenx")).toContain("nguyen");
    expect(slipReadings("truwowngf")).toContain("truong");
    expect(slipReadings("ddinhf")).toContain("dinh");
    expect(slipReadings("xuaans")).toContain("xuan");
  });
  it("reads VNI digits, a letter typed twice, and y for i after a consonant", () => {
    expect(slipReadings("to61ng")).toContain("tong");
    expect(slipReadings("d9inh2")).toContain("dinh");
    expect(slipReadings("thanhh")).toContain("thanh");
    expect(slipReadings("ly")).toContain("li");
    expect(slipReadings("qui")).toContain("quy");
    expect(slipReadings("thuy")).not.toContain("thui");
  });
  it("never reads a run of one letter, or a word, down to almost nothing", () => {
    expect(slipReadings("qqqqqq")).toEqual([]);
    expect(slipReadings("binh")).toEqual([]);
  });
});

describe("VIQR marks", () => {
  it("keeps a word with marks typed after its vowels whole", () => {
    expect(withoutViqrMarks("to^'ng thanh bi`nh")).toBe("tong thanh binh");
    expect(queryWords("Nguye^~n Va(n A")).toEqual(["nguyen", "van", "a"]);
  });
  it("leaves an apostrophe after a consonant, as in Ê Đê names", () => {
    expect(withoutViqrMarks("H'Hen Niê")).toBe("H'Hen Niê");
  });
});

describe("markSignature", () => {
  it("ignores where the tone was placed but not which tone or hat", () => {
    expect(markSignature("Thủy")).toBe(markSignature("thuỷ"));
    expect(markSignature("Hùng")).not.toBe(markSignature("Hưng"));
    expect(markSignature("Dũng")).not.toBe(markSignature("Dung"));
    expect(markSignature("Đức")).not.toBe(markSignature("Dức"));
  });
  it("tells text typed with marks from text without", () => {
    expect(hasMarks("Nguyễn Văn Hùng")).toBe(true);
    expect(hasMarks("dong chi")).toBe(false);
  });
});
