/**
 * Ranking rules. A match's kind sets its score band: exact full name, the same
 * name with a typo or two, a name the query begins, a name holding the query's
 * words in their order, a name holding every word, organisation names, then
 * people through one current role, through several, organisations through
 * their places, people through their name and current roles together, and last
 * through former roles. Role queries ("bí thư tỉnh đoàn") put role matches
 * above name matches. Within a band: exact words beat prefixes, slips and
 * corrections (each edit costs more); a name typed with tone marks ranks the
 * name with the very marks first (Hùng before Hưng); words the text holds side
 * by side as the query has them ("tỉnh ủy", "xã Kỳ Xá") beat words scattered
 * through it; a fuller match beats a partial one; current holders (and bodies
 * still in being) come first; ties keep the index's order. As in the index, a
 * query matches within names, within current roles or within former roles;
 * across a name and current roles only when nothing matches within one
 * (db/queries/search.ts).
 */
import { docIsCurrent, entries, splitRole, wordsOf, type DocKind } from "./documents";
import type { ParsedQuery, Term } from "./query";
import { fold } from "../fold";
import { markSignature } from "./spelling";

export const SCORES = {
  exactName: 1000,
  /** Every word of the name, in another order ("binh tong thanh"). */
  sameWordsReordered: 960,
  exactOrganizationName: 950,
  namePrefix: 900,
  /** Less TYPO_POINTS per further edit: "ngo thi bich hang" for Ngô Thị Bích Hạnh. */
  exactNameWithTypos: 880,
  organizationNamePrefix: 880,
  /** The query's words one after another inside the name ("bich hanh"). */
  nameInOrder: 860,
  name: 800,
  organizationName: 780,
  oneCurrentRole: 600,
  currentRoles: 500,
  nameInRoleQuery: 450,
  organizationNameInRoleQuery: 420,
  organizationPlace: 400,
  /** Name and current roles holding the query's words between them ("chủ tịch Ngô Thị Bích Hạnh"). */
  nameAndRole: 350,
  oneFormerRole: 300,
  formerRoles: 250,
} as const;

/** A base for judging whether a text holds every group, far above any penalty. */
const FOUND = 10_000;

/** Matching across a person's several names (a name and another name) ranks below one name. */
const SPLIT_NAME_PENALTY = 20;

const ROLE_TITLE_BONUS = 40;
const QUALIFIED_ROLE_TITLE_BONUS = 30;
const CURRENT_BONUS = 8;
const COVERAGE_BONUS = 5;
const MAX_PENALTY = 20;
/** The most a name's score rises above its band (coverage, marks). */
const MAX_NAME_BONUS = 40;
/** Penalty per edit of a correction, beside 1 for a prefix. */
const EDIT_PENALTY = 3;
const TYPO_POINTS = 30;
/** A name's words in the query's order, though not one after another ("nguyen hanh" for Nguyễn Thị Hạnh). */
const ORDER_BONUS = 6;
/** The query's words end the name: partial names are the given name and what comes before it. */
const TAIL_BONUS = 6;
/** Per word typed with the name's very marks (minus, with other marks). */
const MARK_POINTS = 3;
/** Per pair of neighbouring query groups found side by side in the text. */
const PROXIMITY_POINTS = 4;
/** Per last word of the query that is a last word of a role's organisation name: a place typed in full ("xã Gia Điền", not "Gia Điền Tây"). */
const NAME_END_POINTS = 4;
const NAME_END_WORDS = 3;

export interface Candidate {
  /** The document id (its kind, static rank and record). */
  id: number;
  kind: DocKind;
  name: string;
  about: string;
  former: string;
  /** A person's full name as written, with its marks. */
  marked?: string;
}

/**
 * What some words offer the query: per term, 3 if a word is the term, 2 if a
 * word begins with it (prefix terms), else 0; and how many of the words matched.
 * Texts joined together offer the term-wise best of their parts.
 */
interface Offer {
  quality: Uint8Array;
  matchedWords: number;
  words: number;
}

function join(offers: Offer[], terms: number): Offer {
  const quality = new Uint8Array(terms);
  let matchedWords = 0;
  let words = 0;
  for (const offer of offers) {
    for (let i = 0; i < terms; i++) if (offer.quality[i] > quality[i]) quality[i] = offer.quality[i];
    matchedWords += offer.matchedWords;
    words += offer.words;
  }
  return { quality, matchedWords, words };
}

interface AlternativeRef {
  /** Term indexes, in order. */
  terms: number[];
  edits: number;
}

