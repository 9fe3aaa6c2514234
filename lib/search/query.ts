/**
 * From what a reader typed to what a document must contain: folded words,
 * abbreviations expanded, role words recognised, typos corrected.
 *
 * A query is a list of groups that must all match (in any order). A group
 * matches when any of its alternatives does; an alternative is a list of terms
 * that must all appear. Typed words are prefixes ("kieu an" finds "Kiều Anh")
 * until the dictionary settles them (resolveWords).
 */
import { foldWords } from "../fold";
import { matchEquivalent, phraseToken } from "./equivalents";
import type { Vocabulary } from "./vocabulary";

export const MAX_QUERY_GROUPS = 12;
export const MAX_WORD_LENGTH = 40;

export interface Term {
  word: string;
  /** Matches any indexed word starting with `word`. */
  prefix: boolean;
  /**
   * For a prefix, the indexed words it stands for, when the dictionary lists few
   * enough of them: FTS5 can stream a few words in order, whereas a prefix
   * longer than its prefix index (3 letters) is gathered whole before use.
   */
  completions?: string[];
}

export interface Alternative {
  terms: Term[];
  /** A spelling correction rather than what was typed. */
  typo: boolean;
  /**
   * The single word the index holds for these words as a phrase, when it does
   * (lib/search/equivalents.ts phraseToken): FTS5 then walks one list, not several.
   */
  compound?: string;
}

export interface Group {
  /** The folded query words this group stands for. */
  text: string;
  alternatives: Alternative[];
  /** The words name a post ("bi thu", "pct"). */
  role: boolean;
  /** A single word typed as is (not an abbreviation or role phrase). */
  plain: boolean;
}

export interface ParsedQuery {
  /** The folded query words, in order. */
  words: string[];
  groups: Group[];
  /** Some group names a post, so role matches outrank name matches. */
  isRoleQuery: boolean;
}

/**
 * How a report addresses a person ("ông", "bà", "anh", "chị", "cô") before the
 * name. Unlike the fillers below these are also name words (the surname Ông,
 * the given name Anh), so the search drops one only when the query as typed
 * finds nothing.
 */
const ADDRESS_WORDS = ["ong", "ba", "anh", "chi", "co"];

/** The query without a leading form of address followed by a name of two words or more; null when it has none. */
export function withoutAddress(raw: string): string | null {
  const words = queryWords(raw);
  return words.length >= 3 && ADDRESS_WORDS.includes(words[0]) ? words.slice(1).join(" ") : null;
}

/** Words that only address the person ("đồng chí", "đ/c") and say nothing about them. */
const FILLER_PHRASES = [
  ["dong", "chi"],
  ["d", "c"],
];

export function queryWords(raw: string): string[] {
  const words = foldWords(raw)
    .split(" ")
    .filter(Boolean)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  return dropFillers(words);
}

function dropFillers(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const filler = FILLER_PHRASES.find((phrase) => phrase.every((w, k) => words[i + k] === w));
    if (filler && words.length > filler.length) i += filler.length - 1;
    else out.push(words[i]);
  }
  return out;
}

function phraseAlternative(form: string): Alternative {
  return { terms: form.split(" ").map((word) => ({ word, prefix: false })), typo: false };
}

/**
 * Drops forms that contain all the words of a shorter one: words need not be
 * adjacent, so whatever holds "uy ban mat tran to quoc" holds "uy ban mat tran".
 */
function withoutRedundant(alternatives: Alternative[]): Alternative[] {
  const sets = alternatives.map((alt) => new Set(alt.terms.map((t) => t.word)));
  const within = (small: Set<string>, big: Set<string>) => [...small].every((w) => big.has(w));
  // Redundant: another form's words are all among its own (a duplicate keeps its first copy).
  const redundant = (i: number) => sets.some((other, j) => j !== i && within(other, sets[i]) && (other.size < sets[i].size || j < i));
  return alternatives.filter((_, i) => !redundant(i));
}

