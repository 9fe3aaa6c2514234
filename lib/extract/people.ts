/**
 * extractPeople: every person named in a news text with the titles given for
 * them. The text is scanned once, left to right. At each point either a
 * personal name starts (then its titles are read after it) or a title starts
 * (then, if it runs into a name, it belongs to that name). Names count as
 * people only with evidence: a marker ("đồng chí", "bà"), a title, or an
 * election to a role; a bare capitalised name is not enough.
 */
import { foldWords } from "../fold";
import { findNames, markerBefore, personMarkers, placeMarkers, type NameSpan } from "./names";
import { TitleReader, type TitleList, type TitleSpan } from "./titles";
import { PhraseSet, tokenize, type Token } from "./tokens";
import { PLURAL_MARKERS } from "./lexicon";

export interface ExtractedTitle {
  text: string;
  start: number;
  end: number;
  /** Every place the text gives this title to the person, the first one included; `heading`: a shared plural heading. */
  mentions: { start: number; end: number; heading: boolean; replaced: boolean; career: boolean }[];
}

export interface ExtractedPerson {
  name: string;
  nameStart: number;
  nameEnd: number;
  titles: ExtractedTitle[];
}

const pluralMarkers = new PhraseSet(PLURAL_MARKERS);
/** Verbs that, right before a person, open a list a role is then given to: "chỉ định ông A, B (…) và bà C giữ chức …". */
const listVerbs = new PhraseSet(["bầu", "chỉ định", "cử", "bổ nhiệm", "hiệp thương cử", "điều động"]);
/** "đồng chí A và B, Phó Chủ tịch …" still shares the title, though it starts no list. */
const sharingMarkers = new PhraseSet([...PLURAL_MARKERS, "đồng chí"]);
/** Election verbs that, after "được" and the electors, name the post: "… biểu quyết thống nhất cử giữ chức …". */
const laterTriggers = new PhraseSet(["cử", "bầu", "hiệp thương cử", "bổ nhiệm", "chỉ định", "giữ chức", "tín nhiệm bầu", "tín nhiệm cử"]);
/** How many tokens back a sentence-opening "Ông" may reach for the person it goes on about. */
const PRONOUN_REACH = 200;
/** Verbs after a sentence-opening "Ông", "Bà" that go on about a person's posts. */
const pronounVerbs = new PhraseSet([
  "từng",
  "từng là",
  "từng giữ",
  "được",
  "đã được",
  "đã từng",
  "nguyên là",
  "hiện là",
  "trúng cử",
  "được bầu",
]);
/** How an obituary's first items about a person begin: birth and home town. */
const careerAsides = new PhraseSet(["sinh ngày", "sinh năm", "quê quán", "quê", "nguyên quán", "trú quán", "dân tộc"]);
/** What a person does in their clause, so that a post named after it is someone else's. */
const actingVerbs = new PhraseSet(["công bố", "trao", "đọc", "tặng", "chúc mừng", "phát biểu", "chủ trì", "quyết định", "trình bày"]);
/** Where a transferred person goes, between the post left and the post taken. */
const postingCues = new PhraseSet([
  "đến nhận công tác",
  "về nhận công tác",
  "nhận công tác",
  "đến công tác",
  "đến nhận nhiệm vụ",
  "nhận nhiệm vụ",
]);
/** "giới thiệu (để) hiệp thương cử giữ chức …": put forward for the post the sentence then names; "để tham gia …, giữ chức …": moved in order to take it. */
const introductionCues = new PhraseSet(["giới thiệu để", "giới thiệu", "để"]);
/** How a descriptive aside after a name begins: "…, 86 tuổi, tổ dân phố 5, nguyên trưởng thôn". */
const descriptorCues = new PhraseSet([
  "sinh năm",
  "trú tại",
  "ở",
  "quê",
  "dân tộc",
  "người dân tộc",
  "năm nay",
  // an occupation before the posts: "đồng chí A - Giáo viên, Bí thư Đoàn trường …"
  "giáo viên",
  "bác sĩ",
  "kỹ sư",
  "luật sư",
  "doanh nhân",
]);

/** Names next to each other, joined by "," or "và": "các đồng chí A và B, Phó Chủ tịch …". */
interface Group {
  members: NameSpan[];
  /** A trailing title applies to every member, not only the last. */
  shared: boolean;
  end: number;
}

