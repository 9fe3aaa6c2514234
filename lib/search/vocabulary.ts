/**
 * The words of the index with how many documents hold each, their prefixes,
 * and the indexed words a misspelt one may stand for (lib/search/spelling.ts
 * says how far a word may be from them).
 */
import { SymSpell } from "mnemonist";

/** The most edits any word is corrected by (lib/search/spelling.ts allowedEdits). */
const MAX_EDITS = 2;
const MAX_VARIANTS = 10;
/** Longer typed words are no one's misspelt name or place; the delete index is not asked about them. */
const MAX_SPELLED_LENGTH = 20;
/** Words whose near spellings are remembered before the memory starts afresh. */
const MAX_REMEMBERED = 20_000;

/** A word and the number of documents holding it in each index (positions chosen by the caller). */
export type VocabularyEntry = readonly [word: string, ...documents: number[]];

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly perIndex = new Map<string, readonly number[]>();
  private readonly sorted: string[];
  private readonly phrases: ReadonlySet<string>;
  private speller?: SymSpell;
  private readonly nearCache = new Map<string, { word: string; edits: number }[]>();

  private readonly people: ReadonlyMap<string, number>;

  /**
   * `phrases`: those the index also holds as single words (lib/search/equivalents.ts);
   * `people`: how many people's names hold each word (the names index also holds organisations').
   */
  constructor(entries: Iterable<VocabularyEntry>, phrases: Iterable<string> = [], people: ReadonlyMap<string, number> = new Map()) {
    this.people = people;
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

  /** People whose names hold `word`. */
  inPeoplesNames(word: string): number {
    return this.people.get(word) ?? 0;
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
   * Indexed words within `maxEdits` (Damerau) of `word`, other than itself:
   * nearest, then most common, first. Found through a symmetric-delete index
   * (mnemonist's SymSpell), built on first use, so the cost does not grow with
   * the dictionary.
   */
  variants(word: string, maxEdits: number, limit = MAX_VARIANTS): { word: string; edits: number }[] {
    if (maxEdits <= 0 || word.length > MAX_SPELLED_LENGTH) return [];
    return this.near(word)
      .filter((v) => v.edits <= maxEdits)
      .slice(0, limit);
  }

  /** Every indexed word within MAX_EDITS of `word`, nearest then most common first; remembered, as queries repeat words. */
  private near(word: string): { word: string; edits: number }[] {
    const known = this.nearCache.get(word);
    if (known) return known;
    this.speller ??= SymSpell.from(this.sorted, { maxDistance: MAX_EDITS, verbosity: 2 });
    const found = this.speller
      .search(word)
      .filter((match) => match.distance > 0)
      .map((match) => ({ word: match.term, edits: match.distance }))
      .sort((a, b) => a.edits - b.edits || this.count(b.word) - this.count(a.word) || (a.word < b.word ? -1 : 1));
    if (this.nearCache.size >= MAX_REMEMBERED) this.nearCache.clear();
    this.nearCache.set(word, found);
    return found;
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
