/**
 * Plausible Vietnamese personal names: surname, one or two middle names, given
 * name. Surname weights follow the commonly cited shares (Nguyễn ≈ 38 %); middle
 * names carry the gender where Vietnamese usage does (Thị for women, Văn for men).
 * A share of names comes from the Mông and Thái naming traditions of the
 * north-western provinces instead.
 */
import { Random, Weighted } from "./random";

export type Gender = "female" | "male";

export interface GeneratedName {
  fullName: string;
  gender: Gender;
  ethnicity: string;
}

export interface NameOptions {
  /** Fixed when the post implies it (the Women's Union is chaired by a woman). */
  gender?: Gender;
  /** Probability of a woman when `gender` is not fixed. */
  femaleShare?: number;
  /** Probability that the name follows a minority tradition rather than the Kinh one. */
  minorityShare?: number;
}

const KINH_SURNAMES = new Weighted<string>([
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Phan", 4.5],
  ["Hoàng", 3.4],
  ["Huỳnh", 2.4],
  ["Vũ", 2.4],
  ["Võ", 1.5],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Đinh", 0.7],
  ["Trịnh", 0.5],
  ["Đào", 0.5],
  ["Hà", 0.5],
  ["Mai", 0.4],
  ["Cao", 0.4],
  ["Lương", 0.4],
  ["Lưu", 0.3],
  ["Nông", 0.3],
  ["Tạ", 0.3],
  ["Chu", 0.2],
  ["Tống", 0.2],
  ["Triệu", 0.2],
  ["Kiều", 0.1],
  ["Lã", 0.1],
]);

interface Tradition {
  ethnicity: string;
  surnames: Weighted<string>;
  middle: Record<Gender, Weighted<string>>;
  given: Record<Gender, readonly string[]>;
  /** Chance of a second middle name after Thị or Văn (Ngô Thị Bích Hạnh, Vừ Thị Mai Dinh). */
  secondMiddle: Record<Gender, number>;
}

const KINH: Tradition = {
  ethnicity: "Kinh",
  surnames: KINH_SURNAMES,
  middle: {
    female: new Weighted([
      ["Thị", 50],
      ["Ngọc", 7],
      ["Thu", 6],
      ["Thanh", 6],
      ["Minh", 4],
      ["Kiều", 3],
      ["Bích", 3],
      ["Hồng", 4],
      ["Phương", 3],
      ["Mai", 3],
      ["Thúy", 3],
      ["Kim", 3],
      ["Hoài", 2],
      ["Diệu", 2],
      ["Quỳnh", 1],
    ]),
    male: new Weighted([
      ["Văn", 45],
      ["Đức", 8],
      ["Minh", 7],
      ["Hữu", 6],
      ["Quang", 6],
      ["Thanh", 5],
      ["Ngọc", 3],
      ["Công", 4],
      ["Xuân", 3],
      ["Đình", 4],
      ["Quốc", 4],
      ["Mạnh", 2],
      ["Trọng", 2],
      ["Bá", 2],
      ["Duy", 2],
      ["Tuấn", 2],
    ]),
  },
  given: {
    female: [
      "Lan",
      "Hương",
      "Hạnh",
      "Hằng",
      "Thảo",
      "Trang",
      "Linh",
      "Ngọc",
      "Huyền",
      "Dung",
      "Hà",
      "Hoa",
      "Mai",
      "Nga",
      "Yến",
      "Thủy",
      "Vân",
      "Phương",
      "Oanh",
      "Nhung",
      "Loan",
      "Hiền",
      "Điệp",
      "Quỳnh",
      "Giang",
      "Tuyết",
      "Nguyệt",
      "Thắm",
      "Xuân",
      "Hồng",
      "Liên",
      "Nhàn",
      "Huệ",
      "Thoa",
      "Ánh",
      "Duyên",
      "Đào",
      "Châu",
      "Trinh",
      "Thư",
      "My",
      "Uyên",
      "Chi",
      "Anh",
      "Ngân",
      "Khánh",
      "Mỹ",
      "Hải",
      "Đan",
      "Lụa",
    ],
    male: [
      "Anh",
      "Bình",
      "Cường",
      "Dũng",
      "Đức",
      "Đạt",
      "Định",
      "Đông",
      "Hải",
      "Hùng",
      "Huy",
      "Hưng",
      "Khánh",
      "Khoa",
      "Kiên",
      "Lâm",
      "Long",
      "Lộc",
      "Mạnh",
      "Minh",
      "Nam",
      "Nghĩa",
      "Phong",
      "Phúc",
      "Quang",
      "Quân",
      "Sơn",
      "Tài",
      "Tâm",
      "Thắng",
      "Thành",
      "Thịnh",
      "Toàn",
      "Trung",
      "Tuấn",
      "Tùng",
      "Vinh",
      "Việt",
      "Vũ",
      "Bảo",
      "Chiến",
      "Dương",
      "Hiếu",
      "Hoàng",
      "Lợi",
      "Nhân",
      "Quý",
      "Sỹ",
      "Thạch",
      "Thiện",
      "Tiến",
      "Trọng",
      "Tú",
      "Vĩnh",
      "Kỳ",
      "Nghị",
      "Hỷ",
      "Đoàn",
      "Tĩnh",
      "Luận",
    ],
  },
  secondMiddle: { female: 0.35, male: 0.08 },
};

