/**
 * Finding personal names by their shape. A name is 2–5 capitalised syllables
 * starting with a surname. Capitalised runs in news text also hold places
 * ("Lai Châu"), organisations ("Việt Nam") and sentence starts, so each run is
 * split into an optional leading place part and a name part, choosing the
 * split that looks most like "Surname Middle Given".
 */
import {
  BODIES_BEFORE_PLACES,
  CAP_MARKERS,
  FAMOUS_NAMES,
  NAME_MIDDLES,
  ORG_WORDS,
  PERSON_MARKERS,
  PLACE_MARKERS,
  PLACE_NAMES,
  ROLE_HEADS,
  SAINT_NAMES,
  SURNAMES_COMMON,
  SURNAMES_RARE,
} from "./lexicon";
import { keyOf, PhraseSet, type Token } from "./tokens";

/** A name found in the token stream: tokens [start, end). */
export interface NameSpan {
  start: number;
  end: number;
  /** A person marker ("ông", "Bà", "đồng chí") stands right before the name. */
  marked: boolean;
}

const common = new Set(SURNAMES_COMMON.map(keyOf));
/** "Đoàn" is a surname and the Youth Union. */
const DOAN = keyOf("Đoàn");
const rare = new Set(SURNAMES_RARE.map(keyOf));
const middles = new Set(NAME_MIDDLES.map(keyOf));
const capMarkers = new Set(CAP_MARKERS.map(keyOf));
const orgWords = new Set(ORG_WORDS.map(keyOf));
const places = new PhraseSet(PLACE_NAMES);
const famous = new PhraseSet(FAMOUS_NAMES);
const saints = new PhraseSet(SAINT_NAMES);
export const placeMarkers = new PhraseSet(PLACE_MARKERS);
const bodiesBeforePlaces = new PhraseSet(BODIES_BEFORE_PLACES);
export const personMarkers = new PhraseSet(PERSON_MARKERS);
export const roleHeads = new PhraseSet(ROLE_HEADS);

/** Score needed to call a run a name; lower when a person marker precedes it. */
const THRESHOLD = 4;
const THRESHOLD_MARKED = 2.5;

function surnameWeight(token: Token): number {
  // Ê Đê and M'nông men's names open with "Y" ("Y Lê Pas Tơr"): the whole run is the name
  if (token.text === "Y") return 3;
  if (common.has(token.key)) return 2;
  if (rare.has(token.key) || /^[hk]'/.test(token.key)) return 1; // H'Hen, K'Mák
  return 0;
}

/** Three- and four-syllable names are the norm; two and five are rare. */
function lengthWeight(n: number): number {
  return [0, 0, 0, 4, 3.5, 1.5][n] ?? -Infinity;
}

/** Length of a person marker ending right before token `i` (skipping a "." after "TS", a ":" after "các ông"). */
export function markerBefore(tokens: readonly Token[], i: number): number {
  let end = i;
  if (tokens[end - 1]?.text === "." || tokens[end - 1]?.text === ":") end--;
  const len = personMarkers.matchEndingAt(tokens, end, 3);
  return len ? i - end + len : 0;
}

/**
 * Token `i` follows a word that introduces a place name ("xã", "phường",
 * "THPT"). Not "thành phố": city names are known, and "Phó Chủ tịch UBND
 * thành phố Lê Anh Quân" names the person right after it.
 */
function afterPlaceMarker(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.key === "phố" && tokens[i - 2]?.key === "thành") return false;
  // provinces are known too: "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Dũng" names the person
  if (tokens[i - 1]?.key === "tỉnh" && !places.match(tokens, i)) return false;
  return placeMarkers.matchEndingAt(tokens, i, 3) > 0;
}

interface Candidate {
  start: number;
  score: number;
}

/**
 * How the run's surroundings bear on it: placeBefore – a place word precedes
 * it; marked – a person marker does; relaxed – something else makes a short
 * name likely (a title follows, or a known place starts the run).
 */
interface RunContext {
  placeBefore: boolean;
  marked: boolean;
  relaxed: boolean;
  /** A role ends right before the run: "Phó Chủ tịch Nguyễn Hòa Bình". */
  titled?: boolean;
}

