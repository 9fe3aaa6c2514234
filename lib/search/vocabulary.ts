/**
 * The words of the index with how many documents hold each, and the typo rules:
 * one wrong, missing, extra or swapped letter, for words of five or more letters.
 */

/** Shortest dictionary word a typo may be corrected to. */
export const TYPO_MIN_WORD_LENGTH = 5;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const MAX_CORRECTIONS = 6;

/** A word and the number of documents holding it in each index (positions chosen by the caller). */
export type VocabularyEntry = readonly [word: string, ...documents: number[]];

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly perIndex = new Map<string, readonly number[]>();
  private readonly sorted: string[];
  private readonly phrases: ReadonlySet<string>;

  /** `phrases`: those the index also holds as single words (lib/search/equivalents.ts). */
  constructor(entries: Iterable<VocabularyEntry>, phrases: Iterable<string> = []) {
    for (const [word, ...documents] of entries) {
      this.counts.set(
        word,
        documents.reduce((sum, n) => sum + n, 0),
      );
      this.perIndex.set(word, documents);
    }
    // Typed words are matched against words only, not the phrase tokens ("đw…").
    this.sorted = [...this.counts.keys()].filter((word) => !word.startsWith("đ")).sort();
    this.phrases = new Set(phrases);
  }

  holdsPhrase(phrase: string): boolean {
    return this.phrases.has(phrase);
  }

  /** Documents holding `word` in the index at position `index`. */
  countIn(word: string, index: number): number {
    return this.perIndex.get(word)?.[index] ?? 0;
  }

  get size(): number {
    return this.counts.size;
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** Documents holding `word`, all indexes together (0 when none). */
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** Some indexed word starts with `prefix` (the word itself included). */
  hasPrefix(prefix: string): boolean {
    const at = this.lowerBound(prefix);
    return at < this.sorted.length && this.sorted[at].startsWith(prefix);
  }

  /** Position of the first word not below `word` in sorted order. */
  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The indexed words starting with `prefix`, or null when there are more than
   * `max` (then the index's own prefix search is the cheaper way).
   */
  completions(prefix: string, max: number): string[] | null {
    const out: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) {
      if (out.length === max) return null;
      out.push(this.sorted[i]);
    }
    return out;
  }

  /**
   * Indexed words one edit away from `word`, most common first. Empty when `word`
   * is itself indexed or begins one (it is fine as typed), or is too short to judge.
   */
  corrections(word: string): string[] {
    if (word.length < TYPO_MIN_WORD_LENGTH - 1 || this.hasPrefix(word)) return [];
    return [...oneEditAway(word)]
      .filter((candidate) => candidate.length >= TYPO_MIN_WORD_LENGTH && this.has(candidate))
      .sort((a, b) => this.count(b) - this.count(a) || (a < b ? -1 : 1))
      .slice(0, MAX_CORRECTIONS);
  }

  /** Indexed words within `maxDistance` edits of `word`, nearest then most common first. */
  nearest(word: string, maxDistance: number, limit = 5): string[] {
    const found: { word: string; distance: number }[] = [];
    for (const candidate of this.sorted) {
      if (Math.abs(candidate.length - word.length) > maxDistance) continue;
      const distance = editDistance(word, candidate, maxDistance);
      if (distance <= maxDistance) found.push({ word: candidate, distance });
    }
    found.sort((a, b) => a.distance - b.distance || this.count(b.word) - this.count(a.word));
    return found.slice(0, limit).map((f) => f.word);
  }

  /** `word` read as two indexed words run together ("laichau" → "lai chau"), if it can be. */
  split(word: string): string | null {
    for (let i = 2; i <= word.length - 2; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (this.has(left) && this.has(right)) return `${left} ${right}`;
    }
    return null;
  }
}

/** Every string one deletion, substitution, insertion or adjacent swap away from `word`. */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of ALPHABET) {
      out.add(head + letter + tail);
      if (tail) out.add(head + letter + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/** Levenshtein distance when it is at most `max`; otherwise max + 1 (found without finishing). */
export function editDistance(a: string, b: string, max = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}
