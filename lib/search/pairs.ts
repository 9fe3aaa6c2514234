/**
 * Word pairs in the names index (db/migrations/0002_name_pairs.sql). A name
 * search ANDs a few words of which some are very common ("nguyen" is in 40% of
 * names, "van" and "thi" in a quarter each), and FTS5's cost follows the
 * length of every list it walks. So the index also holds, for each document,
 * every pair of distinct words in its names as one word ("đn" + both words,
 * in order, "đ" between them), and a query pairs its rarest word with each
 * other one: "nguyen van manh" walks the short lists of (manh, nguyen) and
 * (manh, van) instead of the long ones of nguyen and van.
 */
import { groupMatch, quote } from "./fts";
import { wordsOf } from "./documents";
import type { Group, Term } from "./query";
import type { Vocabulary } from "./vocabulary";

/** Pair words sort from here up to PAIR_END; typed words never hold "đ". */
export const PAIR_START = "đn";
export const PAIR_END = "đo";

export function pairToken(a: string, b: string): string {
  return a < b ? `${PAIR_START}${a}đ${b}` : `${PAIR_START}${b}đ${a}`;
}

/** The pair words of a names column (folded names, " | " between them), space-separated. */
export function namePairs(names: string): string {
  const words = [...new Set(wordsOf(names))];
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) pairs.push(pairToken(words[i], words[j]));
  }
  return pairs.join(" ");
}

/** Tokens of words side by side sort from here up to BIGRAM_END (db/migrations/0003_word_bigrams.sql). */
export const BIGRAM_START = "đb";
export const BIGRAM_END = "đc";

/** The word an index holds for `a` followed by `b`. */
export function bigramToken(a: string, b: string): string {
  return `${BIGRAM_START}${a}đ${b}`;
}

/** The word an index holds for a role's very post title ("chu tich", not "pho chu tich"). */
export function titleToken(title: string): string {
  return `${BIGRAM_START}đ${wordsOf(title).join("đ")}`;
}

/**
 * The tokens of every two neighbouring words within each entry of a column
 * (" | " between entries; a role's " / " and " @ " are no break), and of each
 * role's post title (the words before its " / "), space-separated.
 */
export function wordBigrams(column: string): string {
  const tokens = new Set<string>();
  for (const entry of column.split(" | ")) {
    const words = wordsOf(entry);
    for (let i = 0; i + 1 < words.length; i++) tokens.add(bigramToken(words[i], words[i + 1]));
    const title = entry.indexOf(" / ");
    if (title > 0) tokens.add(titleToken(entry.slice(0, title)));
  }
  return [...tokens].join(" ");
}

/** The dictionary, and how many documents hold a word in the names index. */
export interface NamesDictionary {
  vocabulary: Vocabulary;
  count: (word: string) => number;
}

/**
 * A short prefix ("ng") is paired through its completions only when they are
 * this few; more, and the OR of their pairs costs more than the prefix list.
 */
const MAX_PAIRED_COMPLETIONS = 12;

/** The names words a term stands for, when it can be paired; null when it cannot. */
function termWords(term: Term, names: NamesDictionary): string[] | null {
  if (!term.prefix) return [term.word];
  const completions = term.completions ?? names.vocabulary.completions(term.word, MAX_PAIRED_COMPLETIONS);
  return completions?.filter((word) => names.count(word) > 0) ?? null;
}

/**
 * The names words the group's alternatives stand for; null when some alternative
 * is not a single word or prefix that can be paired, or none stands for any.
 */
function groupWords(group: Group, names: NamesDictionary): string[] | null {
  const words = new Set<string>();
  for (const alt of group.alternatives) {
    if (alt.compound || alt.terms.length !== 1) return null;
    const found = termWords(alt.terms[0], names);
    if (!found) return null;
    found.forEach((word) => words.add(word));
  }
  return words.size > 0 ? [...words] : null;
}

/** An anchor group may stand for this many words (a word and its slips or corrections). */
const MAX_ANCHOR_WORDS = 12;
/** A group is paired with the anchor when the pairs are no more than this many lists. */
const MAX_PAIRS = 96;

/**
 * The groups' MATCH on the names index through pair words, or null when fewer
 * than two groups can be paired (the plain MATCH is then as good). The anchor
 * is the group whose words the fewest documents hold; each other pairable
 * group becomes the OR of its words' pairs with the anchor's words (a word the
 * two share standing for itself), and is left out when every anchor word is
 * one of its own; the rest stay as they are.
 */
export function pairedNamesMatch(groups: Group[], names: NamesDictionary): string | null {
  const words = groups.map((group) => groupWords(group, names));
  const { count } = names;
  const documents = (found: string[]) => found.reduce((sum, word) => sum + count(word), 0);
  let anchor: string[] | null = null;
  for (const found of words) {
    if (found && found.length <= MAX_ANCHOR_WORDS && (anchor === null || documents(found) < documents(anchor))) anchor = found;
  }
  if (anchor === null) return null;
  const parts: string[] = [];
  let paired = false;
  groups.forEach((group, i) => {
    const found = words[i];
    // Whatever holds the anchor holds this group too ("van van", "nguyen nguyeen duyen").
    if (found && anchor!.every((word) => found.includes(word))) return;
    if (!found || found.length * anchor!.length > MAX_PAIRS) return parts.push(groupMatch(group));
    const options = new Set<string>();
    for (const a of anchor!) for (const b of found) options.add(quote(a === b ? a : pairToken(a, b)));
    parts.push(options.size === 1 ? [...options][0] : `(${[...options].join(" OR ")})`);
    paired = true;
  });
  // Two groups may come to the same pairs ("nguyen nguyeen duyen").
  return paired ? [...new Set(parts)].join(" AND ") : null;
}
