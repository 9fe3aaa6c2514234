/**
 * An article read for import: each person with each title interpreted, the
 * words that state it, and whether the text says the post was taken then
 * (elected, appointed) or only shows it held. Places a title leaves out are
 * filled from the titles before it where the text makes that plain ("Bí thư
 * Đảng ủy xã …; Phó Bí thư Đảng ủy" is the same commune); what is still
 * unsaid is left to the editor's context.
 */
import { extractPeople } from "../extract";
import { fold, foldWords } from "../fold";
import type { OrgSpec, PlaceSpec } from "./organisation";
import {
  changeBefore,
  dateIn,
  dayBefore,
  electionBefore,
  electionDate,
  endsSentence,
  inElectedBoardList,
  proposedBefore,
  sentenceStart,
  type Change,
} from "./change";
import { readTitle, type TitleReading } from "./title";

export interface ArticleTitle extends TitleReading {
  /** Stable within one text: `${person}-${title}`, by order of appearance. */
  key: string;
  text: string;
  start: number;
  end: number;
  /** The clause that states it, kept with the source. */
  quote: string;
  /**
   * What the text says happened to the post: taken ("được bầu giữ chức",
   * "tân Chủ tịch"), left ("thôi giữ chức", "nghỉ hưu", the old post of a
   * transfer), or null: only shown held.
   */
  change: Change | null;
  /** The date of the change as written (YYYY-MM-DD, YYYY-MM or YYYY); null: the article's date. */
  date: string | null;
  /** The organisation was taken from an earlier title, not said in this one. */
  inferred: boolean;
  /** Listed in an obituary's career: held some time, so a death ends no term of it. */
  career: boolean;
}

export interface ArticlePerson {
  index: number;
  name: string;
  titles: ArticleTitle[];
}

export interface ArticleReading {
  people: ArticlePerson[];
  /** Communes, wards and special zones the text names ("xã Sìn Hồ"), for titles that say only "xã". */
  communes: { kind: "commune" | "ward" | "special_zone"; name: string; nameKey: string }[];
}

const QUOTE_LIMIT = 300;

/**
 * How far around a title its sentence is looked for. Bounded, so that reading
 * every title of a long text without full stops stays linear in its length.
 */
const REACH = 2 * QUOTE_LIMIT;

/** Text[k] is one of `stops`; a full stop only where it ends a sentence (not inside "1.5.2021"). */
const stopsAt = (text: string, stops: string, k: number) => stops.includes(text[k]) && (text[k] !== "." || endsSentence(text, k));

/** Index of the first of `stops` in text[from, limit), or limit. */
function firstOf(text: string, stops: string, from: number, limit: number): number {
  for (let k = from; k < limit; k++) if (stopsAt(text, stops, k)) return k;
  return limit;
}

/** Index just after the last of `stops` in text[limit, from), or limit. */
function lastOf(text: string, stops: string, from: number, limit: number): number {
  for (let k = from - 1; k >= limit; k--) if (stopsAt(text, stops, k)) return k + 1;
  return limit;
}

/** The sentence around [start, end); a long one (a list of officials) narrowed to the item between semicolons. */
export function clauseAround(text: string, from: number, end: number): string {
  const start = lastOf(text, ".\n:", from, Math.max(0, from - REACH));
  const stop = firstOf(text, ".\n", end, Math.min(text.length, end + REACH));
  const clause =
    stop - start > QUOTE_LIMIT ? text.slice(lastOf(text, ";", from, start), firstOf(text, ";", end, stop)) : text.slice(start, stop);
  return clause.replace(/\s+/g, " ").trim();
}

interface Sentence {
  start: number;
  text: string;
}

/** The sentences of a text, found once: the one holding any position, bounded like the quote. */
class Sentences {
  /** For each position, where the next full stop or line break is (or the text's end). */
  private readonly next: Int32Array;

  constructor(private readonly text: string) {
    this.next = new Int32Array(text.length + 1);
    let stop = text.length;
    for (let k = text.length - 1; k >= 0; k--) {
      this.next[k] = stop;
      if (endsSentence(text, k)) stop = k;
    }
    this.next[text.length] = text.length;
  }

