import { describe, expect, it } from "vitest";
import { PROVINCES } from "@/db/seed/provinces";
import { fold } from "@/lib/fold";
import { apportion } from "@/db/synthetic/apportion";
import { generateName, type NameOptions } from "@/db/synthetic/names";
import { COMMUNE_LEVEL_UNITS, communeCounts, provinceCommunes } from "@/db/synthetic/places";
import { Random } from "@/db/synthetic/random";
import { SlugRegistry } from "@/db/synthetic/slugs";

function names(seed: number, count: number, options: NameOptions = {}) {
  const random = new Random(seed);
  return Array.from({ length: count }, () => generateName(random, options));
}

/** The five marked Vietnamese tones as combining characters: grave, acute, hook, tilde, dot below. */
const TONES = { huyen: "\u0300", sac: "\u0301", hoi: "\u0309", nga: "\u0303", nang: "\u0323" };

describe("generateName", () => {
  const sample = names(1, 5000);

  it("is deterministic for a seed and differs between seeds", () => {
    expect(names(42, 200)).toEqual(names(42, 200));
    expect(names(43, 200)).not.toEqual(names(42, 200));
  });

  it("writes names with tone marks, every tone among them, and some with đ", () => {
    const marked = sample.filter((name) => fold(name.fullName) !== name.fullName.toLowerCase());
    expect(marked.length / sample.length).toBeGreaterThan(0.9);
    const decomposed = sample.map((name) => name.fullName.normalize("NFD")).join(" ");
    for (const mark of Object.values(TONES)) expect(decomposed).toContain(mark);
    expect(sample.some((name) => /[đĐ]/.test(name.fullName))).toBe(true);
    // Stored in the composed form, as typed text and the fold function expect.
    for (const name of sample) expect(name.fullName).toBe(name.fullName.normalize("NFC"));
  });

  it("builds surname, middle and given name, with Nguyễn about 38 %", () => {
    for (const name of sample) expect(name.fullName.split(" ").length).toBeGreaterThanOrEqual(3);
    const nguyen = sample.filter((name) => name.fullName.startsWith("Nguyễn ")).length / sample.length;
    expect(nguyen).toBeGreaterThan(0.34);
    expect(nguyen).toBeLessThan(0.42);
  });

  it("matches the gender to the middle name where usage does", () => {
    for (const name of sample) {
      const middle = name.fullName.split(" ")[1];
      if (middle === "Thị") expect(name.gender).toBe("female");
      if (middle === "Văn") expect(name.gender).toBe("male");
    }
    expect(names(2, 100, { gender: "female" }).every((name) => name.gender === "female")).toBe(true);
  });

  it("draws Mông and Thái names when asked", () => {
    const minority = names(3, 300, { minorityShare: 1 });
    const surnames = new Set(minority.map((name) => name.fullName.split(" ")[0]));
    expect([...surnames].every((surname) => /^(Vừ|Giàng|Sùng|Thào|Hầu|Mùa|Lầu|Lò|Quàng|Tòng|Lường|Cầm|Lù)$/.test(surname))).toBe(true);
    expect(new Set(minority.map((name) => name.ethnicity))).toEqual(new Set(["Mông", "Thái"]));
  });
});

describe("synthetic places", () => {
  it("spreads the 3,321 commune-level units so that several provinces pass 100", () => {
    const counts = communeCounts(new Random(1), PROVINCES, COMMUNE_LEVEL_UNITS);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(COMMUNE_LEVEL_UNITS);
    expect(counts.filter((count) => count >= 100).length).toBeGreaterThanOrEqual(3);
  });

  it("names a province's units distinctly, with wards, communes and its special zones", () => {
    const quangNinh = PROVINCES.find((province) => province.name === "Quảng Ninh")!;
    const units = provinceCommunes(new Random(1), quangNinh, 120);
    expect(new Set(units.map((unit) => unit.name)).size).toBe(120);
    expect(new Set(units.map((unit) => unit.kind))).toEqual(new Set(["special_zone", "ward", "commune"]));
    expect(units.filter((unit) => unit.kind === "special_zone").map((unit) => unit.name)).toEqual(["Vân Đồn", "Cô Tô"]);
  });
});

describe("SlugRegistry and apportion", () => {
  it("numbers repeated slugs, trying a qualified one first when given", () => {
    const slugs = new SlugRegistry();
    expect(["Nguyễn Văn Hùng", "Nguyễn Văn Hùng", "Nguyen Van Hung"].map((name) => slugs.claim(name))).toEqual([
      "nguyen-van-hung",
      "nguyen-van-hung-2",
      "nguyen-van-hung-3",
    ]);
    expect(slugs.claim("Tân Phú")).toBe("tan-phu");
    expect(slugs.claim("Tân Phú", "Tân Phú Đồng Nai")).toBe("tan-phu-dong-nai");
    expect(slugs.claim("Tân Phú", "Tân Phú Đồng Nai")).toBe("tan-phu-2");
  });

  it("splits a total in proportion, exactly", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [10, 3, 1, 1]).reduce((a, b) => a + b, 0)).toBe(100);
  });
});
