/**
 * Words of a title with the abbreviations of Front and Party news spelled out,
 * so that "Hội LHPN", "UBMTTQ", "Đoàn TNCS HCM" read like their full names.
 * Each word keeps the index of the written word it came from, so a name read
 * off the folded words (a board, a place) can be given back as written.
 */
import { fold } from "../fold";

export interface Word {
  /** Folded: lowercase, no tone marks, đ → d. */
  key: string;
  /** Index of the written word this one comes from. */
  from: number;
}

export interface Words {
  words: Word[];
  /** The text the words were read from (NFC). */
  text: string;
  /** Where each written word lies in `text`. */
  spans: { start: number; end: number }[];
}

/**
 * Abbreviations, by their folded form. They count only when written in
 * capitals ("TƯ" is "Trung ương", "tư" is a word), which is how news writes them.
 */
const ABBREVIATIONS: Record<string, string> = {
  ub: "uy ban",
  ubmttq: "uy ban mat tran to quoc",
  ubmttqvn: "uy ban mat tran to quoc viet nam",
  mttq: "mat tran to quoc",
  mttqvn: "mat tran to quoc viet nam",
  ubtwmttq: "uy ban trung uong mat tran to quoc",
  lhpn: "lien hiep phu nu",
  lhtn: "lien hiep thanh nien",
  hlhpn: "hoi lien hiep phu nu",
  ldld: "lien doan lao dong",
  tldld: "tong lien doan lao dong",
  ccb: "cuu chien binh",
  hnd: "hoi nong dan",
  hdnd: "hoi dong nhan dan",
  ubnd: "uy ban nhan dan",
  tncs: "thanh nien cong san",
  hcm: "ho chi minh",
  bch: "ban chap hanh",
  btv: "ban thuong vu",
  btt: "ban thuong truc",
  tw: "trung uong",
  tu: "trung uong",
  tp: "thanh pho",
  tphcm: "thanh pho ho chi minh",
  vn: "viet nam",
  dcsvn: "dang cong san viet nam",
};

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

const isCapitals = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

export function readWords(input: string): Words {
  const text = input.normalize("NFC");
  const words: Word[] = [];
  const spans: Words["spans"] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const written = match[0];
    const from = spans.push({ start: match.index, end: match.index + written.length }) - 1;
    const key = fold(written);
    const expansion = isCapitals(written) ? ABBREVIATIONS[key] : undefined;
    for (const part of (expansion ?? key).split(" ")) words.push({ key: part, from });
  }
  return { words, text, spans };
}

/** Length of `phrase` (folded words separated by spaces) at words[i], or 0. */
const phraseParts = new Map<string, string[]>();

export function matchAt(words: readonly Word[], i: number, phrase: string): number {
  if (words[i] === undefined) return 0;
  let parts = phraseParts.get(phrase);
  if (!parts) phraseParts.set(phrase, (parts = phrase.split(" ")));
  if (words[i].key !== parts[0]) return 0;
  return parts.every((part, n) => words[i + n]?.key === part) ? parts.length : 0;
}

/** The text behind words [start, end), as written (punctuation between them kept). */
export function surfaceOf(read: Words, start: number, end: number): string {
  if (start >= end) return "";
  return read.text.slice(read.spans[read.words[start].from].start, read.spans[read.words[end - 1].from].end);
}
