import { describe, expect, it } from "vitest";
import { allTerms, nameReadings, parseQuery, queryWords, suggestSpellings, resolveWords, withoutGroup } from "@/lib/search/query";
import { Vocabulary } from "@/lib/search/vocabulary";

const forms = (q: string, index = 0) => parseQuery(q).groups[index].alternatives.map((alt) => alt.terms.map((t) => t.word).join(" "));

describe("queryWords", () => {
  it("folds tone marks, đ and case and drops punctuation", () => {
    expect(queryWords("Vừ Thị Mai  Dinh!")).toEqual(["vu", "thi", "mai", "dinh"]);
    expect(queryWords("ĐỖ VĂN ĐỨC")).toEqual(["do", "van", "duc"]);
    expect(queryWords('"NEAR(" a* -b :c ^d')).toEqual(["near", "a", "b", "c", "d"]);
  });
  it("reads decomposed input like precomposed", () => {
    expect(queryWords("Kiều Anh".normalize("NFD"))).toEqual(["kieu", "anh"]);
  });
  it("drops forms of address but keeps a query made only of them", () => {
    expect(queryWords("đồng chí Nguyễn Tuấn Anh")).toEqual(["nguyen", "tuan", "anh"]);
    expect(queryWords("đ/c Tống Thanh Bình")).toEqual(["tong", "thanh", "binh"]);
    expect(queryWords("đồng chí")).toEqual(["dong", "chi"]);
  });
  it("gives nothing for input without letters or digits", () => {
    expect(queryWords("")).toEqual([]);
    expect(queryWords("  \u0000\u0007 ()[]{} 🙂 ")).toEqual([]);
  });
  it("caps very long words", () => {
    expect(queryWords("a".repeat(500))[0]).toHaveLength(40);
  });
});

describe("parseQuery", () => {
  it("makes every plain word a prefix term of its own group", () => {
    const query = parseQuery("kieu an");
    expect(query.groups.map((g) => g.text)).toEqual(["kieu", "an"]);
    expect(query.groups.every((g) => g.plain)).toBe(true);
    expect(query.groups[1].alternatives[0].terms).toEqual([{ word: "an", prefix: true }]);
    expect(query.isRoleQuery).toBe(false);
  });
  it("expands abbreviations to the phrases they stand for", () => {
    expect(forms("ubmttq")).toContain("uy ban mttq");
    expect(forms("ubmttq")).toContain("uy ban mat tran");
    expect(forms("hoi lhpn", 1)).toEqual(["lhpn", "lien hiep phu nu"]);
    expect(forms("LĐLĐ")).toEqual(["ldld", "lien doan lao dong", "cong doan"]);
    expect(forms("CCB")).toContain("cuu chien binh");
    expect(forms("HĐND")).toContain("hoi dong nhan dan");
    expect(forms("UBND")).toContain("uy ban nhan dan");
    expect(forms("TNCS")).toContain("thanh nien cong san");
  });
  it("drops forms that hold all the words of a shorter one", () => {
    expect(forms("ubmttq")).not.toContain("uy ban mat tran to quoc");
    expect(forms("mttq")).toEqual(["mttq", "mat tran"]);
  });
  it("abbreviates the phrases too, so either spelling finds either record", () => {
    expect(forms("mặt trận tổ quốc")).toContain("mttq");
    expect(parseQuery("mat tran to quoc").groups).toHaveLength(1);
  });
  it("recognises role phrases, longest first, as exact words", () => {
    const query = parseQuery("phó chủ tịch thường trực lai châu");
    expect(query.isRoleQuery).toBe(true);
    expect(query.groups[0].text).toBe("pho chu tich thuong truc");
    expect(query.groups[0].alternatives[0].terms.every((t) => !t.prefix)).toBe(true);
    expect(parseQuery("bí thư tỉnh đoàn").groups.map((g) => g.text)).toEqual(["bi thu", "tinh", "doan"]);
    expect(forms("pct")).toEqual(["pho chu tich", "pct"]);
  });
  it("keeps at most 12 groups", () => {
    expect(parseQuery("a b c d e f g h i j k l m n o").groups).toHaveLength(12);
  });
});