/** People in order of first mention, merged by folded name. */
class People {
  private readonly byName = new Map<string, ExtractedPerson>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  add(name: NameSpan, titles: readonly TitleSpan[]): void {
    const start = this.tokens[name.start].start;
    const end = this.tokens[name.end - 1].end;
    const key = this.keyOf(name);
    let person = this.byName.get(key) ?? this.shortFormOf(key);
    this.noteGivenName(key);
    if (!person) {
      person = { name: this.text.slice(start, end), nameStart: start, nameEnd: end, titles: [] };
      this.byName.set(key, person);
    }
    for (const title of titles) this.addTitle(person, title);
  }

  /**
   * "Chị Thu Hà", "anh Tước Nguyên" after "Trần Thu Hà", "Trương Minh Tước
   * Nguyên": a two-syllable name that ends exactly one earlier person's name.
   */
  private shortFormOf(key: string): ExtractedPerson | undefined {
    if (key.split(" ").length !== 2) return undefined;
    const longer = [...this.byName.entries()].filter(([full]) => full.endsWith(` ${key}`));
    if (longer.length !== 1) return undefined;
    this.aliases.set(key, longer[0][0]);
    return longer[0][1];
  }

  hasTitles(name: NameSpan): boolean {
    return (this.byName.get(this.keyOf(name))?.titles.length ?? 0) > 0;
  }

  private keyOf(name: NameSpan): string {
    const key = this.rawKey(name);
    return this.aliases.get(key) ?? key;
  }

  /** Short references ("anh Khoa") read as the person they name. */
  private readonly aliases = new Map<string, string>();

  /** Given names of the people so far, each to its one person; null once two people share it. */
  private readonly givenNames = new Map<string, string | null>();

  /** Reads `span` (a pronoun) as the person `name` is. */
  alias(span: NameSpan, name: NameSpan): void {
    this.aliases.set(this.rawKey(span), this.keyOf(name));
  }

  private rawKey(name: NameSpan): string {
    return foldWords(this.text.slice(this.tokens[name.start].start, this.tokens[name.end - 1].end));
  }

  /** The person a marked given name alone refers to ("Ông Trong từng là …"), made an alias of it; false when none or several. */
  aliasGivenName(span: NameSpan): boolean {
    const given = foldWords(this.tokens[span.start].text);
    const full = this.givenNames.get(given);
    if (!full) return false;
    this.aliases.set(given, full);
    return true;
  }

  private noteGivenName(key: string): void {
    const given = key.split(" ").pop()!;
    if (given === key) return;
    const known = this.givenNames.get(given);
    this.givenNames.set(given, known === undefined || known === key ? key : null);
  }

  private addTitle(person: ExtractedPerson, span: TitleSpan): void {
    if (span.end <= span.start) return;
    const start = this.tokens[span.start].start;
    const end = this.tokens[span.end - 1].end;
    const text = this.text.slice(start, end);
    const key = foldWords(text);
    const same = person.titles.find((t) => foldWords(t.text) === key);
    if (same) {
      if (!same.mentions.some((m) => m.start === start)) same.mentions.push(this.mentionOf(span, start, end));
      return;
    }
    person.titles.push({ text, start, end, mentions: [this.mentionOf(span, start, end)] });
  }

  private mentionOf(span: TitleSpan, start: number, end: number): ExtractedTitle["mentions"][number] {
    return { start, end, heading: !!span.heading, replaced: !!span.replaced, career: !!span.career };
  }

  list(): ExtractedPerson[] {
    return [...this.byName.values()];
  }
}

class Scanner {
  private readonly tokens: Token[];
  private readonly names: Map<number, NameSpan>;
  private readonly reader: TitleReader;
  private readonly people: People;
  /**
   * People listed one after another ("các đồng chí A, t1; B, t2 và C, t3 giữ
   * chức Phó Chủ tịch"): a role the list ends by electing them to reaches all.
   */
  private list: NameSpan[] = [];
  private listEnd = -1;
  /** The current list was opened by a plural marker ("các đồng chí", "các ông, bà:"). */
  private listOpen = false;
  /**
   * A shared plural heading ("Các Phó Chủ tịch Ủy ban MTTQ tỉnh gồm: A, B, C")
   * gives its titles to every person named up to `until` (a token index).
   */
  private heading: { titles: TitleSpan[]; until: number } | null = null;
  /** The person the text named last, whom a sentence opened by "Ông" or "Bà" may go on about. */
  private lastNamed: NameSpan | null = null;
  /** People a list names with an election of their own ("cử ông A giữ chức Chủ tịch; bà B … giữ chức Phó Chủ tịch"). */
  private readonly electedOwn = new Set<NameSpan>();