/** Best name inside the run [a, b) whose last syllable is token b-1, or null. */
function bestNameIn(tokens: readonly Token[], a: number, b: number, ctx: RunContext): Candidate | null {
  let best: Candidate | null = null;
  for (let k = a; k < b; k++) {
    const n = b - k;
    // a famous name ("Trần Quốc Toản") is a street or a hero, unless a person marker says it is someone here
    if (n < 2 || n > 5 || (famous.match(tokens, k, b) > 0 && !(ctx.marked && k === a))) continue;
    // "Tỉnh Đoàn Tây Ninh": a surname-like word before a known place is an organisation's name, not a person's
    // but "đồng chí La Hải Dương", "Phó Chủ tịch Nguyễn Hòa Bình"
    if (places.match(tokens, k + 1, b) === n - 1 && !((ctx.marked || ctx.titled) && k === a)) continue;
    const surname = surnameWeight(tokens[k]);
    const markedHere = ctx.marked && k === a;
    const relaxedHere = (ctx.marked || ctx.relaxed) && k === a;
    if (surname === 0 && !markedHere) continue; // an unknown surname needs "ông", "đồng chí"…
    let score = lengthWeight(n) + surname;
    if (middles.has(tokens[k + 1].key) && n >= 3) score += 1;
    if (k === a) score += ctx.placeBefore ? -3 : 1.5;
    if (relaxedHere && n === 2) score += 2; // "ông Lê Nam", "Siu Hoa - Phó Giám đốc …"
    // "Bí thư Huyện đoàn Quan Sơn, Phó Chủ tịch …": the place of the body, whatever follows
    if (n === 2 && k === a && !ctx.marked && bodiesBeforePlaces.matchEndingAt(tokens, k, 2) > 0) continue;
    const needed = relaxedHere ? THRESHOLD_MARKED : THRESHOLD;
    if (score >= needed && (!best || score > best.score)) best = { start: k, score };
  }
  return best;
}

/** Analyse one capitalised run [a, b) (already cut at role heads and organisation words). */
function analyseRun(tokens: readonly Token[], a: number, b: number): NameSpan | null {
  let s = a;
  const ctx: RunContext = { marked: markerBefore(tokens, a) > 0, placeBefore: false, relaxed: false };
  ctx.placeBefore = !ctx.marked && afterPlaceMarker(tokens, a); // "già làng Đinh Rưn": the marker wins
  for (let len = places.match(tokens, s, b); len > 0 && s < b; len = places.match(tokens, s, b)) {
    s += len; // a known place starts the run: the name, if any, follows it
    ctx.placeBefore = false;
    ctx.marked = false;
    ctx.relaxed = true; // "tỉnh An Giang Danh Út"
  }
  if (capMarkers.has(tokens[s]?.key) && s + 1 < b) {
    s++; // "Ông Nguyễn Văn A" at the start of a sentence
    ctx.marked = true;
    ctx.placeBefore = false;
  }
  const saint = saints.match(tokens, s, b);
  if (saint && b - s - saint >= 2) {
    s += saint; // "Giuse Nguyễn Đức Cường": the name proper follows the baptismal name
    ctx.marked = true;
    ctx.placeBefore = false;
  }
  // "… tỉnh Lê Dũng, thừa ủy quyền …": after "tỉnh" a run that is no known province is a name; so is one right after a role ("Chủ tịch Huỳnh Đảm"), but for "Bí thư Đoàn Thanh niên"
  ctx.titled = s === a && roleHeads.matchEndingAt(tokens, s, 4) > 0 && tokens[s].key !== DOAN;
  ctx.relaxed ||=
    titleFollows(tokens, b) ||
    (s === a &&
      ((tokens[s - 1]?.key === "tỉnh" && !places.match(tokens, s)) ||
        (roleHeads.matchEndingAt(tokens, s, 4) > 0 && tokens[s].key !== DOAN)));
  if (b - s < 2) return null;
  const best = bestNameIn(tokens, s, b, ctx);
  return best ? { start: best.start, end: b, marked: ctx.marked && best.start === s } : null;
}

/** A separator and a role head right after the run: "… – Phó Chủ tịch", "…, Chủ tịch". */
function titleFollows(tokens: readonly Token[], b: number): boolean {
  const sep = tokens[b];
  if (!sep || !(sep.kind === "dash" || sep.text === ",")) return false;
  const prefix = tokens[b + 1]?.key === "nguyên" ? 1 : 0;
  return roleHeads.match(tokens, b + 1 + prefix) > 0;
}

/** Split [a, b) into runs at role heads ("… Phó Chủ tịch") and organisation words. */
function cutRun(tokens: readonly Token[], a: number, b: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = a;
  for (let i = a; i < b; i++) {
    const isHead = i > a && roleHeads.match(tokens, i) > 0;
    // "ông Hà Ban, Ủy viên …": an organisation word may be a given name, last in a marked or titled run
    const givenName =
      i === b - 1 && i > a && surnameWeight(tokens[i - 1]) > 0 && (markerBefore(tokens, i - 1) > 0 || titleFollows(tokens, b));
    if (isHead || (orgWords.has(tokens[i].key) && !givenName)) {
      if (i > from) pieces.push([from, i]);
      from = i + 1;
    }
  }
  if (b > from) pieces.push([from, b]);
  return pieces;
}

/** All names in the text, keyed by their first token index. */
export function findNames(tokens: readonly Token[]): Map<number, NameSpan> {
  const names = new Map<number, NameSpan>();
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].nameShape) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j].nameShape) j++;
    for (const [a, b] of cutRun(tokens, i, j)) {
      const span = analyseRun(tokens, a, b);
      if (span) names.set(span.start, span);
    }
    i = j;
  }
  return names;
}
