import { describe, expect, it } from "vitest";
import { parseQuery, resolveWords } from "@/lib/search/query";
import { Vocabulary } from "@/lib/search/vocabulary";
import { rankCandidates, scoreCandidate, SCORES, type Candidate } from "@/lib/search/rank";

// Ids as the index writes them: kind << 48 | static rank << 40 | record id (rank ≥ 64: no current role).
const personId = (record: number, rank = 16) => 2 ** 48 + rank * 2 ** 40 + record;
const organizationId = (record: number) => 2 * 2 ** 48 + 16 * 2 ** 40 + record;

const person = (record: number, name: string, about = "", former = "", rank = 16): Candidate => ({
  id: personId(record, rank),
  kind: "person",
  name,
  about,
  former,
});
const organization = (record: number, name: string, about = ""): Candidate => ({
  id: organizationId(record),
  kind: "organization",
  name,
  about,
  former: "",
});

const score = (q: string, c: Candidate) => scoreCandidate(parseQuery(q), c);
const order = (q: string, candidates: Candidate[]) => rankCandidates(parseQuery(q), candidates).map((c) => c.id % 2 ** 40);

describe("score bands", () => {
  const kieuAnh = person(1, "hoang kieu anh", "pho chu tich / uy ban mttq viet nam tinh lai chau lai chau");
  it("puts an exact full name first, then a name the query begins, then any word order", () => {
    expect(score("hoang kieu anh", kieuAnh)).toBeGreaterThanOrEqual(SCORES.exactName);
    const prefix = score("hoang kieu a", kieuAnh);
    const anyOrder = score("anh kieu", kieuAnh);
    expect(prefix).toBeGreaterThan(SCORES.namePrefix - 10);
    expect(prefix).toBeLessThan(SCORES.exactName);
    expect(anyOrder).toBeLessThan(SCORES.namePrefix - 10);
    expect(anyOrder).toBeGreaterThan(SCORES.name - 10);
  });
  it("matches roles through one role above several", () => {
    const ngo = person(
      2,
      "ngo thi bich hanh",
      "chu tich / hoi lien hiep phu nu tinh lai chau lai chau | pho chu tich / uy ban mttq viet nam tinh lai chau lai chau",
    );
    expect(score("chu tich hoi phu nu", ngo)).toBeGreaterThan(SCORES.oneCurrentRole);
    expect(score("hoi phu nu uy ban mttq", ngo)).toBeLessThan(SCORES.oneCurrentRole);
    expect(score("hoi phu nu uy ban mttq", ngo)).toBeGreaterThan(SCORES.currentRoles - 10);
  });
  it("ranks former roles below current ones, and words found nowhere at zero", () => {
    const former = person(3, "le van a", "", "chu tich / hoi nong dan tinh lai chau lai chau", 80);
    expect(score("chu tich hoi nong dan", former)).toBeLessThan(SCORES.currentRoles);
    expect(score("chu tich hoi nong dan", former)).toBeGreaterThan(SCORES.oneFormerRole);
    expect(score("bi thu", former)).toBe(0);
  });
  it("matches across a person's name and current roles only below every match within one text", () => {
    const across = score("hoang kieu anh pho chu tich", kieuAnh);
    expect(across).toBeGreaterThanOrEqual(SCORES.nameAndRole - 10);
    expect(across).toBeLessThan(SCORES.organizationPlace);
    expect(score("hoang kieu anh ha noi", kieuAnh)).toBe(0);
  });
  it("scores organisations by name, then by place", () => {
    const union = organization(
      4,
      "hoi lien hiep phu nu tinh lai chau |  | lai chau province women s union",
      "lai chau | uy ban mttq viet nam tinh lai chau",
    );
    expect(score("hoi lien hiep phu nu tinh lai chau", union)).toBeGreaterThanOrEqual(SCORES.exactOrganizationName);
    expect(score("hoi lhpn lai chau", union)).toBeGreaterThan(SCORES.organizationName - 10);
    expect(score("ubmttq lai chau", union)).toBeGreaterThan(SCORES.organizationPlace - 10);
    expect(score("ubmttq lai chau", union)).toBeLessThan(SCORES.organizationName - 10);
    expect(score("hoi lhpn ubmttq", union)).toBe(0);
  });
});