  constructor(text: string) {
    this.tokens = tokenize(text);
    this.names = findNames(this.tokens);
    this.reader = new TitleReader(this.tokens, this.names);
    this.people = new People(text, this.tokens);
  }

  run(): ExtractedPerson[] {
    let i = 0;
    while (i < this.tokens.length) {
      const name = this.names.get(i);
      if (name) {
        i = this.mention(name, []);
        continue;
      }
      const short = this.shortReference(i);
      if (short) {
        i = this.mention(short, []);
        continue;
      }
      i = this.titleFirst(i);
    }
    return this.people.list();
  }

  /**
   * "Ông Trong từng là …", "anh Khoa": a person marker and a lone given name
   * that one person named earlier has; a span for that given name, or null.
   */
  private shortReference(i: number): NameSpan | null {
    const t = this.tokens;
    const marker = personMarkers.match(t, i);
    const k = i + marker;
    if (!marker) return null;
    if (!t[k]?.nameShape || t[k + 1]?.nameShape || this.names.has(k)) return this.pronounAt(i, marker);
    const span = { start: k, end: k + 1, marked: true };
    return this.people.aliasGivenName(span) ? span : null;
  }

  /**
   * "… Lê Minh Thông sinh năm 1961. Ông từng giữ chức vụ Chủ tịch UBND huyện
   * …": a sentence opened by "Ông", "Bà" and a verb of holding or taking goes
   * on about the person the paragraph last named. A span for the pronoun, or null.
   */
  private pronounAt(i: number, marker: number): NameSpan | null {
    const t = this.tokens;
    const opens = i === 0 || t[i - 1].kind === "newline" || t[i - 1].text === ".";
    if (!opens || marker !== 1 || !t[i].cap || !pronounVerbs.match(t, i + 1)) return null;
    const last = this.lastNamed;
    // the same paragraph, and near: a bounded look back keeps reading linear
    if (!last || i - last.end > PRONOUN_REACH) return null;
    for (let k = last.end; k < i; k++) if (t[k].kind === "newline") return null;
    const span = { start: i, end: i + 1, marked: true };
    this.people.alias(span, last);
    return span;
  }

  /** A title at i that leads into a name ("Chủ tịch Hội LHPN tỉnh Trần Thị B"); returns the next index. */
  private titleFirst(i: number): number {
    const list = this.reader.headAt(i) ? this.reader.titleList(i) : null;
    if (!list) return i + 1;
    const heading = list.name ? null : this.headingAfter(list, i);
    if (heading) {
      this.heading = { titles: list.titles.map((title) => ({ ...title, heading: true })), until: heading.until };
      return heading.next;
    }
    const name = list.name ?? this.nameAfterTitles(list);
    if (!name) return Math.max(list.end, i + 1); // skip the title so its words are not read as names
    // "- Chủ tịch: Ông A": an item of a list of posts, like a heading's
    const item = this.startsLine(i) && this.tokens[list.end]?.text === ":";
    // "bầu bổ sung chức vụ Ủy viên UBND tỉnh đối với ông A, …  và ông B, …": every person the clause then names
    if (
      !item &&
      this.tokens[name.start - 1 - personMarkers.matchEndingAt(this.tokens, name.start, 3)]?.key === "với" &&
      this.forWhom(list, name)
    ) {
      this.heading = { titles: list.titles.map((title) => ({ ...title, heading: true })), until: this.clauseEnd(name.start) };
      return this.mention(name, [], i);
    }
    return this.mention(name, item ? list.titles.map((title) => ({ ...title, heading: true })) : list.titles, i);
  }