describe("resolveWords", () => {
  const vocabulary = new Vocabulary([
    ["nguyen", 50],
    ["tuan", 9],
    ["anh", 40],
    ["thanh", 30],
    ["thinh", 3],
    ["hang", 20],
    ["hanh", 8],
    ["tong", 4],
    ["binh", 6],
  ]);
  const readings = (q: string, index = 0) =>
    resolveWords(parseQuery(q), vocabulary).groups[index].alternatives.map((alt) => [alt.terms[0].word, alt.edits]);
  it("adds corrections of a word as alternatives ranked below it, a swap counting as one edit", () => {
    const alts = resolveWords(parseQuery("nguyn tuan anh"), vocabulary).groups[0].alternatives;
    expect(alts[0]).toEqual({ terms: [{ word: "nguyn", prefix: true, completions: [] }], edits: 0 });
    expect(alts.slice(1)).toEqual([{ terms: [{ word: "nguyen", prefix: false }], edits: 1 }]);
    expect(readings("tong thanh bihn", 2)).toContainEqual(["binh", 1]);
  });
  it("corrects a known word too, towards another real word ('hang' for Hạnh)", () => {
    expect(readings("ngo hang", 1)).toEqual([
      ["hang", 0],
      ["hanh", 1],
    ]);
  });
  it("corrects no word shorter than four letters that some word begins with", () => {
    expect(readings("anh tuan")).toEqual([["anh", 0]]);
  });
  it("reads Telex and doubled letters as the words they stand for, with no edit", () => {
    expect(readings("tongs thanh")).toContainEqual(["tong", 0]);
    expect(readings("thanhh binh")).toContainEqual(["thanh", 0]);
  });
  it("reads an abbreviation between two name words as a word of the name", () => {
    // Documents per index (names, roles), and people whose names hold the word: "minh" is also in bodies' names.
    const names = new Vocabulary(
      [
        ["tran", 50, 1, 0],
        ["minh", 40, 60, 0],
        ["viet", 5, 90, 0],
        ["nam", 5, 90, 0],
        ["hoi", 30, 90, 0],
        ["lai", 10, 90, 0],
      ],
      [],
      new Map([
        ["tran", 50],
        ["minh", 35],
      ]),
    );
    const [, vn] = resolveWords(parseQuery("tran vn minh"), names).groups;
    expect(vn.plain).toBe(true);
    expect(vn.alternatives.map((alt) => alt.terms.map((t) => t.word).join(" "))).toEqual(["vn"]);
    expect(resolveWords(parseQuery("mttq vn"), names).groups[1].alternatives.length).toBeGreaterThan(1);
    // Between words of bodies' names it stays an abbreviation.
    expect(resolveWords(parseQuery("hoi lhpn lai chau"), names).groups[1].plain).toBe(false);
  });
  it("lists the words a prefix longer than three letters completes to", () => {
    const [thanh, ngu] = resolveWords(parseQuery("than ngu"), vocabulary).groups;
    expect(thanh.alternatives[0].terms[0].completions).toEqual(["thanh"]);
    expect(ngu.alternatives[0].terms[0].completions).toBeUndefined();
  });
  it("takes a finished whole word as that word, and keeps the last word and non-words as prefixes", () => {
    const words = new Vocabulary([
      ["an", 5],
      ["anh", 9],
      ["kieu", 3],
      ["van", 8],
    ]);
    const terms = (q: string) => resolveWords(parseQuery(q), words).groups.map((g) => g.alternatives[0].terms[0]);
    expect(terms("an kieu")).toEqual([
      { word: "an", prefix: false },
      { word: "kieu", prefix: true, completions: ["kieu"] },
    ]);
    expect(terms("ng van a").map((t) => t.prefix)).toEqual([true, false, true]);
  });
  it("marks phrases the index holds as one word", () => {
    const words = new Vocabulary(
      [
        ["chu", 9],
        ["tich", 9],
      ],
      ["chu tich"],
    );
    const [role] = resolveWords(parseQuery("chủ tịch"), words).groups;
    expect(role.alternatives.map((alt) => alt.compound)).toEqual(["đwchutich", undefined]);
    const plain = resolveWords(
      parseQuery("chu tich"),
      new Vocabulary([
        ["chu", 9],
        ["tich", 9],
      ]),
    ).groups[0];
    expect(plain.alternatives[0].compound).toBeUndefined();
  });
});

describe("withoutGroup and nameReadings", () => {
  const vocabulary = new Vocabulary([
    ["ngo", 5],
    ["thi", 50],
    ["bich", 8],
    ["hang", 20],
    ["hanh", 8],
  ]);
  it("leave out a group with its words, marks and writing", () => {
    const query = parseQuery("Chủ tịch Ngô Thị Hà Nội");
    const rest = withoutGroup(withoutGroup(query, 4), 3);
    expect(rest.words).toEqual(["chu", "tich", "ngo", "thi"]);
    expect(rest.written.join(" ")).toBe("Chủ tịch Ngô Thị");
    expect(rest.marks).toHaveLength(4);
  });
  it("read the query as whole names, fewest edits first", () => {
    const query = resolveWords(parseQuery("ngo thi bich hang"), vocabulary);
    const names = nameReadings(query, (word) => vocabulary.has(word));
    expect(names[0]).toEqual({ name: "ngo thi bich hang", edits: 0 });
    expect(names).toContainEqual({ name: "ngo thi bich hanh", edits: 1 });
    expect(nameReadings(resolveWords(parseQuery("chu tich"), vocabulary), (word) => vocabulary.has(word))).toEqual([]);
  });
});

describe("suggestSpellings", () => {
  const vocabulary = new Vocabulary([
    ["lai", 10],
    ["chau", 10],
    ["binh", 5],
    ["ban", 500],
    ["tong", 4],
    ["thanh", 30],
  ]);
  it("splits run-together words and respells unknown ones", () => {
    expect(suggestSpellings(parseQuery("laichau"), vocabulary)[0]).toBe("lai chau");
    expect(suggestSpellings(parseQuery("tong thanh bnh"), vocabulary)).toContain("tong thanh binh");
  });
  it("changes at most one known word, the later first", () => {
    const respelt = suggestSpellings(parseQuery("tong thanh binh"), vocabulary);
    expect(respelt.every((r) => r.split(" ").filter((w, i) => w !== ["tong", "thanh", "binh"][i]).length === 1)).toBe(true);
    expect(suggestSpellings(parseQuery("lai chau"), vocabulary)).toEqual([]);
  });
});

describe("allTerms", () => {
  it("lists typed words, expansions and corrections", () => {
    const words = allTerms(parseQuery("hoi lhpn")).map((t) => t.word);
    expect(words).toEqual(["hoi", "lhpn", "lien", "hiep", "phu", "nu"]);
  });
});