/** How a name's words hold the query's groups in order: one after another, from its start, to its end. */
interface NameOrder {
  contiguous: boolean;
  fromStart: boolean;
  toEnd: boolean;
  /** Edits of the corrections the order uses; 0 when every word is as typed. */
  edits: number;
  /** Every term is a whole word of the name (no half-typed word). */
  whole: boolean;
}

/** Scores candidates against one query, remembering each word's match (words recur across candidates). */
export class Scorer {
  private readonly terms: Term[] = [];
  /** Per group, its alternatives as term indexes. */
  private readonly groups: AlternativeRef[][];
  /** The post titles a role query names, in every written form. */
  private readonly roleForms: string[];
  private readonly wordQualities = new Map<string, Uint8Array>();

  constructor(private readonly query: ParsedQuery) {
    this.groups = query.groups.map((group) =>
      group.alternatives.map((alt) => ({ terms: alt.terms.map((term) => this.terms.push(term) - 1), edits: alt.edits })),
    );
    this.roleForms = query.groups.filter((g) => g.role).flatMap((g) => g.alternatives.map((alt) => alt.terms.map((t) => t.word).join(" ")));
  }

  score(candidate: Candidate): number {
    const score = candidate.kind === "person" ? this.personScore(candidate) : this.organizationScore(candidate);
    if (score === 0) return 0;
    const bonus = docIsCurrent(candidate.id) ? CURRENT_BONUS : 0;
    return Math.round((score + bonus) * 100) / 100;
  }

  private personScore(candidate: Candidate): number {
    const current = this.roleScore(candidate.about, SCORES.oneCurrentRole, SCORES.currentRoles);
    // A role query's match through a current role outranks any through the name, a former role or both.
    if (this.query.isRoleQuery && current > SCORES.nameInRoleQuery + MAX_NAME_BONUS) return current;
    const best = Math.max(
      current,
      this.nameScore(candidate.name, "person", candidate.marked),
      this.roleScore(candidate.former, SCORES.oneFormerRole, SCORES.formerRoles),
    );
    if (best > 0) return best;
    return this.judge(SCORES.nameAndRole, join([this.textOffer(candidate.name), this.textOffer(candidate.about)], this.terms.length));
  }

  private organizationScore(candidate: Candidate): number {
    const place = this.textOffer(candidate.about);
    const byPlace = this.judge(SCORES.organizationPlace, place);
    return Math.max(this.nameScore(candidate.name, "organization"), byPlace && byPlace + this.proximity(candidate.about));
  }

  private offer(words: string[]): Offer {
    const quality = new Uint8Array(this.terms.length);
    let matchedWords = 0;
    for (const word of words) {
      const own = this.qualitiesOf(word);
      let matched = false;
      for (let i = 0; i < own.length; i++) {
        if (own[i] > quality[i]) quality[i] = own[i];
        if (own[i]) matched = true;
      }
      if (matched) matchedWords++;
    }
    return { quality, matchedWords, words: words.length };
  }

  /**
   * What a text offers, found by searching it for each term rather than
   * splitting it into words (the same answer, for a fraction of the work);
   * without the word counts, which only names' coverage bonus uses.
   */
  private textOffer(text: string): Offer {
    const quality = new Uint8Array(this.terms.length);
    this.terms.forEach((term, i) => (quality[i] = termQualityIn(text, term)));
    return { quality, matchedWords: 0, words: 0 };
  }

  private qualitiesOf(word: string): Uint8Array {
    let found = this.wordQualities.get(word);
    if (!found) {
      found = Uint8Array.from(this.terms, (t) => (word === t.word ? 3 : t.prefix && word.startsWith(t.word) ? 2 : 0));
      this.wordQualities.set(word, found);
    }
    return found;
  }

  /** An alternative's penalty in an offer: 1 if a term is found only as a prefix, EDIT_PENALTY per edit; null if a term is missing. */
  private alternativePenalty(alt: AlternativeRef, quality: Uint8Array): number | null {
    let q = 3;
    for (const i of alt.terms) q = Math.min(q, quality[i]);
    return q === 0 ? null : 3 - q + EDIT_PENALTY * alt.edits;
  }

  /**
   * `base` less the penalty (each group's best alternative's), plus a bonus for
   * covering the text's words when asked; 0 unless every group is found.
   */
  private judge(base: number, offer: Offer, coverage = false): number {
    let penalty = 0;
    for (const alternatives of this.groups) {
      let best: number | null = null;
      for (const alt of alternatives) {
        const p = this.alternativePenalty(alt, offer.quality);
        if (p !== null && (best === null || p < best)) best = p;
      }
      if (best === null) return 0;
      penalty += best;
    }
    const covered = coverage && offer.words ? COVERAGE_BONUS * (offer.matchedWords / offer.words) : 0;
    return base - Math.min(penalty, MAX_PENALTY) + covered;
  }