  /**
   * Whether a title list heads a list of people: "Các Phó Bí thư Tỉnh ủy gồm
   * các ông: A (…), B (…)", "Các Phó chủ tịch khác gồm các bà A, B và các ông
   * C, D", "… giữ chức vụ Phó Bí thư, gồm:" followed by one person a line.
   * Returns where the people start and the token the heading reaches to.
   */
  private headingAfter(list: TitleList, from: number): { next: number; until: number } | null {
    const t = this.tokens;
    let k = list.end;
    if (t[k]?.key === "khác") k++;
    k = this.skipTerm(k);
    // "… Ủy viên UBND tỉnh đối với 4 đại biểu, gồm các ông: …"
    if (t[k]?.key === "đối" && t[k + 1]?.key === "với" && t[k + 2]?.kind === "num") {
      let c = k + 3;
      while (c < k + 6 && t[c]?.kind === "word") c++;
      if (t[c]?.text === "," && t[c + 1]?.key === "gồm") k = c;
    }
    if (t[k]?.text === ",") k++;
    // "… gồm:", or "các đồng chí Nguyên Tỉnh ủy viên, Phó Chủ tịch … là A, B, C"
    const gom = t[k]?.key === "gồm" || (t[k]?.key === "là" && pluralMarkers.matchEndingAt(t, from, 4) > 0);
    if (gom) k += t[k + 1]?.key === "có" ? 2 : 1;
    else if (!(t[k]?.text === ":" && (pluralMarkers.matchEndingAt(t, from, 4) > 0 || this.countedPeopleBefore(from)))) return null;
    const start = k;
    if (t[k]?.text === ":") k++;
    k += pluralMarkers.match(t, k);
    if (t[k]?.text === ":") k++;
    if (t[k]?.kind === "newline") return { next: k, until: this.linesOfPeople(k) };
    if (!this.names.has(k + personMarkers.match(t, k))) return null;
    let until = k;
    while (until < t.length && t[until].kind !== "newline" && t[until].text !== ".") until++;
    return { next: start, until };
  }

  /** "cùng 04 đồng chí Phó Chủ tịch: …": a number of people right before the heading's title. */
  private countedPeopleBefore(from: number): boolean {
    const t = this.tokens;
    const marker = personMarkers.matchEndingAt(t, from, 3);
    return marker > 0 && t[from - marker - 1]?.kind === "num";
  }

  /** From a line break after "gồm:", the lines that each start with a person ("Bà A, …", "1. Ông B, …"); where they end. */
  private linesOfPeople(k: number): number {
    const t = this.tokens;
    let end = k;
    for (;;) {
      while (t[k]?.kind === "newline") k++;
      let first = k;
      if (t[first]?.kind === "num" && t[first + 1]?.text === ".") first += 2;
      if (t[first]?.kind === "dash") first++;
      if (!t[first] || !this.names.has(first + personMarkers.match(t, first))) return end;
      while (k < t.length && t[k].kind !== "newline") k++;
      end = k;
    }
  }

  /** The name came after the titles by way of "đối với" ("… chức vụ Ủy viên UBND tỉnh, nhiệm kỳ …, đối với ông A"). */
  private forWhom(list: TitleList, name: NameSpan): boolean {
    const t = this.tokens;
    const k = name.start - personMarkers.matchEndingAt(t, name.start, 3);
    return t[k - 2]?.key === "đối" && t[k - 1]?.key === "với" && k - 2 >= list.end;
  }

  /** Where the clause holding token i ends: the next ";", full stop, line break or another "đối với" (another post's people). */
  private clauseEnd(i: number): number {
    const t = this.tokens;
    let k = i;
    while (
      k < t.length &&
      t[k].text !== ";" &&
      t[k].text !== "." &&
      t[k].kind !== "newline" &&
      !(t[k].key === "đối" && t[k + 1]?.key === "với")
    )
      k++;
    return k;
  }

  /** "Chủ tịch UBND tỉnh, ông Nguyễn Văn A" and "Các Phó Chủ tịch …: A, B". */
  private nameAfterTitles(list: TitleList): NameSpan | null {
    // "Chủ tịch Hội Nông dân tỉnh nhiệm kỳ IX Nguyễn Huy Anh": the term between the title and the name
    const afterTerm = this.skipTerm(this.tokens[list.end]?.text === "," ? list.end + 1 : list.end);
    if (afterTerm !== list.end && this.names.has(afterTerm)) return this.names.get(afterTerm)!;
    // "quyết định … giữ chức danh Chủ tịch Liên đoàn Lao động tỉnh, nhiệm kỳ 2023 - 2028, đối với ông A"
    if (this.tokens[afterTerm]?.key === "đối" && this.tokens[afterTerm + 1]?.key === "với") {
      const k = afterTerm + 2;
      return this.names.get(k + personMarkers.match(this.tokens, k)) ?? null;
    }
    const sep = this.tokens[list.end];
    // "Bí thư Tỉnh đoàn - Đinh Thị Mai": a dash after a title that a name follows
    if (sep?.kind === "dash") return this.names.get(list.end + 1 + personMarkers.match(this.tokens, list.end + 1)) ?? null;
    if (!sep || (sep.text !== "," && sep.text !== ":")) return null;
    let k = list.end + 1;
    const marker = personMarkers.match(this.tokens, k);
    if (sep.text === "," && !marker) return null;
    k += marker;
    return this.names.get(k) ?? null;
  }