/** Splits the words into groups, expanding abbreviations and recognising role phrases. */
export function parseQuery(raw: string): ParsedQuery {
  const words = queryWords(raw);
  const groups: Group[] = [];
  for (let i = 0; i < words.length && groups.length < MAX_QUERY_GROUPS;) {
    const match = matchEquivalent(words, i);
    if (match) {
      groups.push({
        text: words.slice(i, i + match.length).join(" "),
        alternatives: withoutRedundant(match.cls.forms.map(phraseAlternative)),
        role: match.cls.role,
        plain: false,
      });
      i += match.length;
    } else {
      groups.push({
        text: words[i],
        alternatives: [{ terms: [{ word: words[i], prefix: true }], typo: false }],
        role: false,
        plain: true,
      });
      i += 1;
    }
  }
  return {
    words: groups.flatMap((group) => group.text.split(" ")),
    groups,
    isRoleQuery: groups.some((group) => group.role),
  };
}

/** Longest prefix FTS5 answers from its prefix index (prefix='1 2 3' in the migration). */
const INDEXED_PREFIX_LENGTH = 3;
const MAX_COMPLETIONS = 24;

/**
 * How the dictionary settles a typed word. The last word may be half typed, so
 * it stays a prefix; an earlier word that is a whole indexed word is taken as
 * that word ("an kieu" means An, not Anh), since a short prefix stands for
 * thousands of documents; an earlier word that is no word by itself ("ng van
 * a") stays a prefix. A prefix longer than FTS5's prefix index lists its
 * completions.
 */
function settle(term: Term, last: boolean, vocabulary: Vocabulary): Term {
  if (!term.prefix) return term;
  if (!last && vocabulary.has(term.word)) return { word: term.word, prefix: false };
  if (term.word.length <= INDEXED_PREFIX_LENGTH) return term;
  const completions = vocabulary.completions(term.word, MAX_COMPLETIONS);
  return completions ? { ...term, completions } : term;
}

/** Marks a phrase of whole words the index also holds as one word. */
function withCompound(alt: Alternative, vocabulary: Vocabulary): Alternative {
  if (alt.terms.length < 2 || alt.terms.some((t) => t.prefix)) return alt;
  const phrase = alt.terms.map((t) => t.word).join(" ");
  return vocabulary.holdsPhrase(phrase) ? { ...alt, compound: phraseToken(phrase) } : alt;
}

/**
 * Checks the query's words against the index's dictionary: settles prefixes
 * (above), marks phrases held as one word, and adds corrections of plain words
 * it does not know.
 */
export function resolveWords(query: ParsedQuery, vocabulary: Vocabulary): ParsedQuery {
  const groups = query.groups.map((group, i) => {
    const last = i === query.groups.length - 1;
    const alternatives = group.alternatives.map((alt) =>
      withCompound(
        {
          ...alt,
          terms: alt.terms.map((t) => settle(t, last, vocabulary)),
        },
        vocabulary,
      ),
    );
    const corrections = group.plain ? vocabulary.corrections(group.text) : [];
    return {
      ...group,
      alternatives: [...alternatives, ...corrections.map((word) => ({ terms: [{ word, prefix: false }], typo: true }))],
    };
  });
  return { ...query, groups };
}

const MAX_RESPELLINGS = 6;

/** Ways to write one word the index does not know: run-together words split, near spellings. */
function respellWord(word: string, vocabulary: Vocabulary): string[] {
  if (word.length < 3 || vocabulary.hasPrefix(word)) return [word];
  const split = vocabulary.split(word);
  const near = vocabulary.nearest(word, word.length >= 6 ? 2 : 1, 3);
  return split ? [split, ...near] : near.length ? near : [word];
}

/**
 * Respellings of a query with unknown words, likeliest first, for "did you mean"
 * after no results; the caller offers the first that finds something.
 */
export function suggestSpellings(query: ParsedQuery, vocabulary: Vocabulary): string[] {
  let combinations: string[][] = [[]];
  for (const word of query.words) {
    const options = respellWord(word, vocabulary);
    combinations = combinations.flatMap((head) => options.map((option) => [...head, option])).slice(0, MAX_RESPELLINGS);
  }
  const original = query.words.join(" ");
  return combinations.map((words) => words.join(" ")).filter((respelt) => respelt !== original);
}

/** Every term a group may match, for highlighting. */
export function allTerms(query: ParsedQuery): Term[] {
  return query.groups.flatMap((group) => group.alternatives.flatMap((alt) => alt.terms));
}