  /**
   * Whether the name holds the groups in the query's order, each group at its
   * cheapest place after the one before, and how: null when it does not.
   */
  private nameOrder(name: string[]): NameOrder | null {
    let at = 0;
    let contiguous = true;
    let first = -1;
    let edits = 0;
    let whole = true;
    for (const alternatives of this.groups) {
      let best: { start: number; end: number; edits: number; whole: boolean } | null = null;
      for (const alt of alternatives) {
        for (let start = at; start + alt.terms.length <= name.length; start++) {
          let fits = true;
          let altWhole = true;
          alt.terms.forEach((t, k) => {
            const q = this.qualitiesOf(name[start + k])[t];
            if (q === 0) fits = false;
            if (q === 2) altWhole = false;
          });
          if (!fits) continue;
          const better = !best || start < best.start || (start === best.start && alt.edits < best.edits);
          if (better) best = { start, end: start + alt.terms.length, edits: alt.edits, whole: altWhole };
          break;
        }
      }
      if (!best) return null;
      if (first === -1) first = best.start;
      else if (best.start !== at) contiguous = false;
      at = best.end;
      edits += best.edits;
      whole &&= best.whole;
    }
    return { contiguous, fromStart: first === 0, toEnd: at === name.length, edits, whole };
  }

  /** Points for the words typed with marks: the name's own marks, or others (lib/search/spelling.ts markSignature). */
  private markPoints(marked: string | undefined): number {
    const typed = this.query.marks;
    if (!typed || !marked) return 0;
    const written = marked.split(/\s+/).map((word) => ({ folded: fold(word), signature: markSignature(word) }));
    let points = 0;
    this.query.words.forEach((word, i) => {
      const same = written.filter((w) => w.folded === word);
      if (same.length === 0) return;
      points += same.some((w) => w.signature === typed[i]) ? MARK_POINTS : -MARK_POINTS;
    });
    return points;
  }

  /** The best of the name's entries (a full name, other names; an organisation's short and English names). */
  private nameScore(column: string, kind: DocKind, marked?: string): number {
    const { isRoleQuery } = this.query;
    const names = entries(column).map(wordsOf);
    const person = kind === "person";
    let top = 0;
    names.forEach((name, i) => {
      // Whether every group is found at all comes first: the band is the dearer question.
      const found = this.judge(FOUND, this.offer(name), true);
      if (found === 0) return;
      const judged = found - FOUND + this.nameBase(name, person, isRoleQuery);
      const extra = person ? (i === 0 ? this.markPoints(marked) : 0) : this.proximity(name.join(" "));
      top = Math.max(top, judged + extra);
    });
    if (top === 0 && names.length > 1) {
      top = this.judge((person ? SCORES.name : SCORES.organizationName) - SPLIT_NAME_PENALTY, this.offer(names.flat()));
    }
    return top;
  }

  /** The band of one name: exact (with typos or not), prefix, in order, or any order; 0 when no order fits. */
  private nameBase(name: string[], person: boolean, isRoleQuery: boolean): number {
    const order = this.nameOrder(name);
    const exact = order && order.contiguous && order.fromStart && order.toEnd && order.whole;
    if (exact) {
      if (order.edits === 0) return person ? SCORES.exactName : SCORES.exactOrganizationName;
      if (person && !isRoleQuery) return SCORES.exactNameWithTypos - TYPO_POINTS * (order.edits - 1);
    }
    if (isRoleQuery) return person ? SCORES.nameInRoleQuery : SCORES.organizationNameInRoleQuery;
    if (person && sameWords(name, this.query.words)) return SCORES.sameWordsReordered;
    if (order?.contiguous && order.fromStart) return person ? SCORES.namePrefix : SCORES.organizationNamePrefix;
    if (!person) return SCORES.organizationName + (order ? ORDER_BONUS + (order.toEnd ? TAIL_BONUS : 0) : 0);
    if (order?.contiguous) return SCORES.nameInOrder + (order.toEnd ? TAIL_BONUS : 0);
    return SCORES.name + (order ? ORDER_BONUS + (order.toEnd ? TAIL_BONUS : 0) : 0);
  }

