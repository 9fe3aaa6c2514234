import { describe, expect, it } from "vitest";
import { Vocabulary } from "@/lib/search/vocabulary";

describe("Vocabulary", () => {
  const vocabulary = new Vocabulary([
    ["anh", 40],
    ["binh", 12],
    ["chau", 12],
    ["chu", 20],
    ["hanh", 9],
    ["hang", 30],
    ["nguyen", 50],
    ["nguyet", 2],
  ]);
  it("knows words, counts and prefixes", () => {
    expect(vocabulary.has("anh")).toBe(true);
    expect(vocabulary.count("chu")).toBe(20);
    expect(vocabulary.count("zzz")).toBe(0);
    expect(vocabulary.hasPrefix("ngu")).toBe(true);
    expect(vocabulary.hasPrefix("chau")).toBe(true);
    expect(vocabulary.hasPrefix("chx")).toBe(false);
  });
  it("lists the words within the edits asked, nearest then most common first, never the word itself", () => {
    expect(vocabulary.variants("nguyem", 1).map((v) => v.word)).toEqual(["nguyen", "nguyet"]);
    expect(vocabulary.variants("bihn", 1)).toEqual([{ word: "binh", edits: 1 }]);
    expect(vocabulary.variants("hang", 1).map((v) => v.word)).toEqual(["hanh"]);
    expect(vocabulary.variants("nguyen", 1)).toEqual([{ word: "nguyet", edits: 1 }]);
    expect(vocabulary.variants("nguyeen", 2).map((v) => v.word)).toEqual(["nguyen", "nguyet"]);
    expect(vocabulary.variants("binh", 0)).toEqual([]);
  });
  it("finds run-together pairs", () => {
    expect(vocabulary.split("chuanh")).toBe("chu anh");
    expect(vocabulary.split("chuxyz")).toBeNull();
  });
});