  at(i: number): Sentence {
    const start = sentenceStart(this.text, i);
    return { start, text: this.text.slice(start, Math.min(this.next[i], i + REACH)) };
  }
}

/** A post a transfer does not end by itself: membership of a Party committee, a seat in an elected council. */
const KEPT_ON_TRANSFER = /(?:^uy vien|uy vien$|hdnd|hoi dong nhan dan|quoc hoi|dai bieu)/;
const TRANSFER = /(?:^| )(?:dieu dong|luan chuyen)(?: |$)/;
const TRANSFER_WRITTEN = /điều động|luân chuyển/iu;
const TRANSFERRED = /^(?:[a-z0-9]+ ){0,3}duoc (?:[a-z]+ ){0,5}(?:dieu dong|luan chuyen)(?: |$)/;
const NEW_POST = /(?:^| )(?:nhan cong tac|cong tac tai|giu chuc|nhan nhiem vu)(?: |$)/;

/**
 * "điều động đồng chí A, Bí thư Huyện ủy, đến nhận công tác tại …": the posts
 * written beside a transferred person end (except those a transfer keeps).
 */
function endedByTransfer(sentences: Sentences, name: string, title: ArticleTitle): boolean {
  if (title.change !== null || title.former || KEPT_ON_TRANSFER.test(foldWords(title.text))) return false;
  const sentence = sentences.at(title.start);
  const written = sentence.text.slice(0, title.start - sentence.start);
  const after = foldWords(sentence.text.slice(title.end - sentence.start));
  // "ông A, Chủ tịch Ủy ban MTTQ tỉnh được điều động, bổ nhiệm giữ chức …": the transfer told after the person
  if (TRANSFERRED.test(after.split(" ").slice(0, 12).join(" ")) && NEW_POST.test(after)) return true;
  if (!TRANSFER_WRITTEN.test(written)) return false;
  const before = foldWords(written);
  const cue = before.search(TRANSFER);
  return cue !== -1 && before.indexOf(foldWords(name), cue) !== -1 && NEW_POST.test(after);
}

const nameKey = (name: string) => name.normalize("NFC").toLowerCase().split(/\s+/).join(" ");

/** Words between a person and "nghỉ hưu", "từ trần" that make them the one handing over the decision or visiting a family, not the one leaving. */
const GIVING = /(?:^| )(?:trao|tang|tang qua|tham|chuc tet|gia dinh|cac can bo|cong bo|chuc mung|quyet dinh|doc|ve viec)(?: |$)/;

