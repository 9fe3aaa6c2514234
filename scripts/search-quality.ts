/**
 * Labelled queries for npm run bench:search: each generated from a record of the
 * synthetic database, with the results that answer it (every namesake of a full
 * name, every holder of a post) and, for ambiguous kinds, the matching names a
 * random order would list. Then recall@1, recall@10 and the zero-result rate
 * per kind, for this project and for FlexSearch (and MiniSearch on request) fed
 * the same documents with the same Vietnamese folding.
 */
import { createRequire } from "node:module";
import type { Db } from "../db/client";
import { fold, foldWords } from "../lib/fold";

// ---- the records ----

interface PersonRecord {
  key: string;
  fullName: string;
  folded: string;
  words: string[];
  gender: string | null;
}

interface TermRecord {
  personKey: string;
  title: string;
  roleKey: string;
  organizationId: number;
  organization: string;
  kind: string;
  memberType: string | null;
  level: string;
  place: string;
  areaKind: string;
}

interface OrganizationRecord {
  key: string;
  name: string;
  kind: string;
  memberType: string | null;
  level: string;
  place: string;
  areaKind: string;
}

export interface Directory {
  people: PersonRecord[];
  byFolded: Map<string, string[]>;
  byMarked: Map<string, string[]>;
  /** Sorted words of a name → people, for reordered names. */
  byWordSet: Map<string, string[]>;
  /** Name word → indexes into people. */
  postings: Map<string, number[]>;
  nameWords: string[];
  terms: TermRecord[];
  /** Holders' keys by post title and organisation name, and by post title and body (kind, level, place): namesake bodies elsewhere answer alike. */
  holders: Map<string, string[]>;
  organizations: OrganizationRecord[];
}

const lowerMarked = (name: string) => name.normalize("NFC").toLowerCase();
const sortedWords = (words: string[]) => [...words].sort().join(" ");

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byName = (t: TermRecord) => `name ${fold(t.title)} | ${fold(t.organization)}`;
const byBody = (t: TermRecord) => `body ${fold(t.title)} | ${t.kind} ${t.memberType} ${t.level} ${fold(t.place)}`;

export function loadDirectory(db: Db): Directory {
  const client = db.$client;
  const people = (
    client.prepare("SELECT slug, full_name, folded_name, gender FROM people WHERE retracted_at IS NULL ORDER BY id").raw().all() as [
      string,
      string,
      string,
      string | null,
    ][]
  ).map(([slug, fullName, folded, gender]) => ({ key: `person:${slug}`, fullName, folded, words: folded.split(" "), gender }));
  const byFolded = new Map<string, string[]>();
  const byMarked = new Map<string, string[]>();
  const byWordSet = new Map<string, string[]>();
  const postings = new Map<string, number[]>();
  people.forEach((p, i) => {
    push(byFolded, p.folded, p.key);
    push(byMarked, lowerMarked(p.fullName), p.key);
    push(byWordSet, sortedWords(p.words), p.key);
    for (const word of new Set(p.words)) push(postings, word, i);
  });
  const terms = (
    client
      .prepare(
        `SELECT 'person:' || pe.slug, p.title, p.role_key, o.id, o.name, o.kind, o.member_type, o.level, coalesce(a.name, ''), coalesce(a.kind, '')
         FROM memberships m JOIN posts p ON p.id = m.post_id JOIN organizations o ON o.id = m.organization_id
         JOIN people pe ON pe.id = m.person_id LEFT JOIN areas a ON a.id = o.area_id
         WHERE m.end_date IS NULL AND m.retracted_at IS NULL AND pe.retracted_at IS NULL AND o.valid_until IS NULL`,
      )
      .raw()
      .all() as [string, string, string, number, string, string, string | null, string, string, string][]
  ).map(([personKey, title, roleKey, organizationId, organization, kind, memberType, level, place, areaKind]) => ({
    personKey,
    title,
    roleKey,
    organizationId,
    organization,
    kind,
    memberType,
    level,
    place,
    areaKind,
  }));
  const holders = new Map<string, string[]>();
  for (const t of terms) {
    push(holders, byName(t), t.personKey);
    push(holders, byBody(t), t.personKey);
  }
  const organizations = (
    client
      .prepare(
        `SELECT 'organization:' || o.slug, o.name, o.kind, o.member_type, o.level, coalesce(a.name, ''), coalesce(a.kind, '')
         FROM organizations o LEFT JOIN areas a ON a.id = o.area_id WHERE o.valid_until IS NULL`,
      )
      .raw()
      .all() as [string, string, string, string | null, string, string, string][]
  ).map(([key, name, kind, memberType, level, place, areaKind]) => ({ key, name, kind, memberType, level, place, areaKind }));
  return { people, byFolded, byMarked, byWordSet, postings, nameWords: [...postings.keys()], terms, holders, organizations };
}

