import { describe, expect, it } from "vitest";
import { both, matchFacets, matchQuery, quote } from "@/lib/search/fts";
import { parseQuery } from "@/lib/search/query";

describe("FTS5 match strings", () => {
  it("quotes every word and marks prefixes", () => {
    expect(matchQuery(parseQuery("kieu an"))).toBe('"kieu"* AND "an"*');
  });
  it("turns alternatives into OR and phrases into AND", () => {
    expect(matchQuery(parseQuery("lhpn"))).toBe('("lhpn" OR ("lien" AND "hiep" AND "phu" AND "nu"))');
  });
  it("neutralises FTS5 syntax in the input", () => {
    const match = matchQuery(parseQuery('NEAR(a b) OR "x" AND y* ^z -w col:v'))!;
    expect(match).toBe('"near"* AND "a"* AND "b"* AND "or"* AND "x"* AND "and"* AND "y"* AND "z"* AND "w"* AND "col"* AND "v"*');
    expect(quote('a"b')).toBe('"a""b"');
  });
  it("has no match for a query without words", () => {
    expect(matchQuery(parseQuery("  ()  "))).toBeNull();
  });
  it("spells out what a long prefix completes to", () => {
    const query = parseQuery("nguy");
    query.groups[0].alternatives[0].terms[0].completions = ["nguy", "nguyen"];
    expect(matchQuery(query)).toBe('("nguy" OR "nguyen")');
    query.groups[0].alternatives[0].terms[0].completions = [];
    expect(matchQuery(query)).toBe('"nguy"');
  });
  it("uses the single word the index holds for a phrase", () => {
    const query = parseQuery("pho chu tich");
    query.groups[0].alternatives[0].compound = "đwphochutich";
    expect(matchQuery(query)).toBe('("đwphochutich" OR "pct")');
  });
  it("combines", () => {
    expect(both("a", null)).toBe("a");
    expect(both("a", "b")).toBe("(a) AND (b)");
  });
});

describe("matchFacets", () => {
  it("is null without filters", () => {
    expect(matchFacets({})).toBeNull();
  });
  it("writes the facet tokens the index holds", () => {
    expect(matchFacets({ provinceId: 6, level: "province", kind: "member_organization" })).toBe(
      '"đxp6" AND "đxlprovince" AND "đxkmemberorganization"',
    );
    expect(matchFacets({ provinceId: 6, current: true })).toBe('"đcp6"');
    expect(matchFacets({ current: false })).toBe('"đfs"');
    expect(matchFacets({ type: "organization" })).toBe('"đto"');
  });
});