/** The people a list of written words names, by their 2 to 5 syllables, with the index of the word after each. */
function namedIn(words: string[], byName: ReadonlyMap<string, ArticlePerson>): { person: ArticlePerson; from: number; to: number }[] {
  const found: { person: ArticlePerson; from: number; to: number }[] = [];
  for (let k = 0; k < words.length; k++) {
    for (const n of [5, 4, 3, 2]) {
      const person = k + n <= words.length ? byName.get(nameKey(words.slice(k, k + n).join(" "))) : undefined;
      if (person) {
        found.push({ person, from: k, to: k + n });
        k += n - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * "Năm 1954 ông A qua đời", "ông A, Phó Chủ tịch UBND tỉnh, nghỉ hưu …",
 * "Quyết định nghỉ hưu … đối với ông A, … và ông B": the people whose posts
 * end, with the sentence saying so. Not the one who hands the decision over
 * ("ông C trao Quyết định nghỉ hưu cho ông A").
 */
function peopleWhoLeft(text: string, sentences: Sentences, people: readonly ArticlePerson[]): Map<ArticlePerson, Sentence> {
  const byName = new Map(people.map((person) => [nameKey(person.name), person]));
  const left = new Map<ArticlePerson, Sentence>();
  const leave = (person: ArticlePerson, sentence: Sentence) => left.has(person) || left.set(person, sentence);
  for (const cue of text.matchAll(/(nghỉ hưu|nghỉ chế độ|từ trần|qua đời|từ chức)/giu)) {
    const sentence = sentences.at(cue.index);
    const words = (from: number, to: number) => [...sentence.text.slice(from, to).matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]);
    const offset = cue.index - sentence.start;
    const before = words(0, offset);
    const after = words(offset, sentence.text.length);
    const toWhom = after.findIndex((w, k) => fold(w) === "cho" || (fold(w) === "doi" && fold(after[k + 1] ?? "") === "voi"));
    const handedOver = GIVING.test(foldWords(before.slice(-4).join(" ")));
    if (toWhom !== -1 && (handedOver || namedIn(after.slice(toWhom), byName).length > 0)) {
      for (const { person } of namedIn(after.slice(toWhom), byName)) leave(person, sentence);
      continue;
    }
    const last = namedIn(before, byName).pop();
    // "ông A … đã được cơ quan có thẩm quyền quyết định cho nghỉ hưu", "bà A … nhận quyết định nghỉ hưu": said of A, though a decision is named
    const between = foldWords(before.slice(last?.to ?? 0).join(" "));
    // … unless others stand between as the subject ("… tri ân các cán bộ vừa nhận Quyết định nghỉ hưu")
    const received =
      /(?:^| )duoc(?: |$)/.test(between) || (/ nhan quyet dinh$/.test(` ${between}`) && !/(?:^| )(?:cac|nhung)(?: |$)/.test(between));
    if (last && (!GIVING.test(between) || received)) leave(last.person, sentence);
  }
  return left;
}

const COMMUNE_RE = /(?<![\p{L}\p{M}])(xã|phường|đặc khu)\s+((?:\p{Lu}[\p{L}\p{M}]*)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})/gu;
const COMMUNE_KINDS = { xa: "commune", phuong: "ward", "dac khu": "special_zone" } as const;

export function communesNamedIn(text: string): ArticleReading["communes"] {
  const found = new Map<string, ArticleReading["communes"][number]>();
  for (const match of text.normalize("NFC").matchAll(COMMUNE_RE)) {
    const kind = COMMUNE_KINDS[fold(match[1]) as keyof typeof COMMUNE_KINDS];
    const nameKey = foldWords(match[2]);
    if (!found.has(nameKey)) found.set(nameKey, { kind, name: match[2], nameKey });
  }
  return [...found.values()];
}

type PlacedSpec = Extract<OrgSpec, { place: PlaceSpec }>;
const hasPlace = (org: OrgSpec): org is PlacedSpec => "place" in org;
const unsaid = (place: PlaceSpec) => place.level === null && place.name === null;

/** The place-bearing organisation a unit hangs from ("Ban Dân vận Tỉnh ủy" → Tỉnh ủy). */
function placedRoot(org: OrgSpec): PlacedSpec | null {
  if (org.type === "unit") return placedRoot(org.parent);
  return hasPlace(org) ? org : null;
}

function withPlace(org: OrgSpec, place: PlaceSpec): OrgSpec {
  if (org.type === "unit") return { ...org, parent: withPlace(org.parent, place) };
  return hasPlace(org) ? { ...org, place } : org;
}

/**
 * Fills what a title leaves unsaid from the nearest title before it in the
 * text: a bare role takes the nearest Front committee named ("… Bí thư Đoàn
 * xã giữ chức Phó Chủ tịch" after "Chủ tịch Ủy ban MTTQ xã"); a body without a
 * level ("Phó Bí thư Đảng ủy") takes the place of the nearest body of its kind.
 */
function fillFromEarlier(titles: ArticleTitle[]): void {
  /** The nearest earlier organisation with its place said, by kind. */
  const nearest = new Map<PlacedSpec["type"], PlacedSpec>();
  for (const title of [...titles].sort((a, b) => a.start - b.start)) {
    if (title.org.type === "none") {
      const front = nearest.get("front");
      if (front) Object.assign(title, { org: front, inferred: true });
    } else {
      const root = placedRoot(title.org);
      const same = root && unsaid(root.place) ? nearest.get(root.type) : undefined;
      if (same) Object.assign(title, { org: withPlace(title.org, same.place), inferred: true });
    }
    const root = placedRoot(title.org);
    if (root && !unsaid(root.place)) nearest.set(root.type, root);
  }
}

/** "khóa XIV" right after a title: not part of it, but it says which Central Committee is meant. */
function termAfter(text: string, end: number): string {
  const term = /^\s*(?:khóa|khoá)\s+(?:[IVXLC]+|\d+)(?![\p{L}\d])/iu.exec(text.slice(end, end + 16));
  return term ? ` ${term[0].trim()}` : "";
}

/**
 * Where the headline ends: a first line standing alone (a blank line after it,
 * no full stop) before a longer body; 0 when the text has none.
 */
function headlineEnd(text: string): number {
  const end = text.indexOf("\n");
  if (end === -1 || end > 250 || !/^\s*\n/.test(text.slice(end + 1, end + 3)) || /[.:;]\s*$/.test(text.slice(0, end))) return 0;
  return text.length - end > 3 * end ? end : 0;
}

type Extracted = ReturnType<typeof extractPeople>[number]["titles"][number];

/** A report names the same posts again and again; each written title is read once (the readings are not changed in place). */
const readings = new Map<string, TitleReading>();
function readTitleOnce(written: string): TitleReading {
  let reading = readings.get(written);
  if (!reading) {
    if (readings.size >= 20_000) readings.clear();
    readings.set(written, (reading = readTitle(written)));
  }
  return reading;
}

/** The date the sentence holding position i gives, read as a change's date is. */
function dateOfSentence(text: string, i: number, reportDate: string | undefined, end?: number): string | null {
  const start = sentenceStart(text, i);
  let stop = i;
  while (stop < text.length && stop < i + REACH && !endsSentence(text, stop)) stop++;
  return dateIn(text.slice(start, stop), i - start, reportDate, end === undefined ? undefined : end - start);
}

/**
 * A title read at the mention whose words state a change (else its first):
 * "Bà A làm Chủ tịch …" in the headline, "bà A được bầu giữ chức Chủ tịch …" below.
 */
function readMention(text: string, title: Extracted, key: string, headline: number, reportDate?: string): ArticleTitle {
  const mentions = title.mentions.filter((m) => m.start >= headline);
  const read = (mentions.length ? mentions : title.mentions).map((m) => {
    const before = changeBefore(text, m.start, m.end);
    // "…, thay ông B": B leaves when the other takes the post, not when the other is only put forward
    const stated = m.replaced ? (before === "start" ? "end" : null) : before;
    // "gồm: A (Bí thư Huyện đoàn …); B (…)": a post in parentheses is the one the person holds, not the one elected to
    const inParens = /\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start));
    const elected = (m.heading && electionBefore(text, m.start)) || (!inParens && inElectedBoardList(text, m.start));
    const headed = !stated && elected && !proposedBefore(text, m.start);
    return { ...m, change: stated ?? (headed ? ("start" as const) : null), date: headed ? electionDate(text, m.start, reportDate) : null };
  });
  // the mention whose sentence dates the change, else the first that states one
  const changed = read.filter((m) => m.change);
  const dated = changed.find((m) => m.date ?? dateOfSentence(text, m.start, reportDate, m.end));
  const { start, end, change, date } = dated ?? changed[0] ?? read[0];
  return {
    ...readTitleOnce(title.text + termAfter(text, end)),
    key,
    text: title.text,
    start,
    end,
    quote: clauseAround(text, start, end),
    change,
    date,
    inferred: false,
    career: title.mentions.every((m) => m.career),
  };
}

