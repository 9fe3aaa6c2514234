import { describe, expect, it } from "vitest";
import { fold, foldWords, slugify } from "@/lib/fold";

describe("fold", () => {
  it("removes tone marks and vowel hats and lowercases", () => {
    expect(fold("Tống Thanh Bình")).toBe("tong thanh binh");
    expect(fold("Ngô Thị Bích Hạnh")).toBe("ngo thi bich hanh");
    expect(fold("ỦY BAN")).toBe("uy ban");
  });
  it("folds đ and Đ to d", () => {
    expect(fold("Đỗ Văn Đức")).toBe("do van duc");
  });
  it("treats precomposed and decomposed input alike", () => {
    expect(fold("Vừ".normalize("NFD"))).toBe(fold("Vừ".normalize("NFC")));
  });
});

describe("foldWords and slugify", () => {
  it("collapses punctuation and dashes to single spaces", () => {
    expect(foldWords("Ban Dân chủ - Giám sát  và Phản biện xã hội")).toBe("ban dan chu giam sat va phan bien xa hoi");
  });
  it("makes readable slugs", () => {
    expect(slugify("Ủy ban MTTQ Việt Nam tỉnh Lai Châu")).toBe("uy-ban-mttq-viet-nam-tinh-lai-chau");
    expect(slugify("Tống Thanh Bình")).toBe("tong-thanh-binh");
    expect(slugify("!!!")).toBe("x");
  });
});