  /**
   * Handle a name (and names joined to it) with titles already read before it,
   * `from` being where the mention starts (its first title, or the name); return the next index.
   */
  private mention(first: NameSpan, before: TitleSpan[], from = first.start): number {
    const lead = this.skipColonBack(from);
    const marker = personMarkers.matchEndingAt(this.tokens, lead, 3);
    this.followList(
      from,
      pluralMarkers.matchEndingAt(this.tokens, lead, 4) > 0 || listVerbs.matchEndingAt(this.tokens, lead - marker, 3) > 0,
    );
    const plural = pluralMarkers.matchEndingAt(this.tokens, lead, 4) > 0;
    this.lastNamed = first;
    const group = this.group(first, sharingMarkers.matchEndingAt(this.tokens, lead, 4) > 0);
    const own = this.titlesOf(group);
    const headed = this.heading !== null && first.start < this.heading.until;
    const evidence = headed || before.length > 0 || own.titles.length > 0 || group.members.some((m) => this.marked(m));
    if (!evidence) {
      this.list = [];
      return first.end;
    }
    const heading = this.heading && first.start < this.heading.until ? this.heading.titles : [];
    const last = group.members[group.members.length - 1];
    for (const member of group.members) {
      // "A và bà B (Chủ tịch …)": a parenthesis is only the name's right before it
      const shared = member === last ? own.titles : own.titles.filter((title) => !own.parens.includes(title));
      const shares = own.allShare || this.sharesTitles(group, member);
      // "Các ông bà: A, B, C giữ chức Phó Chủ tịch …": the post a plural list is elected to is each one's
      const elected = !shares && plural && member !== last ? own.elected : [];
      this.people.add(member, [...heading, ...(shares ? [...before, ...shared] : [...before, ...elected])]);
    }
    // the role the list ends on reaches the earlier items, except those elected to a role of their own
    if (this.listOpen) for (const earlier of this.list) if (!this.electedOwn.has(earlier)) this.people.add(earlier, own.elected);
    if (own.elected.length > 0) for (const member of group.members) this.electedOwn.add(member);
    const replaced = own.elected.length > 0 ? this.replacedAt(own.end) : null;
    if (replaced)
      this.people.add(
        replaced,
        own.elected.map((title) => ({ ...title, replaced: true })),
      );
    this.list.push(...group.members);
    this.listEnd = own.end;
    return Math.max(own.end, first.end);
  }

  /**
   * An obituary's career after a name: "Đồng chí A, sinh ngày 3-8-1942; quê
   * quán: xã …, tỉnh Hà Nam; Phó Chủ nhiệm …; nguyên Phó Chủ tịch UBND tỉnh …;
   * Chủ tịch Hội …". Items between semicolons, the first asides (birth, home
   * town), then titles; null when the name is not followed so.
   */
  private careerAfter(j: number): { titles: TitleSpan[]; end: number } | null {
    const t = this.tokens;
    if (t[j]?.text !== "," || !careerAsides.match(t, j + 1)) return null;
    let k = j + 1;
    const titles: TitleSpan[] = [];
    for (let item = 0; item < 12; item++) {
      const stop = this.itemEnd(k);
      if (careerAsides.match(t, k)) k = stop;
      else {
        const list = this.reader.headAt(k) ? this.reader.titleList(k) : null;
        if (!list || list.name) break;
        titles.push(...list.titles.map((title) => ({ ...title, career: true })));
        k = stop;
      }
      if (t[k]?.text !== ";") break;
      k++;
    }
    return titles.length > 0 ? { titles, end: k } : null;
  }

  /** The ";", full stop or line break that ends the item starting at k. */
  private itemEnd(k: number): number {
    const t = this.tokens;
    while (k < t.length && t[k].text !== ";" && t[k].text !== "." && t[k].kind !== "newline") k++;
    return k;
  }

