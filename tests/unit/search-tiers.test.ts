import { describe, expect, it } from "vitest";
import { parseQuery, resolveWords } from "@/lib/search/query";
import { searchTiers, sideBySide, tierMayMatch, tierScore } from "@/lib/search/tiers";
import { Vocabulary } from "@/lib/search/vocabulary";
import { SCORES } from "@/lib/search/rank";

describe("searchTiers", () => {
  const vocabulary = new Vocabulary([]);
  it("lists names, then current roles, then former roles", () => {
    const tiers = searchTiers(parseQuery("kieu anh"), { facets: null, vocabulary });
    expect(tiers.map((t) => [t.name, t.index])).toEqual([
      ["name", "names"],
      ["current-role", "roles"],
      ["former-role", "former"],
    ]);
    expect(tiers[0].match).toBe('"kieu"* AND "anh"*');
  });
  it("lists current roles first for a role query, those with the very post title first of all", () => {
    const tiers = searchTiers(parseQuery("bi thu tinh doan"), { facets: null, vocabulary });
    expect(tiers.map((t) => [t.name, t.sideBySide])).toEqual([
      ["current-role", true],
      ["current-role", false],
      ["name", false],
      ["former-role", true],
      ["former-role", false],
    ]);
    expect(tiers[0].match).toBe('("đbđbiđthu" OR "đbđbt") AND "tinh"* AND "doan"*');
  });
  it("applies facet filters and the current/former choice", () => {
    const facets = '"đxp6"';
    const current = searchTiers(parseQuery("lai chau"), { facets, current: true, vocabulary });
    expect(current.map((t) => t.name)).toEqual(["name", "current-role"]);
    expect(current[0].match).toBe('("lai"* AND "chau"*) AND ("đxp6")');
    expect(searchTiers(parseQuery("lai chau"), { facets, current: false, vocabulary }).map((t) => t.name)).toEqual(["name", "former-role"]);
  });
  it("has no tiers for a query without words", () => {
    expect(searchTiers(parseQuery("!!!"), { facets: null, vocabulary })).toEqual([]);
  });
  it("gives tiers' results their band's score", () => {
    const [name] = searchTiers(parseQuery("kieu"), { facets: null, vocabulary });
    expect(tierScore(name, "person", false)).toBe(SCORES.name);
    expect(tierScore(name, "person", true)).toBe(SCORES.nameInRoleQuery);
  });
});

describe("words side by side", () => {
  const vocabulary = new Vocabulary(["nguyen", "van", "tinh", "uy", "lai", "chau", "kieu"].map((word) => [word, 10, 10, 0] as const));
  const read = (q: string) => resolveWords(parseQuery(q), vocabulary);
  it("come first in each index: the query's neighbouring plain words as tokens, a half-typed last one as a prefix", () => {
    const tiers = searchTiers(read("nguyen van th"), { facets: null, vocabulary });
    expect(tiers.map((t) => [t.name, t.sideBySide])).toEqual([
      ["name", true],
      ["name", false],
      ["current-role", true],
      ["current-role", false],
      ["former-role", true],
      ["former-role", false],
    ]);
    expect(tiers[0].match).toBe('"đbnguyenđvan" AND "đbvanđth"*');
  });
  it("leave out phrases and roles, and a word still being typed in the first place", () => {
    expect(sideBySide(read("bi thu tinh uy lai chau"))?.match).toBe('"đbtinhđuy" AND "đbuyđlai" AND "đblaiđchau"');
    expect(sideBySide(read("kieu"))).toBeNull();
    expect(sideBySide(read("hoi lhpn"))).toBeNull();
    expect(sideBySide(read("ng van"))).toBeNull();
  });
});

describe("tierMayMatch", () => {
  // Documents per index: names, roles, former.
  const vocabulary = new Vocabulary([
    ["nguyen", 100, 0, 0],
    ["chu", 50, 50, 0],
    ["tich", 0, 50, 50],
    ["lai", 10, 10, 10],
    ["chau", 10, 10, 10],
  ]);
  const tiers = (q: string) => {
    const query = resolveWords(parseQuery(q), vocabulary);
    return searchTiers(query, { facets: null, vocabulary })
      .filter((t) => tierMayMatch(t, query, vocabulary) && !t.sideBySide)
      .map((t) => t.name);
  };
  it("skips indexes lacking one of the query's words", () => {
    expect(tiers("nguyen")).toEqual(["name"]);
    expect(tiers("chu tich")).toEqual(["current-role"]);
    expect(tiers("lai chau")).toEqual(["name", "current-role", "former-role"]);
  });
  it("keeps short prefixes, whose words are not listed", () => {
    expect(tiers("ng")).toEqual(["name", "current-role", "former-role"]);
  });
});