/** The headline restates the body: a title only it gives is dropped when the body gives the person the same role. */
function restatedInHeadline(titles: ArticleTitle[], headline: number): ArticleTitle[] {
  const role = (t: ArticleTitle) => t.seat?.roleKey ?? null;
  const body = titles.filter((t) => t.start >= headline);
  return titles.filter((t) => t.start >= headline || !body.some((b) => role(b) !== null && role(b) === role(t)));
}

/**
 * "thôi giữ chức Bí thư Huyện ủy, Chủ tịch HĐND huyện", "cử bổ sung Ủy viên
 * Ủy ban MTTQ, Chủ tịch Ủy ban MTTQ tỉnh … đối với ông A": the words before a
 * list of posts change each post of it.
 */
function sharedChange(text: string, titles: ArticleTitle[]): void {
  const ordered = [...titles].sort((a, b) => a.start - b.start);
  for (let k = 1; k < ordered.length; k++) {
    const [previous, title] = [ordered[k - 1], ordered[k]];
    if (title.change || !previous.change || title.former) continue;
    if (!/^\s*(?:,|;|–|-|kiêm|,\s*kiêm|và)\s*$/u.test(text.slice(previous.end, title.start))) continue;
    Object.assign(title, { change: previous.change, date: title.date ?? previous.date });
  }
}

