import { describe, expect, it } from "vitest";
import { both, except, matchAll, matchFacets, matchNamePrefix, quote } from "@/lib/search/fts";
import { parseQuery } from "@/lib/search/query";

describe("FTS5 match strings", () => {
  it("quotes every word and marks prefixes", () => {
    expect(matchAll(parseQuery("kieu an"))).toBe('("kieu"* AND "an"*)');
  });
  it("turns alternatives into OR and phrases into AND", () => {
    expect(matchAll(parseQuery("lhpn"), ["name", "about"])).toBe(
      '{name about} : (("lhpn" OR ("lien" AND "hiep" AND "phu" AND "nu")))',
    );
  });
  it("neutralises FTS5 syntax in the input", () => {
    const match = matchAll(parseQuery('NEAR(a b) OR "x" AND y* ^z -w col:v'))!;
    expect(match).toBe('("near"* AND "a"* AND "b"* AND "or"* AND "x"* AND "and"* AND "y"* AND "z"* AND "w"* AND "col"* AND "v"*)');
    expect(quote('a"b')).toBe('"a""b"');
  });
  it("has no match for a query without words", () => {
    expect(matchAll(parseQuery("  ()  "))).toBeNull();
  });
  it("matches names beginning with the typed words, for plain words only", () => {
    expect(matchNamePrefix(parseQuery("Vừ Thị M"))).toBe('{name} : ^"vu thi m"*');
    expect(matchNamePrefix(parseQuery("pct lai chau"))).toBeNull();
  });
  it("combines and excludes", () => {
    expect(both("a", null)).toBe("a");
    expect(both("a", "b")).toBe("(a) AND (b)");
    expect(except("a", "b")).toBe("(a) NOT (b)");
  });
});

describe("matchFacets", () => {
  it("is null without filters", () => {
    expect(matchFacets({})).toBeNull();
  });
  it("writes the facet tokens the index holds", () => {
    expect(matchFacets({ provinceId: 6, level: "province", kind: "member_organization" })).toBe(
      '{facets} : ("đxp6" AND "đxlprovince" AND "đxkmemberorganization")',
    );
    expect(matchFacets({ provinceId: 6, current: true })).toBe('{facets} : ("đcp6")');
    expect(matchFacets({ current: false })).toBe('{facets} : ("đfs")');
  });
});
