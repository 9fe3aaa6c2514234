import { describe, expect, it } from "vitest";
import { bestMatching, highlight } from "@/lib/search/highlight";

const marked = (text: string, terms: { word: string; prefix: boolean }[]) =>
  highlight(text, terms)
    .filter((s) => s.match)
    .map((s) => s.text);

describe("highlight", () => {
  it("marks words whose folded form matches, keeping the original text", () => {
    const segments = highlight("Hoàng Kiều Anh", [
      { word: "kieu", prefix: true },
      { word: "an", prefix: true },
    ]);
    expect(segments).toEqual([
      { text: "Hoàng ", match: false },
      { text: "Kiều", match: true },
      { text: " ", match: false },
      { text: "Anh", match: true },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("Hoàng Kiều Anh");
  });
  it("matches đ typed as d, and exact terms only whole", () => {
    expect(marked("Đảng ủy Đảng", [{ word: "dang", prefix: false }])).toEqual(["Đảng", "Đảng"]);
    expect(marked("Bình Bí thư", [{ word: "bi", prefix: false }])).toEqual(["Bí"]);
  });
  it("handles decomposed text and text without matches", () => {
    expect(marked("Vừ Thị".normalize("NFD"), [{ word: "vu", prefix: false }])).toEqual(["Vừ".normalize("NFD")]);
    expect(highlight("—", [])).toEqual([{ text: "—", match: false }]);
    expect(highlight("", [])).toEqual([]);
  });
});

describe("bestMatching", () => {
  it("picks the text the query matches most, the first on a tie", () => {
    const roles = ["Bí thư Đảng ủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ"];
    const terms = ["pho", "chu", "tich"].map((word) => ({ word, prefix: false }));
    expect(bestMatching(roles, terms)).toBe(roles[1]);
    expect(bestMatching(roles, [])).toBe(roles[0]);
    expect(bestMatching([], terms)).toBeUndefined();
  });
});