describe("finer rules", () => {
  it("prefers the very post title a role query names", () => {
    const chair = person(1, "a", "chu tich / hoi nong dan tinh lai chau");
    const viceChair = person(2, "b", "pho chu tich / hoi nong dan tinh lai chau");
    expect(order("chu tich hoi nong dan", [viceChair, chair])).toEqual([1, 2]);
    const standing = person(3, "c", "pho chu tich thuong truc / uy ban mttq tinh lai chau");
    const vice = person(4, "d", "pho chu tich / uy ban mttq tinh lai chau");
    expect(order("pho chu tich ubmttq", [standing, vice])).toEqual([4, 3]);
  });
  it("prefers whole words to prefixes and corrections", () => {
    const whole = person(1, "tran van an");
    const prefix = person(2, "tran van anh");
    expect(order("tran van an", [prefix, whole])).toEqual([1, 2]);
  });
  it("prefers current holders on equal matches, and keeps the given order on ties", () => {
    const former = person(1, "le van nam", "", "uy vien / x", 80);
    const current = person(2, "le van nam khanh", "uy vien / x");
    expect(order("le van na", [former, current])).toEqual([2, 1]);
    const a = person(5, "dao van binh", "uy vien / x");
    const b = person(6, "dao van binh", "uy vien / x");
    expect(order("dao binh", [b, a])).toEqual([6, 5]);
  });
  it("puts role matches above name matches for role queries", () => {
    const named = person(1, "bi thu lan");
    const secretary = person(2, "vu thi mai dinh", "bi thu / doan thanh nien cong san ho chi minh tinh lai chau");
    expect(order("bi thu", [named, secretary])).toEqual([2, 1]);
  });
});

describe("the signals of issue 18: order, typos, marks, words side by side", () => {
  const resolved = (q: string, words: string[]) =>
    resolveWords(parseQuery(q), new Vocabulary(words.map((word) => [word, 10, 10, 0] as const)));
  const rank = (q: string, words: string[], candidates: Candidate[]) =>
    rankCandidates(resolved(q, words), candidates).map((c) => c.id % 2 ** 40);

  it("lists a prefix's names in the typed order before the same words in another order", () => {
    const inOrder = person(1, "nguyen van thanh");
    const otherOrder = person(2, "nguyen thi van");
    expect(order("nguyen van th", [otherOrder, inOrder])).toEqual([1, 2]);
    // The typed words ending the name (a given name and what comes before it) come first.
    const tail = person(3, "ngo thi bich hanh");
    const middle = person(4, "le bich hanh thu");
    expect(order("bich hanh", [middle, tail])).toEqual([3, 4]);
  });
  it("ranks every word of a name in another order above the name read with a typo", () => {
    const words = ["tran", "thuy", "linh", "minh"];
    const reordered = person(1, "tran thuy linh");
    const typo = person(2, "tran minh thuy");
    expect(rank("tran linh thuy", words, [typo, reordered])).toEqual([1, 2]);
    expect(scoreCandidate(resolved("tran linh thuy", words), typo)).toBeGreaterThan(SCORES.namePrefix - 30);
  });
  it("finds the whole name with a word corrected, below the name as typed", () => {
    const words = ["ngo", "thi", "bich", "hang", "hanh"];
    const hanh = person(1, "ngo thi bich hanh");
    const withTypo = scoreCandidate(resolved("ngo thi bich hang", words), hanh);
    expect(withTypo).toBeGreaterThan(SCORES.exactNameWithTypos - 10);
    expect(withTypo).toBeLessThan(SCORES.namePrefix);
    expect(scoreCandidate(resolved("ngo thi bich hanh", words), hanh)).toBeGreaterThanOrEqual(SCORES.exactName);
  });
  it("ranks the name with the very marks typed first", () => {
    const hung = { ...person(1, "nguyen van hung"), marked: "Nguyễn Văn Hùng" };
    const hưng = { ...person(2, "nguyen van hung"), marked: "Nguyễn Văn Hưng" };
    expect(order("Nguyễn Văn Hùng", [hưng, hung])).toEqual([1, 2]);
    expect(order("Nguyễn Văn Hưng", [hung, hưng])).toEqual([2, 1]);
    // Typed without marks, neither is preferred: the given order stands.
    expect(order("nguyen van hung", [hưng, hung])).toEqual([2, 1]);
  });
  it("prefers the body whose words stand side by side as typed, and a place typed in full", () => {
    const words = ["tinh", "uy", "lai", "chau", "xa", "gia", "dien", "tay"];
    const provincial = person(1, "a", "bi thu / tinh uy lai chau @  lai chau");
    const frontsParty = person(2, "b", "bi thu / dang uy uy ban mttq viet nam tinh lai chau @  lai chau");
    expect(rank("bi thu tinh uy lai chau", words, [frontsParty, provincial])).toEqual([1, 2]);
    const giaDien = person(3, "c", "pho chu tich / uy ban mttq viet nam xa gia dien @  gia dien quang tri");
    const giaDienTay = person(4, "d", "pho chu tich / uy ban mttq viet nam xa gia dien tay @  gia dien tay quang tri");
    expect(rank("pho chu tich mttq xa gia dien", words, [giaDienTay, giaDien])).toEqual([3, 4]);
  });
});
