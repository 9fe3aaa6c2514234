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
import { readTitle, type TitleReading } from "./title";

export interface ArticleTitle extends TitleReading {
  /** Stable within one text: `${person}-${title}`, by order of appearance. */
  key: string;
  text: string;
  start: number;
  end: number;
  /** The clause that states it, kept with the source. */
  quote: string;
  /** The text says the post was taken at the article's date ("được bầu giữ chức", "tân Chủ tịch"). */
  elected: boolean;
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

/** The sentence around [start, end); a long one (a list of officials) narrowed to the item between semicolons. */
export function clauseAround(text: string, from: number, end: number): string {
  const sentenceStart = Math.max(text.lastIndexOf(".", from - 1), text.lastIndexOf("\n", from - 1), text.lastIndexOf(":", from - 1)) + 1;
  const stops = [".", "\n"].map((c) => text.indexOf(c, end)).filter((i) => i !== -1);
  const sentenceEnd = stops.length ? Math.min(...stops) : text.length;
  let clause = text.slice(sentenceStart, sentenceEnd);
  if (clause.length > QUOTE_LIMIT) {
    const itemStart = Math.max(text.lastIndexOf(";", from - 1) + 1, sentenceStart);
    const semicolon = text.indexOf(";", end);
    const itemEnd = semicolon !== -1 && semicolon < sentenceEnd ? semicolon : sentenceEnd;
    clause = text.slice(itemStart, itemEnd);
  }
  return clause.replace(/\s+/g, " ").trim().slice(0, 2000);
}

/** Verbs that mean the post was taken, folded; "giữ chức" alone only counts after one of them in the sentence. */
const TAKING = /(?:^| )(trung cu|tai cu|dac cu|bau|bau bo sung|bo nhiem|hiep thuong cu|cu|chi dinh|dieu dong|phan cong)$/;
const TAKING_ANYWHERE = /(?:^| )(trung cu|tai cu|dac cu|bau|bo nhiem|hiep thuong cu|chi dinh|dieu dong)(?: |$)/;
const LINKING = /(?: (?:duoc|giu|chuc|vu|lam|vao|lai|tiep tuc|chinh thuc|vua|da))+$/;
const HOLDING = /(?:^| )(giu chuc|giu chuc vu|lam)$/;
const LEAVING = /(?:^| )(thoi|mien nhiem|nghi huu|nguyen)(?: |$)/;

/** Whether the words just before a title say it was taken then. */
export function statesTaking(text: string, titleStart: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf(".", titleStart - 1), text.lastIndexOf("\n", titleStart - 1)) + 1;
  const raw = text.slice(Math.max(sentenceStart, text.lastIndexOf(";", titleStart - 1) + 1), titleStart);
  // "tân Chủ tịch": newly in the post. Checked as written, since "Tân" is also a given name.
  if (/(?:^|\s)tân\s*$/u.test(raw)) return true;
  // A name right before the title ("Lê Văn Cử, Chủ tịch …") is no verb, whatever it folds to.
  const lastWord = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u.exec(raw)?.[1];
  if (!lastWord || lastWord[0] !== lastWord[0].toLowerCase()) return false;
  const before = foldWords(raw);
  const tail = before.split(" ").slice(-8).join(" ");
  if (LEAVING.test(tail)) return false;
  if (TAKING.test(tail) || TAKING.test(tail.replace(LINKING, ""))) return true;
  // "… được hiệp thương cử giữ chức Chủ tịch; các ông: A, t1; B, t2 giữ chức Phó Chủ tịch": the verb may sit earlier in the sentence.
  return HOLDING.test(tail) && TAKING_ANYWHERE.test(foldWords(text.slice(sentenceStart, titleStart)));
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
      elected: statesTaking(text, title.start),
      inferred: false,
    })),
  }));
  fillFromEarlier(people.flatMap((person) => person.titles));
  return { people, communes: communesNamedIn(text) };
}