const MONG: Tradition = {
  ethnicity: "Mông",
  surnames: new Weighted([
    ["Vừ", 3],
    ["Giàng", 4],
    ["Sùng", 3],
    ["Thào", 3],
    ["Hầu", 2],
    ["Mùa", 2],
    ["Lầu", 1],
  ]),
  middle: {
    female: new Weighted([["Thị", 1]]),
    male: new Weighted([
      ["A", 5],
      ["Văn", 3],
      ["Seo", 2],
    ]),
  },
  given: {
    female: ["Mai", "Dinh", "Mỷ", "Dua", "Chua", "Sua", "Dợ", "Máy", "Pà", "Sủa", "Xúa", "Dế"],
    male: ["Páo", "Chứ", "Dính", "Sình", "Pó", "Chống", "Dế", "Súa", "Lử", "Tủa", "Sử", "Dơ", "Phử", "Chá"],
  },
  secondMiddle: { female: 0.3, male: 0 },
};

const THAI: Tradition = {
  ethnicity: "Thái",
  surnames: new Weighted([
    ["Lò", 4],
    ["Quàng", 3],
    ["Tòng", 2],
    ["Lường", 3],
    ["Cầm", 2],
    ["Lù", 1],
  ]),
  middle: {
    female: new Weighted([["Thị", 1]]),
    male: new Weighted([["Văn", 1]]),
  },
  given: {
    female: ["Xuân", "Ỏn", "Hương", "Lả", "Panh", "Thoa", "Ngoan", "Én", "Bun", "Ín", "Duyên"],
    male: ["Inh", "Khánh", "Ơn", "Pấng", "Ín", "Chiến", "Hặc", "Xôm", "Thoan", "Kiên", "Tiến", "Đôi"],
  },
  secondMiddle: { female: 0.15, male: 0 },
};

const MINORITY_TRADITIONS = [MONG, THAI] as const;

const GENDER_MARKERS: Record<Gender, string> = { female: "Thị", male: "Văn" };

/** The usual second middle names. */
const SECOND_MIDDLE: Record<Gender, readonly string[]> = {
  female: ["Bích", "Mai", "Thu", "Kim", "Ngọc", "Thanh", "Hồng", "Minh", "Thúy", "Lan", "Kiều", "Diệu"],
  male: ["Minh", "Quang", "Hoàng", "Anh", "Thành", "Đức"],
};

export function generateName(random: Random, options: NameOptions = {}): GeneratedName {
  const gender = options.gender ?? (random.chance(options.femaleShare ?? 0.45) ? "female" : "male");
  const tradition = random.chance(options.minorityShare ?? 0) ? random.pick(MINORITY_TRADITIONS) : KINH;
  const parts = [tradition.surnames.draw(random), tradition.middle[gender].draw(random)];
  // A second middle name follows the plain gender marker (Ngô Thị Bích Hạnh), not another middle name.
  if (parts[1] === GENDER_MARKERS[gender] && random.chance(tradition.secondMiddle[gender])) {
    parts.push(random.pick(SECOND_MIDDLE[gender]));
  }
  let given = random.pick(tradition.given[gender]);
  // "Nguyễn Thị Mai Mai" does not occur: redraw a given name equal to a middle one.
  while (parts.includes(given)) given = random.pick(tradition.given[gender]);
  parts.push(given);
  return { fullName: parts.join(" "), gender, ethnicity: tradition.ethnicity };
}
