/**
 * From what a reader typed to what a document must contain: folded words,
 * abbreviations expanded, role words recognised, keyboard slips undone, typos
 * corrected.
 *
 * A query is a list of groups that must all match (in any order). A group
 * matches when any of its alternatives does; an alternative is a list of terms
 * that must all appear. Typed words are prefixes ("kieu an" finds "Kiều Anh")
 * until the dictionary settles them (resolveWords), which also adds what a
 * word may stand for: its slip readings and its corrections (lib/search/spelling.ts).
 */
import { fold } from "../fold";
import { matchEquivalent, phraseToken } from "./equivalents";
import { allowedEdits, hasMarks, markSignature, slipReadings, withoutViqrMarks } from "./spelling";
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
  /** Edits from what was typed: 0 as typed (or a keyboard slip undone), 1 or 2 for a correction. */
  edits: number;
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
  /**
   * When the query was typed with tone marks: each word's marks (lib/search/spelling.ts
   * markSignature), in the order of `words`, so a name with the very marks ranks first.
   */
  marks: string[] | null;
  /** The words as the reader wrote them (marks and case kept), in the order of `words`. */
  written: string[];
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

// A word is letters and digits with any combining marks (decomposed input keeps them).
const TYPED_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The typed words as written (marks kept) and folded, forms of address dropped. */
function typedWords(raw: string): { folded: string[]; written: string[] } {
  const written = [...withoutViqrMarks(raw).matchAll(TYPED_WORD)].map((m) => m[0].slice(0, MAX_WORD_LENGTH));
  const folded = written.map((word) => fold(word).slice(0, MAX_WORD_LENGTH));
  const keep = fillerFree(folded);
  return { folded: folded.filter((_, i) => keep[i]), written: written.filter((_, i) => keep[i]) };
}

export function queryWords(raw: string): string[] {
  return typedWords(raw).folded;
}

/** Which words to keep: all but the fillers, unless the query is nothing else. */
function fillerFree(words: string[]): boolean[] {
  const keep = words.map(() => true);
  for (let i = 0; i < words.length; i++) {
    const filler = FILLER_PHRASES.find((phrase) => phrase.every((w, k) => words[i + k] === w));
    if (filler && words.length > filler.length) {
      for (let k = 0; k < filler.length; k++) keep[i + k] = false;
      i += filler.length - 1;
    }
  }
  return keep;
}

