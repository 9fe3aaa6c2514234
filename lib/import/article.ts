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
import { changeBefore, dateIn, LEFT_ALL, sentenceStart, type Change } from "./change";
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

/** How far around a title its sentence is looked for: bounded, so quoting every title stays linear in the text. */
const REACH = 2000;

/** Index of the first of `stops` in text[from, limit), or limit. */
function firstOf(text: string, stops: string, from: number, limit: number): number {
  for (let k = from; k < limit; k++) if (stops.includes(text[k])) return k;
  return limit;
}

/** Index just after the last of `stops` in text[limit, from), or limit. */
function lastOf(text: string, stops: string, from: number, limit: number): number {
  for (let k = from - 1; k >= limit; k--) if (stops.includes(text[k])) return k + 1;
  return limit;
}

/** The sentence around [start, end); a long one (a list of officials) narrowed to the item between semicolons. */
export function clauseAround(text: string, from: number, end: number): string {
  const start = lastOf(text, ".\n:", from, Math.max(0, from - REACH));
  const stop = firstOf(text, ".\n", end, Math.min(text.length, end + REACH));
  const clause =
    stop - start > QUOTE_LIMIT ? text.slice(lastOf(text, ";", from, start), firstOf(text, ";", end, stop)) : text.slice(start, stop);
  return clause.replace(/\s+/g, " ").trim().slice(0, REACH);
}

/** The sentence holding position i, bounded like the quote. */
function sentenceAt(text: string, i: number): { start: number; text: string } {
  const start = sentenceStart(text, i);
  return { start, text: text.slice(start, firstOf(text, ".\n", i, Math.min(text.length, i + REACH))) };
}

/** A post a transfer does not end by itself: membership of a Party committee, a seat in an elected council. */
const KEPT_ON_TRANSFER = /(?:^uy vien|uy vien$|hdnd|hoi dong nhan dan|quoc hoi|dai bieu)/;
const TRANSFER = /(?:^| )(?:dieu dong|luan chuyen)(?: |$)/;
const NEW_POST = /(?:^| )(?:nhan cong tac|cong tac tai|giu chuc|nhan nhiem vu)(?: |$)/;

/**
 * "điều động đồng chí A, Bí thư Huyện ủy, đến nhận công tác tại …": the posts
 * written beside a transferred person end (except those a transfer keeps).
 */
function endedByTransfer(text: string, name: string, title: ArticleTitle): boolean {
  if (title.change !== null || title.former || KEPT_ON_TRANSFER.test(foldWords(title.text))) return false;
  const sentence = sentenceAt(text, title.start);
  const before = foldWords(sentence.text.slice(0, title.start - sentence.start));
  const cue = before.search(TRANSFER);
  return (
    cue !== -1 && before.indexOf(foldWords(name), cue) !== -1 && NEW_POST.test(foldWords(sentence.text.slice(title.end - sentence.start)))
  );
}

/** "Năm 1954 ông A qua đời", "ông A … nghỉ hưu theo chế độ": the people whose posts end, with the sentence saying so. */
function peopleWhoLeft(text: string, people: readonly ArticlePerson[]): Map<ArticlePerson, string> {
  const left = new Map<ArticlePerson, string>();
  for (const cue of text.matchAll(/(nghỉ hưu|từ trần|qua đời|từ chức)/giu)) {
    const sentence = sentenceAt(text, cue.index);
    const before = sentence.text.slice(0, cue.index - sentence.start);
    let nearest: { person: ArticlePerson; at: number } | null = null;
    for (const person of people) {
      const at = before.lastIndexOf(person.name);
      if (at !== -1 && (!nearest || at > nearest.at)) nearest = { person, at };
    }
    if (nearest && LEFT_ALL.test(foldWords(sentence.text.slice(nearest.at)))) left.set(nearest.person, sentence.text);
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
  const byPosition = [...titles].sort((a, b) => a.start - b.start);
  byPosition.forEach((title, n) => {
    const earlier = byPosition.slice(0, n).reverse();
    if (title.org.type === "none") {
      const front = earlier.map((t) => placedRoot(t.org)).find((org) => org?.type === "front" && !unsaid(org.place));
      if (front) Object.assign(title, { org: front, inferred: true });
      return;
    }
    const root = placedRoot(title.org);
    if (!root || !unsaid(root.place)) return;
    const same = earlier.map((t) => placedRoot(t.org)).find((org) => org?.type === root.type && !unsaid(org.place));
    if (same) Object.assign(title, { org: withPlace(title.org, same.place), inferred: true });
  });
}

export function readArticle(text: string): ArticleReading {
  const people = extractPeople(text).map((person, index): ArticlePerson => ({
    index,
    name: person.name,
    titles: person.titles.map((title, t) => ({
      ...readTitle(title.text),
      key: `${index}-${t}`,
      text: title.text,
      start: title.start,
      end: title.end,
      quote: clauseAround(text, title.start, title.end),
      change: changeBefore(text, title.start),
      date: null,
      inferred: false,
    })),
  }));
  const left = peopleWhoLeft(text, people);
  for (const person of people) {
    for (const title of person.titles) {
      if (title.former) title.change = null;
      else if (left.has(person) || endedByTransfer(text, person.name, title)) title.change = "end";
      const sentence = sentenceAt(text, title.start);
      if (title.change) title.date = dateIn(left.get(person) ?? sentence.text, left.has(person) ? undefined : title.start - sentence.start);
    }
  }
  fillFromEarlier(people.flatMap((person) => person.titles));
  return { people, communes: communesNamedIn(text) };
}