  /**
   * Points for neighbouring groups found side by side, as typed: "tinh uy" in
   * "Tỉnh ủy Lai Châu" but not in "Đảng ủy Ủy ban MTTQ Việt Nam tỉnh Lai Châu".
   */
  private proximity(text: string): number {
    const padded = ` ${text.replace(/ \/ /g, " ")} `;
    let points = 0;
    for (let g = 0; g + 1 < this.groups.length; g++) {
      const side = this.groups[g].some(
        (a) =>
          a.edits === 0 &&
          this.groups[g + 1].some((b) => b.edits === 0 && adjacent(padded, this.phrase(a), this.phrase(b), this.lastIsPrefix(b))),
      );
      if (side) points += PROXIMITY_POINTS;
    }
    return points;
  }

  private phrase(alt: AlternativeRef): string {
    return alt.terms.map((i) => this.terms[i].word).join(" ");
  }

  private lastIsPrefix(alt: AlternativeRef): boolean {
    return this.terms[alt.terms[alt.terms.length - 1]].prefix;
  }

  /** Through one role, else through the column's roles together. */
  private roleScore(column: string, single: number, several: number): number {
    if (!column) return 0;
    const roles = entries(column);
    const offers = roles.map((role) => this.textOffer(role));
    let score = 0;
    offers.forEach((offer, i) => {
      const one = this.judge(single, offer);
      if (!one) return;
      const { title, rest } = splitRole(roles[i]);
      score = Math.max(score, one + this.roleTitleBonus(title) + this.proximity(roles[i]) + this.nameEndPoints(rest));
    });
    return roles.length === 1 ? score : Math.max(score, this.judge(several, join(offers, this.terms.length)));
  }

  /**
   * Points for the query's last plain words ending the organisation's name as
   * a role names it (db/migrations/0003_word_bigrams.sql marks its end with " @ ").
   */
  private nameEndPoints(rest: string): number {
    const end = rest.indexOf(" @ ");
    if (end === -1) return 0;
    const name = wordsOf(rest.slice(0, end));
    let matched = 0;
    for (let k = 1; k <= NAME_END_WORDS && k <= name.length && k <= this.groups.length; k++) {
      const group = this.query.groups[this.groups.length - k];
      if (!group.plain) break;
      const own = this.qualitiesOf(name[name.length - k]);
      const fits = this.groups[this.groups.length - k].some((alt) => alt.edits === 0 && alt.terms.length === 1 && own[alt.terms[0]] > 0);
      if (!fits) break;
      matched++;
    }
    return matched * NAME_END_POINTS;
  }

  /**
   * A role query's phrase against a post title: the very title (+40), or the title
   * qualified ("pho chu tich" → "pho chu tich thuong truc", +30); but "chu tich"
   * does not fit "pho chu tich", a different post.
   */
  private roleTitleBonus(title: string): number {
    if (this.roleForms.includes(title)) return ROLE_TITLE_BONUS;
    return this.roleForms.some((form) => title.startsWith(`${form} `)) ? QUALIFIED_ROLE_TITLE_BONUS : 0;
  }
}

/** The same words, in any order. */
function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((word, i) => word === sorted[i]);
}

/** `a` then `b` (or a word `b` begins, for a prefix) as whole words of the padded text. */
function adjacent(padded: string, a: string, b: string, bIsPrefix: boolean): boolean {
  const at = padded.indexOf(` ${a} ${b}${bIsPrefix ? "" : " "}`);
  return at !== -1;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `at` belongs to a word (as lib/search/documents.ts wordsOf splits). */
function inWord(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // A low surrogate: test the whole character it ends.
  const start = code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** 3 if some word of the text is the term, 2 if one begins with it (prefix terms), else 0. */
function termQualityIn(text: string, term: Term): number {
  if (!term.word) return 0;
  let quality = 0;
  for (let at = text.indexOf(term.word); at !== -1; at = text.indexOf(term.word, at + 1)) {
    if (inWord(text, at - 1)) continue;
    if (!inWord(text, at + term.word.length)) return 3;
    if (term.prefix) quality = 2;
  }
  return quality;
}

export function scoreCandidate(query: ParsedQuery, candidate: Candidate): number {
  return new Scorer(query).score(candidate);
}

/** Candidates best first; equal scores keep their given order (the index's). */
export function rankCandidates<T extends Candidate>(query: ParsedQuery, candidates: T[]): (T & { score: number })[] {
  const scorer = new Scorer(query);
  const scored = candidates.map((candidate, position) => ({
    candidate: { ...candidate, score: scorer.score(candidate) },
    position,
  }));
  scored.sort((a, b) => b.candidate.score - a.candidate.score || a.position - b.position);
  return scored.map((s) => s.candidate);
}
