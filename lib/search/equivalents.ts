/**
 * Words readers write in several ways: abbreviations of organisation and role
 * names and the phrases they stand for, all folded. A query phrase that is one
 * form of a class matches any form of it, whichever the record uses.
 */
import { fold } from "../fold";
import { ROLE_TITLES } from "../roles";

export interface EquivalenceClass {
  /** Folded forms, each one or more words. */
  forms: readonly string[];
  /** The forms name a post (a role query), rather than an organisation or place. */
  role: boolean;
}

const ORGANIZATION_FORMS: readonly (readonly string[])[] = [
  ["mttq", "mat tran to quoc", "mat tran"],
  ["ubmttq", "uy ban mttq", "uy ban mat tran to quoc", "uy ban mat tran"],
  ["ubtwmttq", "ubtumttq", "uy ban trung uong mttq", "uy ban trung uong mat tran to quoc"],
  ["tw", "trung uong"],
  ["lhpn", "lien hiep phu nu"],
  ["hlhpn", "hoi lien hiep phu nu"],
  ["ldld", "lien doan lao dong", "cong doan"],
  ["ccb", "cuu chien binh"],
  ["hccb", "hoi cuu chien binh"],
  ["hnd", "hoi nong dan"],
  ["tncs", "thanh nien cong san"],
  ["dtn", "doan thanh nien"],
  ["hcm", "ho chi minh"],
  ["hdnd", "hoi dong nhan dan"],
  ["ubnd", "uy ban nhan dan"],
  ["ub", "uy ban"],
  ["tp", "thanh pho"],
  ["vn", "viet nam"],
  ["dcsvn", "dang cong san viet nam"],
  ["bch", "ban chap hanh"],
  ["btv", "ban thuong vu"],
  ["btt", "ban thuong truc"],
];

/** Shorthand for post titles, besides the titles themselves (lib/roles.ts). */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  ct: "chu tich",
  pct: "pho chu tich",
  pctt: "pho chu tich thuong truc",
  bt: "bi thu",
  pbt: "pho bi thu",
  uv: "uy vien",
  uvbtv: "uy vien ban thuong vu",
  uvbtt: "uy vien ban thuong truc",
  tb: "truong ban",
  ptb: "pho truong ban",
  cvp: "chanh van phong",
};

function roleClasses(): EquivalenceClass[] {
  const titles = new Set(Object.values(ROLE_TITLES).map((t) => fold(t.vi)));
  titles.add("uy vien"); // the generic "member", as in "ủy viên tỉnh ủy"
  return [...titles].map((title) => ({
    forms: [
      title,
      ...Object.entries(ROLE_ABBREVIATIONS)
        .filter(([, long]) => long === title)
        .map(([short]) => short),
    ],
    role: true,
  }));
}

export const EQUIVALENCE_CLASSES: readonly EquivalenceClass[] = [
  ...ORGANIZATION_FORMS.map((forms) => ({ forms, role: false })),
  ...roleClasses(),
];

/** Longest forms first, so "pho chu tich thuong truc" wins over "pho chu tich". */
const FORMS_BY_LENGTH = EQUIVALENCE_CLASSES.flatMap((cls) => cls.forms.map((form) => ({ words: form.split(" "), cls }))).sort(
  (a, b) => b.words.length - a.words.length,
);

/** The class whose form starts `tokens` at `start`, longest first, with the number of words it covers. */
export function matchEquivalent(tokens: readonly string[], start: number): { cls: EquivalenceClass; length: number } | null {
  for (const { words, cls } of FORMS_BY_LENGTH) {
    if (words.every((word, i) => tokens[start + i] === word)) return { cls, length: words.length };
  }
  return null;
}

/**
 * The phrases the index also holds as single words (db/migrations/0001_search_index.sql,
 * search_phrases): every form of several words, whose words are common on their own.
 */
export function indexedPhrases(): string[] {
  return [...new Set(EQUIVALENCE_CLASSES.flatMap((cls) => cls.forms).filter((form) => form.includes(" ")))].sort();
}

/** The single word the index holds for a phrase: "đw" (no typed word has "đ") and the words run together. */
export function phraseToken(phrase: string): string {
  return `đw${phrase.replace(/ /g, "")}`;
}
