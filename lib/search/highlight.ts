/**
 * Marks the words of display text (with its tone marks) that a query matched,
 * comparing folded forms, so "kieu an" highlights "Kiều Anh".
 */
import { fold } from "../fold";
import type { Term } from "./query";

export interface Segment {
  text: string;
  match: boolean;
}

// A word is letters and digits with any combining marks (decomposed input keeps them).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

function matches(word: string, terms: readonly Term[]): boolean {
  const folded = fold(word);
  return terms.some((t) => folded === t.word || (t.prefix && folded.startsWith(t.word)));
}

export function highlight(text: string, terms: readonly Term[]): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    push(text.slice(at, found.index), false);
    push(found[0], matches(found[0], terms));
    at = found.index + found[0].length;
  }
  push(text.slice(at), false);
  return segments;
}

/** Of several texts (a person's roles), the one the query's words match most; the first on a tie. */
export function bestMatching(texts: readonly string[], terms: readonly Term[]): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const text of texts) {
    const count = highlight(text, terms).filter((s) => s.match).length;
    if (count > bestCount) [best, bestCount] = [text, count];
  }
  return best;
}