function phraseAlternative(form: string): Alternative {
  return { terms: form.split(" ").map((word) => ({ word, prefix: false })), edits: 0 };
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
  const { folded: words, written } = typedWords(raw);
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
        alternatives: [{ terms: [{ word: words[i], prefix: true }], edits: 0 }],
        role: false,
        plain: true,
      });
      i += 1;
    }
  }
  const kept = groups.flatMap((group) => group.text.split(" "));
  return {
    words: kept,
    groups,
    isRoleQuery: groups.some((group) => group.role),
    marks: written.some(hasMarks) ? written.slice(0, kept.length).map(markSignature) : null,
    written: written.slice(0, kept.length).map((word) => word.normalize("NFC")),
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

/** A word of people's names more than of organisations' names: a surname, a middle or given name. */
function isNameWord(group: Group | undefined, vocabulary: Vocabulary): boolean {
  if (!group?.plain) return false;
  const people = vocabulary.inPeoplesNames(group.text);
  return people > 0 && people > vocabulary.countIn(group.text, 0) - people;
}

/**
 * An abbreviation is read as one only where it cannot be part of a name: one
 * written between two name words ("tran vn minh") is a word of that name, so
 * "vn" does not become "Việt Nam" and bring up every organisation in Vietnam.
 */
function withAbbreviationsInNamesPlain(groups: Group[], vocabulary: Vocabulary): Group[] {
  return groups.map((group, i) => {
    if (group.plain || group.role || group.text.includes(" ")) return group;
    if (!isNameWord(groups[i - 1], vocabulary) || !isNameWord(groups[i + 1], vocabulary)) return group;
    return { ...group, alternatives: [{ terms: [{ word: group.text, prefix: true }], edits: 0 }], plain: true };
  });
}

/** The words a plain typed word may stand for besides itself: slip readings (0 edits), then corrections. */
function readings(word: string, last: boolean, vocabulary: Vocabulary): Alternative[] {
  const known = vocabulary.hasPrefix(word);
  const slips = slipReadings(word)
    .filter((reading) => (last ? vocabulary.hasPrefix(reading) : vocabulary.has(reading)))
    .map((reading) => ({ terms: [settle({ word: reading, prefix: true }, last, vocabulary)], edits: 0 }));
  const typos = vocabulary
    .variants(word, allowedEdits(word, known))
    .filter((variant) => !slips.some((slip) => slip.terms[0].word === variant.word))
    .map((variant) => ({ terms: [{ word: variant.word, prefix: false }], edits: variant.edits }));
  return [...slips, ...typos];
}

/**
 * Checks the query's words against the index's dictionary: settles prefixes
 * (above), marks phrases held as one word, and adds to each plain word what it
 * may stand for (its slip readings and corrections), ranked below it.
 */
export function resolveWords(query: ParsedQuery, vocabulary: Vocabulary): ParsedQuery {
  const groups = withAbbreviationsInNamesPlain(query.groups, vocabulary).map((group, i) => {
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
    return { ...group, alternatives: group.plain ? [...alternatives, ...readings(group.text, last, vocabulary)] : alternatives };
  });
  return { ...query, groups };
}

/** The query with only the alternatives within `maxEdits` of what was typed (0: as typed, slips undone). */
export function withinEdits(query: ParsedQuery, maxEdits: number): ParsedQuery {
  return { ...query, groups: query.groups.map((g) => ({ ...g, alternatives: g.alternatives.filter((alt) => alt.edits <= maxEdits) })) };
}

/** Some group has an alternative beyond `maxEdits`: a looser reading could find more. */
export function hasLooserReading(query: ParsedQuery, maxEdits: number): boolean {
  return query.groups.some((g) => g.alternatives.some((alt) => alt.edits > maxEdits));
}

/** The query without its group at `index` (a word left out to find something: db/queries/search.ts). */
export function withoutGroup(query: ParsedQuery, index: number): ParsedQuery {
  const groups = query.groups.filter((_, i) => i !== index);
  const before = query.groups.slice(0, index).reduce((n, g) => n + g.text.split(" ").length, 0);
  const length = query.groups[index].text.split(" ").length;
  return {
    words: groups.flatMap((group) => group.text.split(" ")),
    groups,
    isRoleQuery: groups.some((group) => group.role),
    marks: query.marks && [...query.marks.slice(0, before), ...query.marks.slice(before + length)],
    written: [...query.written.slice(0, before), ...query.written.slice(before + length)],
  };
}

/** The words of the query's group at `index` as the reader wrote them. */
export function writtenGroup(query: ParsedQuery, index: number): string {
  const before = query.groups.slice(0, index).reduce((n, g) => n + g.text.split(" ").length, 0);
  return query.written.slice(before, before + query.groups[index].text.split(" ").length).join(" ");
}

/** A reading of the query as one person's whole folded name, with the edits it took. */
export interface NameReading {
  name: string;
  edits: number;
}

const MAX_NAME_READINGS = 48;

/**
 * The whole folded names the query may be, fewest edits first: each group read
 * as one of its single words (as typed, a slip undone, or corrected) that
 * `isNameWord` accepts, with two edits at most. Empty when some group cannot be
 * a name word (a phrase, a post, a word no name holds).
 */
export function nameReadings(query: ParsedQuery, isNameWord: (word: string) => boolean): NameReading[] {
  const options = query.groups.map((group) =>
    group.alternatives
      .filter((alt) => alt.terms.length === 1 && !alt.compound && isNameWord(alt.terms[0].word))
      .map((alt) => ({ word: alt.terms[0].word, edits: alt.edits })),
  );
  if (options.length === 0 || options.some((o) => o.length === 0)) return [];
  let readings: NameReading[] = [{ name: "", edits: 0 }];
  for (const found of options) {
    readings = readings
      .flatMap((head) => found.map((o) => ({ name: head.name ? `${head.name} ${o.word}` : o.word, edits: head.edits + o.edits })))
      .filter((r) => r.edits <= 2)
      .sort((a, b) => a.edits - b.edits)
      .slice(0, MAX_NAME_READINGS);
  }
  return readings;
}

const MAX_RESPELLINGS = 6;
const MAX_NEAR = 3;

/**
 * Ways to write one word: an unknown word split in two ("laichau") or its near
 * spellings (two edits from six letters); a known one as it is, or one edit
 * away, which only a respelling (never a silent correction) tries for short words.
 */
function respellWord(word: string, vocabulary: Vocabulary): { options: string[]; known: boolean } {
  if (word.length < 3 || /\d/.test(word)) return { options: [word], known: true };
  if (vocabulary.hasPrefix(word)) {
    return { options: [word, ...vocabulary.variants(word, 1, MAX_NEAR).map((v) => v.word)], known: true };
  }
  const split = vocabulary.split(word);
  const near = vocabulary.variants(word, word.length >= 6 ? 2 : 1, MAX_NEAR).map((v) => v.word);
  const options = split ? [split, ...near] : near;
  return { options: options.length ? options : [word], known: false };
}

/** Positions of the query's words next to an abbreviation of one word, whose reading (abbreviation or name) they decide. */
function besideAbbreviations(query: ParsedQuery): Set<number> {
  const beside = new Set<number>();
  let at = 0;
  for (const group of query.groups) {
    const length = group.text.split(" ").length;
    if (!group.plain && !group.role && length === 1) beside.add(at - 1).add(at + 1);
    at += length;
  }
  return beside;
}

/**
 * Respellings of a query, likeliest first, for when it finds nothing: every
 * unknown word respelt, and at most one known word changed (the later first),
 * but not one beside an abbreviation, which would change how that reads.
 */
export function suggestSpellings(query: ParsedQuery, vocabulary: Vocabulary): string[] {
  const beside = besideAbbreviations(query);
  const words = query.words.map((word, i) => {
    const respelt = respellWord(word, vocabulary);
    return respelt.known && beside.has(i) ? { options: [word], known: true } : respelt;
  });
  let combinations: { words: string[]; changed: number }[] = [{ words: [], changed: 0 }];
  for (const { options, known } of words) {
    combinations = combinations.flatMap((head) =>
      options.map((option, i) => ({ words: [...head.words, option], changed: head.changed + (known && i > 0 ? 1 : 0) })),
    );
    combinations = combinations.filter((c) => c.changed <= 1).slice(0, 64);
  }
  const original = query.words.join(" ");
  return combinations
    .sort((a, b) => a.changed - b.changed)
    .map((c) => c.words.join(" "))
    .filter((respelt) => respelt !== original)
    .slice(0, MAX_RESPELLINGS);
}

/** Every term a group may match, for highlighting. */
export function allTerms(query: ParsedQuery): Term[] {
  return query.groups.flatMap((group) => group.alternatives.flatMap((alt) => alt.terms));
}
