import { describe, expect, it } from "vitest";
import { bigramToken, namePairs, pairToken, titleToken, wordBigrams } from "@/lib/search/pairs";
import { parseQuery, resolveWords } from "@/lib/search/query";
import { namesMatch, searchTiers } from "@/lib/search/tiers";
import { Vocabulary, type VocabularyEntry } from "@/lib/search/vocabulary";

describe("namePairs", () => {
  it("holds each pair of distinct words once, in either order", () => {
    expect(namePairs("nguyen van an").split(" ").sort()).toEqual(["đnanđnguyen", "đnanđvan", "đnnguyenđvan"]);
    expect(pairToken("van", "an")).toBe(pairToken("an", "van"));
  });
  it("pairs words across a person's several names, and a repeated word not with itself", () => {
    expect(namePairs("dinh dinh | ba")).toBe("đnbađdinh");
  });
  it("holds nothing for a single word", () => {
    expect(namePairs("hanh")).toBe("");
    expect(namePairs("")).toBe("");
  });
});

describe("wordBigrams", () => {
  it("holds each two neighbouring words of an entry, and each role's very post title", () => {
    const tokens = wordBigrams("chu tich / tinh uy lai chau @  lai chau | pho bi thu / dang uy").split(" ");
    expect(tokens).toEqual(expect.arrayContaining([bigramToken("chu", "tich"), bigramToken("tich", "tinh"), bigramToken("tinh", "uy")]));
    expect(tokens).toEqual(expect.arrayContaining([titleToken("chu tich"), titleToken("pho bi thu")]));
    expect(tokens).not.toContain(bigramToken("chau", "pho"));
    expect(tokens).not.toContain(titleToken("bi thu"));
  });
});

describe("namesMatch", () => {
  // Documents holding each word in the names, roles and former-roles indexes.
  const words: VocabularyEntry[] = [
    ["nguyen", 7600, 10, 0],
    ["van", 5300, 0, 0],
    ["thi", 4500, 0, 0],
    ["manh", 200, 0, 0],
    ["minh", 900, 0, 0],
    ["duyen", 80, 0, 0],
    ["ngo", 3000, 0, 0],
    ["ngoc", 1500, 0, 0],
    ["mai", 600, 0, 0],
    // More words starting with "t" than a short prefix is paired through.
    ..."abcdefghijklm".split("").map((letter) => [`t${letter}`, 10, 0, 0] as const),
  ];
  const vocabulary = new Vocabulary(words);
  const match = (q: string, ...more: VocabularyEntry[]) => {
    const dictionary = more.length ? new Vocabulary([...words, ...more]) : vocabulary;
    return namesMatch(resolveWords(parseQuery(q), dictionary).groups, dictionary);
  };

  it("pairs the group the fewest documents hold (a word and its corrections) with each other group", () => {
    expect(match("nguyen van duyen")).toBe(`"${pairToken("duyen", "nguyen")}" AND "${pairToken("duyen", "van")}"`);
    expect(match("nguyen van manh")).toBe(
      `("${pairToken("manh", "nguyen")}" OR "${pairToken("minh", "nguyen")}") AND ("${pairToken("manh", "van")}" OR "${pairToken("minh", "van")}")`,
    );
  });
  it("pairs a half-typed last word through its few completions", () => {
    expect(match("mai ngo")).toBe(`("${pairToken("mai", "ngo")}" OR "${pairToken("mai", "ngoc")}")`);
  });
  it("pairs each spelling a typo may stand for that names hold, and drops a group the rarest word already satisfies", () => {
    expect(match("nguyenn duyen")).toBe(`"${pairToken("duyen", "nguyen")}"`);
    expect(match("nguyeb duyen", ["nguyet", 50, 0, 0])).toBe(`("${pairToken("duyen", "nguyen")}" OR "${pairToken("duyen", "nguyet")}")`);
    expect(match("nguyen nguyeen duyen")).toBe(`"${pairToken("duyen", "nguyen")}"`);
    expect(match("minh duyen nguyeen")).toBe(
      `("${pairToken("duyen", "minh")}" OR "${pairToken("duyen", "manh")}") AND "${pairToken("duyen", "nguyen")}"`,
    );
  });
  it("asks for a word typed twice once", () => {
    expect(match("van van")).toBe('"van" AND "van"*');
    expect(match("minh minh thi")).toBe(`("${pairToken("minh", "thi")}" OR "${pairToken("manh", "thi")}")`);
  });
  it("keeps a short prefix with many completions, and phrases, as they are", () => {
    expect(match("van t")).toBe('"van" AND "t"*');
    expect(match("nguyen van t")).toBe(`"${pairToken("nguyen", "van")}" AND "t"*`);
    expect(match("chu tich nguyen van")).toBe(`(("chu" AND "tich") OR "ct") AND "${pairToken("nguyen", "van")}"`);
  });
  it("is used by the names tier only", () => {
    const query = resolveWords(parseQuery("nguyen van manh"), vocabulary);
    const tiers = searchTiers(query, { facets: null, vocabulary }).filter((t) => !t.sideBySide);
    const [names, roles] = tiers;
    expect(names.match).toContain(pairToken("manh", "nguyen"));
    expect(roles.match).toBe('"nguyen" AND "van" AND ("manh" OR "minh")');
  });
});
