/**
 * Ranking rules. A match's kind sets its score band: exact full name, then a
 * name the query begins, then a name holding every word, organisation names,
 * then people through one current role, through several, organisations through
 * their places, people through their name and current roles together, and last
 * through former roles. Role queries ("bí thư tỉnh đoàn")
 * put role matches above name matches. Within a band, exact words beat prefixes
 * and corrections, a fuller match beats a partial one, and current holders (and
 * bodies still in being) come first; ties keep the index's order. As in the
 * index, a query matches within names, within current roles or within former
 * roles; across a name and current roles only when nothing matches within one
 * (db/queries/search.ts).
 */
import { docIsCurrent, entries, splitRole, wordsOf, type DocKind } from "./documents";
import type { ParsedQuery, Term } from "./query";

export const SCORES = {
  exactName: 1000,
  exactOrganizationName: 950,
  namePrefix: 900,
  organizationNamePrefix: 880,
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

/** Matching across a person's several names (a name and another name) ranks below one name. */
const SPLIT_NAME_PENALTY = 20;

const ROLE_TITLE_BONUS = 40;
const QUALIFIED_ROLE_TITLE_BONUS = 30;
const CURRENT_BONUS = 8;
const COVERAGE_BONUS = 5;
const MAX_PENALTY = 10;

export interface Candidate {
  /** The document id (its kind, static rank and record). */
  id: number;
  kind: DocKind;
  name: string;
  about: string;
  former: string;
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

function startsWithWords(name: string[], words: string[]): boolean {
  if (words.length === 0 || words.length > name.length) return false;
  const last = words.length - 1;
  return words.every((w, i) => (i === last ? name[i].startsWith(w) : name[i] === w));
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Scores candidates against one query, remembering each word's match (words recur across candidates). */
export class Scorer {
  private readonly terms: Term[] = [];
  /** Per group, its alternatives as term indexes; a correction is worth 1 at most. */
  private readonly groups: { terms: number[]; cap: number }[][];
  /** The post titles a role query names, in every written form. */
  private readonly roleForms: string[];
  private readonly wordQualities = new Map<string, Uint8Array>();

  constructor(private readonly query: ParsedQuery) {
    this.groups = query.groups.map((group) =>
      group.alternatives.map((alt) => ({
        terms: alt.terms.map((term) => this.terms.push(term) - 1),
        cap: alt.typo ? 1 : 3,
      })),
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
    return Math.max(
      this.nameScore(candidate.name, "person"),
      this.roleScore(candidate.about, SCORES.oneCurrentRole, SCORES.currentRoles),
      this.roleScore(candidate.former, SCORES.oneFormerRole, SCORES.formerRoles),
      this.judge(SCORES.nameAndRole, join([this.textOffer(candidate.name), this.textOffer(candidate.about)], this.terms.length)),
    );
  }

  private organizationScore(candidate: Candidate): number {
    const place = this.textOffer(candidate.about);
    return Math.max(this.nameScore(candidate.name, "organization"), this.judge(SCORES.organizationPlace, place));
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

  /**
   * `base` less the penalty (1 per group found only as a prefix, 2 per group
   * found only as a correction), plus a bonus for covering the text's words when
   * asked; 0 unless every group is found. A group takes its best alternative; an
   * alternative, its worst term.
   */
  private judge(base: number, offer: Offer, coverage = false): number {
    let penalty = 0;
    for (const alternatives of this.groups) {
      let groupQuality = 0;
      for (const alt of alternatives) {
        let q = alt.cap;
        for (const i of alt.terms) q = Math.min(q, offer.quality[i]);
        groupQuality = Math.max(groupQuality, q);
      }
      if (groupQuality === 0) return 0;
      penalty += 3 - groupQuality;
    }
    const covered = coverage && offer.words ? COVERAGE_BONUS * (offer.matchedWords / offer.words) : 0;
    return base - Math.min(penalty, MAX_PENALTY) + covered;
  }

  /** The best of the name's entries (a full name, other names; an organisation's short and English names). */
  private nameScore(column: string, kind: DocKind): number {
    const { words, isRoleQuery } = this.query;
    const names = entries(column).map(wordsOf);
    const person = kind === "person";
    if (names.some((name) => sameWords(name, words))) return person ? SCORES.exactName : SCORES.exactOrganizationName;
    const prefixBase = person
      ? isRoleQuery
        ? SCORES.nameInRoleQuery
        : SCORES.namePrefix
      : isRoleQuery
        ? SCORES.organizationNameInRoleQuery
        : SCORES.organizationNamePrefix;
    const nameBase = person
      ? isRoleQuery
        ? SCORES.nameInRoleQuery
        : SCORES.name
      : isRoleQuery
        ? SCORES.organizationNameInRoleQuery
        : SCORES.organizationName;
    let top = 0;
    for (const name of names) {
      const base = startsWithWords(name, words) ? prefixBase : nameBase;
      top = Math.max(top, this.judge(base, this.offer(name), true));
    }
    if (top === 0 && names.length > 1) top = this.judge(nameBase - SPLIT_NAME_PENALTY, this.offer(names.flat()));
    return top;
  }

  /** Through one role, else through the column's roles together. */
  private roleScore(column: string, single: number, several: number): number {
    if (!column) return 0;
    const roles = entries(column);
    const offers = roles.map((role) => this.textOffer(role));
    let score = 0;
    offers.forEach((offer, i) => {
      const one = this.judge(single, offer);
      if (one) score = Math.max(score, one + this.roleTitleBonus(splitRole(roles[i]).title));
    });
    return roles.length === 1 ? score : Math.max(score, this.judge(several, join(offers, this.terms.length)));
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