// ---- matching names, for the random-order reference ----

/** Indexes of people whose names hold every word (the last as a prefix when asked), in any order. */
function matchingNames(dir: Directory, words: string[], lastIsPrefix: boolean): number[] {
  const lists = words.map((word, i) => {
    if (!(lastIsPrefix && i === words.length - 1)) return new Set(dir.postings.get(word) ?? []);
    const union = new Set<number>();
    for (const w of dir.nameWords) if (w.startsWith(word)) for (const id of dir.postings.get(w)!) union.add(id);
    return union;
  });
  lists.sort((a, b) => a.size - b.size);
  return [...lists[0]].filter((id) => lists.every((list) => list.has(id)));
}

/** The query's words occur in the name one after another (the last as a prefix when asked); at its end when asked. */
function inOrder(name: string[], words: string[], lastIsPrefix: boolean, atEnd: boolean): boolean {
  for (let start = atEnd ? name.length - words.length : 0; start >= 0 && start <= name.length - words.length; start++) {
    const fits = words.every((w, i) => (lastIsPrefix && i === words.length - 1 ? name[start + i].startsWith(w) : name[start + i] === w));
    if (fits) return true;
    if (atEnd) break;
  }
  return false;
}

/** The chance that some answer is among the first k of a random order of `matching` names holding `answers`. */
function randomChance(matching: number, answers: number, k: number): number {
  if (matching === 0 || answers === 0) return 0;
  let miss = 1;
  for (let i = 0; i < k; i++) {
    if (matching - answers - i <= 0) return 1;
    miss *= (matching - answers - i) / (matching - i);
  }
  return 1 - miss;
}

// ---- the queries ----

export interface LabelledQuery {
  kind: string;
  q: string;
  /** Result keys ("person:slug", "organization:slug") that answer the query. */
  answers: ReadonlySet<string>;
  /** For ambiguous kinds: the chance a random order of the matching names lists an answer first, and in the first 10. */
  reference?: { at1: number; at10: number };
}

/** A small seeded generator (mulberry32), so every run asks the same queries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** How a report names a commune-level unit before its name. */
const UNIT_WORDS: Record<string, string> = { commune: "xã", ward: "phường", special_zone: "đặc khu" };

/** Tone marks as Telex, VNI and VIQR type them, and the vowel hats. */
const TONES: Record<string, { telex: string; vni: string; viqr: string }> = {
  "\u0301": { telex: "s", vni: "1", viqr: "'" },
  "\u0300": { telex: "f", vni: "2", viqr: "`" },
  "\u0309": { telex: "r", vni: "3", viqr: "?" },
  "\u0303": { telex: "x", vni: "4", viqr: "~" },
  "\u0323": { telex: "j", vni: "5", viqr: "." },
};
const HATS: Record<string, { telex: (base: string) => string; vni: string; viqr: string }> = {
  "\u0302": { telex: (base) => base + base, vni: "6", viqr: "^" },
  "\u031b": { telex: (base) => `${base}w`, vni: "7", viqr: "+" },
  "\u0306": { telex: (base) => `${base}w`, vni: "8", viqr: "(" },
};