const placeSaid = (t: ArticleTitle) => {
  const root = placedRoot(t.org);
  return !root || !unsaid(root.place);
};

/**
 * One event per post and change: a report often states the same election
 * twice ("được chỉ định làm Chủ tịch Liên đoàn Lao động tỉnh", below "…
 * giữ chức danh Chủ tịch Liên đoàn Lao động tỉnh Quảng Ngãi … kể từ ngày
 * 1/11/2025"). The mention with its own date stands, then the one saying
 * where, then the body's over the headline's, then the fuller; the others
 * still show the post held.
 */
function oneEventPerPost(titles: ArticleTitle[], headline: number): void {
  // a caption's "tân Chủ tịch …" restates the election the body tells
  const captioned = (t: ArticleTitle) => /tân\s*$/iu.test(t.quote.slice(0, Math.max(0, t.quote.indexOf(t.text))));
  const rank = (t: ArticleTitle) => [
    t.date ? 1 : 0,
    captioned(t) ? 0 : 1,
    placeSaid(t) ? 1 : 0,
    t.start >= headline ? 1 : 0,
    t.text.length,
  ];
  const better = (a: ArticleTitle, b: ArticleTitle) => {
    const [x, y] = [rank(a), rank(b)];
    const k = x.findIndex((v, n) => v !== y[n]);
    return k !== -1 && x[k] > y[k];
  };
  const chosen = new Map<string, ArticleTitle>();
  for (const title of titles) {
    if (!title.change || !title.seat) continue;
    const key = `${title.change}|${title.seat.roleKey}|${title.seat.roleKey === "other" ? foldWords(title.text) : ""}`;
    const other = chosen.get(key);
    if (!other) {
      chosen.set(key, title);
      continue;
    }
    const [keep, drop] = better(title, other) ? [title, other] : [other, title];
    Object.assign(drop, { change: null, date: null });
    chosen.set(key, keep);
  }
}

/**
 * `reportDate` (ISO at its precision) is the report's own: a day written
 * without its year ("Sáng 13/12") is read in it.
 */
export function readArticle(text: string, reportDate?: string): ArticleReading {
  const headline = headlineEnd(text);
  const people = extractPeople(text).map((person, index): ArticlePerson => ({
    index,
    name: person.name,
    titles: restatedInHeadline(
      person.titles.map((title, t) => readMention(text, title, `${index}-${t}`, headline, reportDate)),
      headline,
    ),
  }));
  for (const person of people) sharedChange(text, person.titles);
  const sentences = new Sentences(text);
  const left = peopleWhoLeft(text, sentences, people);
  for (const person of people) {
    for (const title of person.titles) {
      const stated = title.change;
      if (title.former) title.change = null;
      // a departure ends the posts held, not one the text says the person took
      else if (stated !== "start" && ((left.has(person) && !title.career) || endedByTransfer(sentences, person.name, title)))
        title.change = "end";
      // the date of a departure is the one its own sentence gives ("… nghỉ hưu kể từ ngày 1-9"), for each title it
      // ends that no sentence of its own says changed
      const leaving = stated ? undefined : left.get(person);
      const sentence = leaving ?? sentences.at(title.start);
      if (title.change)
        title.date ??=
          dateIn(
            sentence.text,
            leaving ? undefined : title.start - sentence.start,
            reportDate,
            leaving ? undefined : title.end - sentence.start,
          ) ?? dayBefore(text, sentence.start, reportDate);
    }
  }
  fillFromEarlier(people.flatMap((person) => person.titles));
  for (const person of people) oneEventPerPost(person.titles, headline);
  return { people, communes: communesNamedIn(text) };
}