  /** "…, thay (cho) bà A": the person whose post the one just elected takes. */
  private replacedAt(k: number): NameSpan | null {
    const t = this.tokens;
    // past "(Hội LHPN)" and the term: "… Việt Nam (Hội LHPN) nhiệm kỳ 2017 - 2022, thay bà A"
    if (t[k]?.text === "(") {
      const close = t.slice(k, k + 8).findIndex((tok) => tok.text === ")");
      if (close > 0) k += close + 1;
    }
    k = this.skipTerm(k);
    if (t[k]?.text === "," || t[k]?.text === ";" || t[k]?.text === "(") k++;
    if (t[k]?.key !== "thay") return null;
    k++;
    if (t[k]?.key === "cho" || t[k]?.key === "thế") k++;
    return this.names.get(k + personMarkers.match(t, k)) ?? null;
  }

  /** Titles read after a group: in parentheses, after a separator, and a role elected to. */
  private titlesOf(group: Group): { titles: TitleSpan[]; parens: TitleSpan[]; elected: TitleSpan[]; end: number; allShare: boolean } {
    const career = this.careerAfter(group.end);
    if (career) return { titles: career.titles, parens: [], elected: [], end: career.end, allShare: false };
    const inParens = this.parenthetical(group.end);
    const after = this.titlesAfter(inParens.end);
    // "…, Ủy viên Ban Thường vụ Tỉnh ủy (nguyên chủ tịch UBND tỉnh) tham gia …": a parenthesis after the titles too
    const parensAfter = after ? this.parenthetical(after.end) : { titles: [], end: inParens.end };
    const j = parensAfter.end;
    const chained = this.electedChain(j);
    const elected = chained.titles.length > 0 ? chained : (this.electedLater(j) ?? chained);
    return {
      titles: [...inParens.titles, ...(after?.titles ?? []), ...parensAfter.titles, ...elected.titles],
      parens: inParens.shared ? parensAfter.titles : [...inParens.titles, ...parensAfter.titles],
      allShare: !!inParens.shared,
      elected: elected.titles,
      end: elected.end,
    };
  }

  /**
   * The posts one sentence elects a person to or takes from them, in turn:
   * "thôi tham gia Ban Chấp hành, Ban Thường vụ và thôi giữ chức Bí thư Đảng
   * ủy xã, đến nhận công tác tại Ủy ban MTTQ tỉnh từ ngày 21/8/2025, giới
   * thiệu hiệp thương cử giữ chức vụ Phó Chủ tịch …".
   */
  private electedChain(j: number): { titles: TitleSpan[]; end: number } {
    const titles: TitleSpan[] = [];
    let end = j;
    for (let n = 0; n < 4; n++) {
      const posted = this.pastPosting(end);
      // "A – Phó Chủ tịch … phường – giữ chức Chủ tịch Hội LHPN phường": the dash closing the titles
      const closed = n === 0 && this.tokens[end]?.kind === "dash" ? this.reader.electedTo(end + 1) : null;
      const elected =
        closed ?? this.reader.electedTo(this.skipTerm(end)) ?? (posted === end ? null : this.reader.electedTo(this.skipTerm(posted)));
      if (!elected || elected.end === end) break;
      if (elected.name && elected.titles.length > 1) {
        // "được cử làm Bí thư Thành ủy, Phó Chủ tịch Lê Bá Trình nghỉ hưu": the last title is the next person's
        const next = elected.titles[elected.titles.length - 1];
        titles.push(...elected.titles.slice(0, -1));
        end = next.start;
        break;
      }
      titles.push(...elected.titles);
      end = elected.end;
      if (elected.name) break;
    }
    return { titles, end };
  }

  /**
   * The post a person is elected to further on in their clause, past the
   * words saying who elected them: "ông A - …, Phó Chủ tịch UBND tỉnh - đã
   * được các ủy viên Ủy ban MTTQ tỉnh khoá X biểu quyết thống nhất 100% cử
   * giữ chức Chủ tịch …". Only through "được" (or straight to "thôi"), and
   * never past another name or the clause's end.
   */
  private electedLater(j: number): { titles: TitleSpan[]; end: number } | null {
    const t = this.tokens;
    let passive = false;
    for (let k = j; k < j + 30 && t[k]; k++) {
      const tok = t[k];
      if (tok.text === "." || tok.text === ";" || tok.text === ":" || tok.kind === "newline" || this.names.has(k)) return null;
      // "ông A - … công bố quyết định thôi giữ chức … đối với ông B": A acts; the post is B's
      if (actingVerbs.match(t, k)) return null;
      // "được …", or "giới thiệu ông A … để Ủy ban MTTQ tỉnh hiệp thương bầu giữ chức …"
      if (tok.key === "được" || tok.key === "để") passive = true;
      else if ((passive && laterTriggers.match(t, k)) || (tok.key === "thôi" && k > j)) {
        const chain = this.electedChain(k);
        return chain.titles.length > 0 ? chain : null;
      }
    }
    return null;
  }