/** A marked word as typed on a keyboard without a Vietnamese input method. */
function typedWithout(word: string, method: "telex" | "vni" | "viqr"): string {
  let out = "";
  let tone = "";
  for (const letter of word.toLowerCase().normalize("NFD")) {
    if (TONES[letter]) tone = TONES[letter][method];
    else if (HATS[letter]) {
      const hat = HATS[letter];
      out = method === "telex" ? out.slice(0, -1) + hat.telex(out.slice(-1)) : out + hat[method];
    } else if (letter === "đ") out += method === "telex" ? "dd" : method === "vni" ? "d9" : "dd";
    else out += letter;
  }
  if (!tone) return out;
  // Telex and VNI typists put the tone at the end of the word; VIQR puts it after the vowels.
  if (method !== "viqr") return out + tone;
  const lastVowel = out.search(/[aeiouy][^aeiouy^+(]*$/);
  return lastVowel === -1 ? out + tone : out.replace(/([aeiouy][\^+(]?)([^aeiouy]*)$/, `$1${tone}$2`);
}

/** y and i written for each other after a consonant (Lý/Lí, Kỳ/Kì, Quý/Quí). */
const Y_OR_I = /^(qu|[bdhklmnstvđ])([yýỳỷỹỵ]|[iíìỉĩị])$/iu;
const Y_TO_I: Record<string, string> = { y: "i", ý: "í", ỳ: "ì", ỷ: "ỉ", ỹ: "ĩ", ỵ: "ị" };
const I_TO_Y = Object.fromEntries(Object.entries(Y_TO_I).map(([y, i]) => [i, y]));

export class QueryMaker {
  private readonly next: () => number;
  private readonly provinces: OrganizationRecord[];

  constructor(
    private readonly dir: Directory,
    seed: number,
  ) {
    this.next = random(seed);
    this.provinces = dir.organizations.filter((o) => o.level === "province");
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  private person(): PersonRecord {
    return this.pick(this.dir.people);
  }

  private namesakes(p: PersonRecord): Set<string> {
    return new Set(this.dir.byFolded.get(p.folded));
  }

  private isSomeonesName(words: string[]): boolean {
    return this.dir.byFolded.has(words.join(" ")) || this.dir.byWordSet.has(sortedWords(words));
  }

  /** One edit of the given kind to a word of four letters or more of a name no one has. */
  private typo(edit: (word: string) => string | null): { q: string; answers: Set<string> } {
    for (;;) {
      const p = this.person();
      const long = p.words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
      if (long.length === 0) continue;
      const [word, i] = this.pick(long);
      const typed = edit(word);
      if (!typed || typed === word) continue;
      const words = [...p.words];
      words[i] = typed;
      if (this.isSomeonesName(words)) continue;
      return { q: words.join(" "), answers: this.namesakes(p) };
    }
  }

  private at(word: string): number {
    return Math.floor(this.next() * word.length);
  }

  private letter(): string {
    return LETTERS[Math.floor(this.next() * LETTERS.length)];
  }

  /** Name words one edit (Damerau) from `word`, for typos that make another real word. */
  private neighbours(word: string): string[] {
    return this.dir.nameWords.filter((w) => w !== word && w.length >= 3 && isOneEdit(word, w));
  }

  private ambiguous(kind: string, q: string, words: string[], lastIsPrefix: boolean, atEnd: boolean): LabelledQuery {
    const matching = matchingNames(this.dir, words, lastIsPrefix);
    const answers = matching.filter((i) => inOrder(this.dir.people[i].words, words, lastIsPrefix, atEnd));
    return {
      kind,
      q,
      answers: new Set(answers.map((i) => this.dir.people[i].key)),
      reference: { at1: randomChance(matching.length, answers.length, 1), at10: randomChance(matching.length, answers.length, 10) },
    };
  }

  private role(): LabelledQuery {
    for (;;) {
      const term = this.pick(this.dir.terms);
      if (term.roleKey === "committee_member") continue;
      const title = term.title.toLowerCase();
      const province = term.place;
      const short: Record<string, string> = {
        front_committee: "mttq",
        womens_union: "hội phụ nữ",
        farmers_union: "hội nông dân",
        veterans_association: "hội cựu chiến binh",
        trade_union: "liên đoàn lao động",
        youth_union: term.level === "province" ? "tỉnh đoàn" : "đoàn thanh niên",
      };
      const body = term.kind === "member_organization" ? short[term.memberType ?? ""] : short[term.kind];
      // Each template names the post and the body: by its name, or by its kind and place.
      const templates: (() => [string, string] | null)[] = [
        () => [`${term.title} ${term.organization}`, byName(term)],
        () => [foldWords(`${term.title} ${term.organization}`), byName(term)],
        () => (body && term.level === "province" ? [`${title} ${body} ${province}`, byBody(term)] : null),
        () => (body && term.level === "province" ? [fold(`${title} ${body} ${province}`), byBody(term)] : null),
        () => (body && term.level === "commune" ? [fold(`${title} ${body} ${UNIT_WORDS[term.areaKind]} ${province}`), byBody(term)] : null),
        () =>
          term.kind === "party_committee" && term.organization.startsWith("Tỉnh ủy")
            ? [`${title} tỉnh ủy ${province}`, byName(term)]
            : null,
      ];
      const made = this.pick(templates)();
      if (made) return { kind: "role with a place", q: made[0], answers: new Set(this.dir.holders.get(made[1])) };
    }
  }

  private organization(): LabelledQuery {
    for (;;) {
      const o = this.pick(this.next() < 0.5 ? this.provinces : this.dir.organizations);
      const place = fold(o.place);
      const short: Record<string, string[]> = {
        front_committee: ["ubmttq", "mttq", "mat tran to quoc"],
        womens_union: ["hoi lhpn", "hoi phu nu"],
        farmers_union: ["hoi nong dan", "hnd"],
        veterans_association: ["hoi ccb", "cuu chien binh"],
        trade_union: ["ldld", "lien doan lao dong"],
        youth_union: o.level === "province" ? ["tinh doan", "doan tncs"] : ["doan thanh nien"],
        party_committee:
          o.name.startsWith("Tỉnh ủy") || o.name.startsWith("Thành ủy") ? [fold(o.name.split(" ").slice(0, 2).join(" "))] : [],
      };
      const forms = o.kind === "member_organization" ? short[o.memberType ?? ""] : short[o.kind];
      if (!forms?.length || !o.place) continue;
      const where = o.level === "commune" ? `${fold(UNIT_WORDS[o.areaKind])} ${place}` : place;
      // Namesake bodies elsewhere (communes of one name in several provinces) answer alike.
      const byName = this.next() < 0.3;
      const q = byName ? foldWords(o.name) : `${this.pick(forms)} ${where}`;
      const alike = (other: OrganizationRecord) =>
        byName
          ? fold(other.name) === fold(o.name)
          : other.kind === o.kind && other.memberType === o.memberType && other.level === o.level && fold(other.place) === place;
      return { kind: "organisation", q, answers: new Set(this.dir.organizations.filter(alike).map((other) => other.key)) };
    }
  }

  private slip(method: "telex" | "vni" | "viqr"): LabelledQuery {
    const p = this.person();
    const q = p.fullName
      .split(" ")
      .map((word) => typedWithout(word, method))
      .join(" ");
    return { kind: method === "telex" ? "slip: telex" : "slip: vni, viqr", q, answers: this.namesakes(p) };
  }

  private readonly makers: Record<string, () => LabelledQuery> = {
    "full name": () => {
      const p = this.person();
      return { kind: "full name", q: p.fullName, answers: new Set(this.dir.byMarked.get(lowerMarked(p.fullName))) };
    },
    "no marks": () => {
      const p = this.person();
      return { kind: "no marks", q: p.folded, answers: this.namesakes(p) };
    },
    "middle and given": () => {
      for (;;) {
        const p = this.person();
        if (p.words.length < 3) continue;
        const words = p.words.slice(this.next() < 0.5 ? 1 : -2);
        return this.ambiguous("middle and given", words.join(" "), words, false, true);
      }
    },
    reordered: () => {
      for (;;) {
        const p = this.person();
        const words = [...p.words];
        // The given name first (as lists sorted by it write), or every word in another order.
        const reordered = this.next() < 0.5 ? [words.pop()!, ...words] : [...words].sort(() => this.next() - 0.5);
        if (reordered.join(" ") === p.folded) continue;
        return { kind: "reordered", q: reordered.join(" "), answers: new Set(this.dir.byWordSet.get(sortedWords(p.words))) };
      }
    },
    "typo: missing letter": () => ({
      kind: "typo: missing letter",
      ...this.typo((w) => {
        const at = this.at(w);
        return w.slice(0, at) + w.slice(at + 1);
      }),
    }),
    "typo: extra letter": () => ({
      kind: "typo: extra letter",
      ...this.typo((w) => {
        const at = this.at(w);
        return w.slice(0, at) + this.letter() + w.slice(at);
      }),
    }),
    "typo: wrong letter": () => ({
      kind: "typo: wrong letter",
      ...this.typo((w) => {
        const at = this.at(w);
        return w.slice(0, at) + this.letter() + w.slice(at + 1);
      }),
    }),
    "typo: swapped letters": () => ({
      kind: "typo: swapped letters",
      ...this.typo((w) => {
        const at = Math.floor(this.next() * (w.length - 1));
        return w[at] === w[at + 1] ? null : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
      }),
    }),
    "typo: another word": () => ({
      kind: "typo: another word",
      ...this.typo((w) => {
        const near = this.neighbours(w);
        return near.length ? this.pick(near) : null;
      }),
    }),
    prefix: () => {
      // "nguyen van d" (the name's start) or "kieu an" (two words from its end), the last cut short.
      const p = this.person();
      const cut = (word: string) => word.slice(0, 2 + Math.floor(this.next() * 2));
      const head = this.next() < 0.5 ? p.words.slice(0, -1) : p.words.slice(-2, -1);
      const words = [...head, cut(p.words[p.words.length - 1])];
      return this.ambiguous("prefix", words.join(" "), words, true, false);
    },
    "role with a place": () => this.role(),
    organisation: () => this.organization(),
    "form of address": () => {
      const p = this.person();
      const address = this.pick([p.gender === "female" ? "bà" : "ông", "đồng chí", "đ/c"]);
      const marked = this.next() < 0.5;
      return {
        kind: "form of address",
        q: `${address} ${marked ? p.fullName : p.folded}`,
        answers: marked ? new Set(this.dir.byMarked.get(lowerMarked(p.fullName))) : this.namesakes(p),
      };
    },
    "slip: telex": () => this.slip("telex"),
    "slip: vni, viqr": () => this.slip(this.next() < 0.5 ? "vni" : "viqr"),
    "slip: doubled letter": () => {
      const p = this.person();
      const words = [...p.words];
      const i = Math.floor(this.next() * words.length);
      const at = this.at(words[i]);
      words[i] = words[i].slice(0, at + 1) + words[i].slice(at);
      return { kind: "slip: doubled letter", q: words.join(" "), answers: this.namesakes(p) };
    },
    "slip: y for i": () => {
      for (;;) {
        const p = this.person();
        const words = p.fullName.split(" ");
        const i = words.findIndex((w) => Y_OR_I.test(w));
        if (i === -1) continue;
        words[i] = words[i].replace(/[yýỳỷỹỵiíìỉĩị]$/u, (v) => Y_TO_I[v] ?? I_TO_Y[v]);
        return { kind: "slip: y for i", q: words.join(" "), answers: this.namesakes(p) };
      }
    },
  };

  make(count: number): LabelledQuery[] {
    const kinds = Object.keys(this.makers);
    return Array.from({ length: count }, (_, i) => this.makers[kinds[i % kinds.length]]());
  }
}

/** Whether b is one insertion, deletion, substitution or adjacent swap from a. */
function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// ---- scoring a system ----

/** A system under test: the first results' keys for a query. */
export type Searcher = (q: string) => string[];

export interface KindScore {
  kind: string;
  queries: number;
  at1: number;
  at10: number;
  zero: number;
  reference?: { at1: number; at10: number };
}

export function score(queries: LabelledQuery[], results: string[][]): KindScore[] {
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const rows = kinds.map((kind) => {
    const picked = queries.map((q, i) => ({ q, found: results[i] })).filter(({ q }) => q.kind === kind);
    const share = (test: (found: string[], q: LabelledQuery) => boolean) =>
      picked.filter(({ q, found }) => test(found, q)).length / picked.length;
    const withReference = picked.filter(({ q }) => q.reference);
    const mean = (f: (q: LabelledQuery) => number) => withReference.reduce((sum, { q }) => sum + f(q), 0) / withReference.length;
    return {
      kind,
      queries: picked.length,
      at1: share((found, q) => found.length > 0 && q.answers.has(found[0])),
      at10: share((found, q) => found.slice(0, 10).some((key) => q.answers.has(key))),
      zero: share((found) => found.length === 0),
      reference: withReference.length ? { at1: mean((q) => q.reference!.at1), at10: mean((q) => q.reference!.at10) } : undefined,
    };
  });
  return rows;
}

/** The rows of the kinds named, taken together (weighted by their queries). */
export function combine(rows: KindScore[], kind: string, test: (kind: string) => boolean): KindScore {
  const picked = rows.filter((row) => test(row.kind));
  const queries = picked.reduce((sum, row) => sum + row.queries, 0);
  const mean = (f: (row: KindScore) => number) => picked.reduce((sum, row) => sum + f(row) * row.queries, 0) / queries;
  return { kind, queries, at1: mean((r) => r.at1), at10: mean((r) => r.at10), zero: mean((r) => r.zero) };
}

// ---- the libraries, over the same documents with the same folding ----

interface LibraryDocument {
  key: string;
  name: string;
  about: string;
}

/** search_docs' names and current roles (or an organisation's places), already folded. */
export function libraryDocuments(db: Db): LibraryDocument[] {
  return (
    db.$client
      .prepare(`SELECT d.kind || ':' || json_extract(d.display, '$.slug'), d.name, d.about FROM search_docs d ORDER BY d.id`)
      .raw()
      .all() as [string, string, string][]
  ).map(([key, name, about]) => ({ key, name, about }));
}

const tokens = (text: string) => foldWords(text).split(" ").filter(Boolean);

interface FlexDocument {
  search(query: string, options: { limit: number; suggest: boolean; merge?: boolean }): { field: string; result: number[] }[];
  add(document: { id: number; name: string; about: string }): void;
}

/** FlexSearch 0.8: a Document over names and roles, forward tokenizer, suggest on. */
export function flexSearcher(documents: LibraryDocument[]): Searcher {
  const { Document } = createRequire(import.meta.url)("flexsearch") as {
    Document: new (options: object) => FlexDocument;
  };
  const index = new Document({
    document: { id: "id", index: ["name", "about"] },
    tokenize: "forward",
    encoder: { normalize: false, prepare: (text: string) => text, finalize: (terms: string[]) => terms.flatMap(tokens) },
  });
  documents.forEach((d, id) => index.add({ id, name: d.name, about: d.about }));
  return (q) => {
    const fields = index.search(foldWords(q), { limit: 10, suggest: true });
    const ids = [...new Set(fields.flatMap((field) => field.result))].slice(0, 10);
    return ids.map((id) => documents[id].key);
  };
}

interface MiniSearchInstance {
  addAll(documents: { id: number; name: string; about: string }[]): void;
  search(query: string, options: object): { id: number }[];
}

/** MiniSearch: prefix and fuzzy (0.2) search, all words first and any word when that finds nothing. */
export function miniSearcher(documents: LibraryDocument[]): Searcher {
  const MiniSearch = createRequire(import.meta.url)("minisearch") as new (options: object) => MiniSearchInstance;
  const index = new MiniSearch({ fields: ["name", "about"], tokenize: tokens, processTerm: (term: string) => term });
  index.addAll(documents.map((d, id) => ({ id, name: d.name, about: d.about })));
  const options = { prefix: true, fuzzy: 0.2, boost: { name: 2 } };
  return (q) => {
    const found = index.search(foldWords(q), { ...options, combineWith: "AND" });
    const results = found.length ? found : index.search(foldWords(q), { ...options, combineWith: "OR" });
    return results.slice(0, 10).map((r) => documents[r.id].key);
  };
}
