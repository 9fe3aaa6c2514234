import { describe, expect, it } from "vitest";
import { editDistance, oneEditAway, Vocabulary } from "@/lib/search/vocabulary";

describe("oneEditAway", () => {
  const edits = oneEditAway("dinh");
  it("covers a wrong, a missing, an extra and a swapped letter", () => {
    expect(edits.has("dimh")).toBe(true);
    expect(edits.has("din")).toBe(true);
    expect(edits.has("dinhh")).toBe(true);
    expect(edits.has("idnh")).toBe(true);
  });
  it("excludes the word itself and anything two edits away", () => {
    expect(edits.has("dinh")).toBe(false);
    expect(edits.has("danhh")).toBe(false);
  });
});

describe("editDistance", () => {
  it("counts edits and stops early past the limit", () => {
    expect(editDistance("nguyen", "nguyen")).toBe(0);
    expect(editDistance("nguyn", "nguyen")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("anhh", "ban", 1)).toBe(2);
  });
});

describe("Vocabulary", () => {
  const vocabulary = new Vocabulary([
    ["anh", 40],
    ["chau", 12],
    ["chu", 20],
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
    expect(vocabulary.hasPrefix("zz")).toBe(false);
  });
  it("corrects only words it does not know, to words of five letters or more", () => {
    expect(vocabulary.corrections("nguyen")).toEqual([]);
    expect(vocabulary.corrections("nguyem")).toEqual(["nguyen", "nguyet"]);
    expect(vocabulary.corrections("chax")).toEqual([]);
  });
  it("finds the nearest words and run-together pairs", () => {
    expect(vocabulary.nearest("anhh", 1)).toEqual(["anh"]);
    expect(vocabulary.nearest("chao", 1)).toEqual(["chau"]);
    expect(vocabulary.split("chuanh")).toBe("chu anh");
    expect(vocabulary.split("chuxyz")).toBeNull();
  });
});
