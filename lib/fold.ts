/**
 * Vietnamese text folding: the one place that decides how names compare.
 * NFD splits tone marks and vowel hats off their base letters; đ/Đ has no
 * decomposition, so it is mapped by hand (FTS5's remove_diacritics misses it).
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Words repeat: a short text's fold is kept (bounded), so reading a long article folds each word once. */
const folded = new Map<string, string>();
const FOLDS_KEPT = 50_000;

export function fold(text: string): string {
  if (text.length > 24) return foldText(text);
  let key = folded.get(text);
  if (key === undefined) {
    if (folded.size >= FOLDS_KEPT) folded.clear();
    folded.set(text, (key = foldText(text)));
  }
  return key;
}

function foldText(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/[đĐ]/g, "d").toLowerCase().normalize("NFC");
}

/** Folded text reduced to words of letters and digits, separated by single spaces. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A readable URL slug from any Vietnamese text: "Tống Thanh Bình" → "tong-thanh-binh". */
export function slugify(text: string): string {
  const slug = foldWords(text)
    .replace(/[^a-z0-9 ]/g, "")
    .trim()
    .replace(/ +/g, "-");
  return slug || "x";
}