  /** Past ", đến nhận công tác tại <body> từ ngày …, giới thiệu (để)" between two posts of a transfer; or k. */
  private pastPosting(k: number): number {
    const t = this.tokens;
    let i = k;
    if (t[i]?.text === ",") i++;
    if (postingCues.match(t, i)) {
      const stop = Math.min(t.length, i + 30);
      while (i < stop && t[i].text !== "," && t[i].kind !== "newline" && t[i].text !== "." && t[i].key !== "và") i++;
      if (t[i]?.text === "," || t[i]?.key === "và") i++;
    }
    i += introductionCues.match(t, i);
    return i === k + (t[k]?.text === "," ? 1 : 0) ? k : i;
  }

  /** Token i opens a line, perhaps after a dash or a number ("- Chủ tịch: …", "1. Phó Chủ tịch: …"). */
  private startsLine(i: number): boolean {
    let k = i - 1;
    if (this.tokens[k]?.kind === "dash") k--;
    else if (this.tokens[k]?.text === "." && this.tokens[k - 1]?.kind === "num") k -= 2;
    return k < 0 || this.tokens[k].kind === "newline";
  }

  /** Past the terms a title ends with and a comma: "… khóa XXII, nhiệm kỳ 2019 – 2024, được … cử giữ chức …". */
  private skipTerm(j: number): number {
    let k = j;
    for (let n = 0; n < 3; n++) {
      const next = this.skipOneTerm(k);
      if (next === k) break;
      k = next;
    }
    return k;
  }

  private skipOneTerm(j: number): number {
    const t = this.tokens;
    let k = j;
    if (t[k]?.text === "," && (t[k + 1]?.key === "nhiệm" || t[k + 1]?.key === "khóa")) k++;
    if (t[k]?.text === "(") k++;
    const numeral = (tok: Token | undefined) => !!tok && (tok.kind === "num" || tok.kind === "dash" || /^[IVXLC]+$/.test(tok.text));
    if (t[k]?.key === "nhiệm" && t[k + 1]?.key === "kỳ") {
      k += 2;
      // "nhiệm kỳ (2016 – 2021)"
      const parens = t[k]?.text === "(" && numeral(t[k + 1]);
      if (parens) k++;
      while (numeral(t[k])) k++;
      if (parens && t[k]?.text === ")") k++;
    } else if (t[k]?.key === "khóa" && t[k + 1]) k += 2;
    else if (t[k]?.key === "lần" && t[k + 1]?.key === "thứ" && t[k + 2]) k += 3;
    else return j;
    if (t[k]?.text === ")") k++;
    return t[k]?.text === "," ? k + 1 : k;
  }

  /** Start a list at a plural marker, keep it while mentions follow on, drop it otherwise. */
  private followList(from: number, plural: boolean): void {
    if (plural || !this.continuesList(from)) this.list = [];
    this.listOpen = plural || (this.listOpen && this.list.length > 0);
  }

  /** The mention at `from` is the next item of the list that ended at listEnd: only ";", "," or "và" between. */
  private continuesList(from: number): boolean {
    if (this.list.length === 0) return false;
    const start = from - personMarkers.matchEndingAt(this.tokens, from, 3);
    const between = this.tokens.slice(this.listEnd, start).map((t) => t.key);
    return between.length >= 1 && between.length <= 2 && between.every((key) => key === ";" || key === "," || key === "và");
  }

  /**
   * Whether a title after the group is this member's. "A và B, Phó Chủ tịch"
   * gives it to both, except to a person the article has already given titles:
   * "bà Hân (already Chủ tịch) và bà Oanh, Phó Chủ tịch" means only Oanh.
   */
  private sharesTitles(group: Group, member: NameSpan): boolean {
    if (member === group.members[group.members.length - 1]) return true;
    return group.shared && !this.people.hasTitles(member);
  }

