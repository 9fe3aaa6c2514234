/**
 * How far a typed word may be from what the reader meant, and what keyboard
 * slips stand for. Typos follow the rules people know from search engines
 * (Typesense's defaults): one edit in a word of four letters or more, two in
 * one of seven or more, a swap of two neighbouring letters counting as one
 * edit (Damerau). A word no indexed word begins with can only be a slip, so it
 * may take one edit from three letters. Slips: Vietnamese typed without an
 * input method (Telex "tongs", VNI "to61ng", VIQR "to^'ng"), a doubled letter,
 * and y written for i or i for y after a consonant (Lý/Lí, Kỳ/Kì, Quý/Quí).
 */
import { fold } from "../fold";

export const ONE_EDIT_FROM = 4;
export const TWO_EDITS_FROM = 7;
/** A word that begins no indexed word may take one edit from this length. */
export const UNKNOWN_ONE_EDIT_FROM = 3;

/** The edits a typed word may be corrected by: `known` says some indexed word begins with it. */
export function allowedEdits(word: string, known: boolean): number {
  // A number is not a misspelt word ("Phường 12" is not "Phường 13").
  if (/\d/.test(word)) return 0;
  if (word.length >= TWO_EDITS_FROM) return 2;
  if (word.length >= ONE_EDIT_FROM) return 1;
  return !known && word.length >= UNKNOWN_ONE_EDIT_FROM ? 1 : 0;
}

// VIQR writes the marks after the vowel: "to^'ng", "va(n", "Hu+ng". Inside a word, a mark
// after a vowel and before a letter is no punctuation; after a consonant it may be a
// name's own apostrophe ("H'Hen"), so it stays.
const VIQR_INSIDE_WORD = /(?<=[aeiouy])(?:[\^(+]['`?~.]?|['`?~.])(?=[a-z])/giu;

/** The typed text with VIQR marks inside words removed, so "to^'ng" stays one word. */
export function withoutViqrMarks(raw: string): string {
  return raw.replace(VIQR_INSIDE_WORD, "");
}

// Vietnamese syllables never hold these after their first vowel; Telex types the tones with them.
const TELEX_TONES_AFTER_VOWEL = /(?<=[aeiouy][a-z]*)[sfrxjz]/g;

/** A folded word read as Telex: hats (aa, ee, oo, aw, ow, uw, dd) and tones (s f r x j) taken out. */
function telexReading(word: string): string {
  return word
    .replace(/dd/g, "d")
    .replace(/([aeo])\1/g, "$1")
    .replace(/([aou])w/g, "$1")
    .replace(/w/g, "u")
    .replace(TELEX_TONES_AFTER_VOWEL, "");
}

const Y_OR_I_AFTER_CONSONANT = /^(qu|[bdhklmnstv])([yi])$/;

/**
 * The words a folded typed word may stand for besides itself: its Telex and VNI
 * readings, the word with a doubled letter single, and y for i after a consonant.
 * The caller keeps those the index holds.
 */
export function slipReadings(word: string): string[] {
  const readings = new Set<string>();
  if (/\d/.test(word) && /[a-z]/.test(word)) readings.add(word.replace(/\d/g, ""));
  readings.add(telexReading(word));
  // One letter typed twice ("nguyeen", "thanhh"); a longer run is no slip.
  const doubled = word.match(/([a-z])\1/g);
  if (doubled?.length === 1 && !/([a-z])\1\1/.test(word)) readings.add(word.replace(/([a-z])\1/, "$1"));
  const yi = Y_OR_I_AFTER_CONSONANT.exec(word);
  if (yi) readings.add(yi[1] + (yi[2] === "y" ? "i" : "y"));
  readings.delete(word);
  // A slip adds a letter or three (a tone, a hat), never most of the word.
  return [...readings].filter((reading) => reading.length >= 2 && reading.length >= word.length - 3);
}

/** Optimal string alignment distance (Damerau: a swap of neighbours is one edit), or max + 1 once past `max`. */
export function damerauDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}

// ---- tone marks, for ranking a name typed with them ----

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word's letters, hats and tone, wherever the tone was placed: "Thủy" and
 * "Thuỷ" (old and new placement) compare equal, "Hùng" and "Hưng" do not.
 */
export function markSignature(word: string): string {
  const decomposed = word.normalize("NFD").toLowerCase();
  const tones = decomposed.match(TONE_MARKS)?.join("") ?? "";
  return decomposed.replace(TONE_MARKS, "") + tones;
}

/** The text carries some tone mark, vowel hat or đ: the reader typed marks, so they count. */
export function hasMarks(text: string): boolean {
  return fold(text) !== text.toLowerCase().normalize("NFC");
}