  private marked(name: NameSpan): boolean {
    return name.marked || markerBefore(this.tokens, name.start) > 0;
  }

  /** Names joined by "," or "và" (each perhaps with its own marker) right after `first`. */
  private group(first: NameSpan, plural: boolean): Group {
    const members = [first];
    let shared = plural;
    let end = first.end;
    for (;;) {
      const joiner = this.tokens[end];
      if (!joiner || (joiner.text !== "," && joiner.key !== "và")) break;
      let k = end + 1;
      let withAnd = joiner.key === "và";
      if (joiner.text === "," && this.tokens[k]?.key === "và") {
        k++;
        withAnd = true;
      }
      k += pluralMarkers.match(this.tokens, k) || personMarkers.match(this.tokens, k);
      const next = this.names.get(k);
      if (!next) break;
      members.push(next);
      shared ||= withAnd;
      end = next.end;
    }
    return { members, shared, end };
  }

  /** "Các đồng chí: A - …": look past the colon for the plural marker. */
  private skipColonBack(i: number): number {
    return this.tokens[i - 1]?.text === ":" ? i - 1 : i;
  }

  /**
   * A short parenthesis after a name: a title "(Chủ tịch UBMTTQ xã)" is kept,
   * a photo position "(thứ hai từ trái sang)" or an age is skipped.
   */
  private parenthetical(j: number): { titles: TitleSpan[]; end: number; shared?: boolean } {
    if (this.tokens[j]?.text !== "(") return { titles: [], end: j };
    let close = j + 1;
    while (close < j + 24 && this.tokens[close] && this.tokens[close].text !== ")") {
      if (this.tokens[close].kind === "newline") return { titles: [], end: j };
      close++;
    }
    if (this.tokens[close]?.text !== ")") return { titles: [], end: j };
    // "(đều là Phó Chủ tịch … khóa X)": a title each person of the list before holds
    const all = this.tokens[j + 1]?.key === "đều" && this.tokens[j + 2]?.key === "là" ? 2 : 0;
    const inside = this.reader.headAt(j + 1 + all) ? this.reader.titleList(j + 1 + all) : null;
    const titles = inside && inside.end <= close ? inside.titles : [];
    return { titles, end: close + 1, shared: all > 0 };
  }

  /**
   * Skip asides between a name and its title: age, birth year, address
   * ("…, 86 tuổi, tổ dân phố Hồng Châu, nguyên trưởng thôn"). Returns the
   * comma before the title, or j when no title follows the asides.
   */
  private skipAsides(j: number): number {
    let k = j;
    for (let n = 0; n < 3 && (this.tokens[k]?.text === "," || (n === 0 && this.tokens[k]?.kind === "dash")); n++) {
      if (this.reader.headAt(k + 1)) return k;
      const end = this.asideEnd(k + 1);
      if (end === null) return j;
      k = end;
    }
    return j;
  }

  /** The comma closing an aside that starts at i, or null when i does not start one. */
  private asideEnd(i: number): number | null {
    const t = this.tokens;
    const isAge = t[i]?.kind === "num" && t[i + 1]?.key === "tuổi";
    if (!isAge && !descriptorCues.match(t, i) && !placeMarkers.match(t, i)) return null;
    for (let k = i + 1; k < i + 9 && t[k]; k++) {
      if (t[k].text === ",") return k;
      if (t[k].kind === "punct" || t[k].kind === "newline") return null;
    }
    return null;
  }

  /** Titles after a name: "A - t1, t2", "A, t1", "A: t1", "A kiêm t1", "A t1". */
  private titlesAfter(j: number): TitleList | null {
    j = this.skipAsides(j);
    const sep = this.tokens[j];
    if (!sep) return null;
    const separated = sep.kind === "dash" || sep.text === "," || sep.text === ":" || sep.key === "kiêm";
    const at = separated ? j + 1 : j;
    if (!this.reader.headAt(at)) return null;
    const list = this.reader.titleList(at);
    // a title that runs into the next name belongs to that name, unless it is ours by separator
    if (list && list.name && !separated) return { ...list, titles: [], end: j };
    return list ? { ...list, end: list.name ? list.name.start : list.end } : null;
  }
}

export function extractPeople(text: string): ExtractedPerson[] {
  return new Scanner(text).run();
}
