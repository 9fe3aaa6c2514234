/**
 * Reading titles ("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh") out
 * of the token stream. A title is a role head followed by an organisation
 * phrase. Where it ends is the hard part: Vietnamese capitalises only the
 * first syllable of each term ("Hội Liên hiệp Phụ nữ", "Ban Dân chủ - Giám
 * sát và Phản biện xã hội"), so lowercase words are allowed only in the
 * places a term can continue, and a verb, preposition, punctuation or a
 * following personal name ends the title.
 */
import {
  ELECTED_BODIES,
  ELECTION_FILLERS,
  ELECTION_NEGATIONS,
  ELECTION_TRIGGERS,
  LEVEL_WORDS,
  PLACE_NAMES,
  ROLE_PREFIXES,
  ROLE_QUALIFIERS,
  STOP_PHRASES,
  TITLE_WORDS,
} from "./lexicon";
import { roleHeads, type NameSpan } from "./names";
import { keyOf, PhraseSet, type Token } from "./tokens";

/** A title as token indices [start, end). */
export interface TitleSpan {
  start: number;
  end: number;
  /** Given by a shared plural heading ("Các Phó Chủ tịch … gồm: …"). */
  heading?: boolean;
  /** Given to the person another is elected in place of ("…, thay bà A"): the post they leave. */
  replaced?: boolean;
  /** One of the posts of an obituary's career, held some time before. */
  career?: boolean;
}

export interface TitleList {
  titles: TitleSpan[];
  /** First token after the list. */
  end: number;
  /** The last title ran into a personal name: it is that person's title. */
  name: NameSpan | null;
}

const levelWords = new PhraseSet(LEVEL_WORDS);
/** The levels of the administration, which tell a body's place ("Ban Tổ chức" names no "tổ"). */
const adminLevels = new PhraseSet(["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "Trung ương"]);
/** Compared as a key, whose tone marks sit where keyOf puts them. */
const DOAN = keyOf("Đoàn");
const MEMBER = ["Ủy", "viên"].map(keyOf);
const BAN = keyOf("Ban");
const THUONG = keyOf("Thường");
const ANH = keyOf("ảnh");
const [PHU, TRACH] = ["phụ", "trách"].map(keyOf);
const PARENT_BODIES = ["Ủy", "UBMTTQ", "UBMTTQVN", "MTTQ", "Hội", "Liên", "Tỉnh", "Huyện", "Thành", "Đảng", "Tổng"].map(keyOf);
const titleWords = new PhraseSet(TITLE_WORDS);
const stopPhrases = new PhraseSet(STOP_PHRASES);
const places = new PhraseSet(PLACE_NAMES);
const prefixes = new PhraseSet(ROLE_PREFIXES);
const qualifiers = new PhraseSet(ROLE_QUALIFIERS);
const electedBodies = new PhraseSet(ELECTED_BODIES);
const electionTriggers = new PhraseSet(ELECTION_TRIGGERS);
const electionFillers = new PhraseSet(ELECTION_FILLERS);
const electionNegations = new PhraseSet(ELECTION_NEGATIONS);

/**
 * Where the walk through a title stands:
 * head  – just after the role head ("Chủ tịch");
 * org   – after a capitalised organisation word: one lowercase syllable may follow ("Tỉnh ủy");
 * level – after "tỉnh", "xã", "khóa"…: a place name or number may follow;
 * place – after a place name or abbreviation: only a level word may follow.
 */
type State = "head" | "org" | "level" | "place";

interface BodyEnd {
  end: number;
  name: NameSpan | null;
}

export class TitleReader {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly names: ReadonlyMap<number, NameSpan>,
  ) {}

  /** Tokens of a role head (with "tân", "nguyên", "Quyền" before it) starting at i, or 0. */
  headAt(i: number): number {
    const qualifier = qualifiers.match(this.tokens, i);
    const pre = prefixes.match(this.tokens, i + qualifier);
    const head = roleHeads.match(this.tokens, i + qualifier + pre);
    if (!head) return 0;
    // "Đoàn Chủ tịch", "Đoàn đại biểu Quốc hội" are bodies, not roles
    if (qualifier + pre === 0 && this.tokens[i - 1]?.key === DOAN) return 0;
    if (this.tokens[i - 1]?.key === BAN && this.tokens[i].key === THUONG) return 0; // "Ban Thường vụ" is a body
    return qualifier + pre + head;
  }

  /** One title starting at i, or null when no role head starts there. */
  titleAt(i: number): (TitleSpan & { name: NameSpan | null }) | null {
    const head = this.headAt(i);
    if (!head) return null;
    // "Trưởng Ban dân vận huyện ủy": a head ending in "Ban" goes on like a body's name
    const body = this.body(i + head, this.tokens[i + head - 1].key === BAN ? "org" : "head");
    const start = i + qualifiers.match(this.tokens, i); // "tân Chủ tịch …" is kept as "Chủ tịch …"
    return { start, end: body.end, name: body.name };
  }

  /** Walk an organisation phrase from j in the given state; return where it ends. */
  private body(j: number, state: State): BodyEnd {
    const t = this.tokens;
    let budget = 0; // lowercase syllables still allowed after a capitalised word
    for (;;) {
      const tok = t[j];
      if (!tok || this.names.has(j)) return { end: j, name: this.names.get(j) ?? null };
      if (tok.kind === "dash") {
        // "Ban Dân chủ - Giám sát": a dash inside a term, followed by its next part
        if (state === "org" && this.continuesWithOrgWord(j + 1)) {
          j++;
          continue;
        }
        // "tỉnh Bà Rịa - Vũng Tàu", "Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh": one province, one body
        if (
          state === "place" &&
          (places.match(t, j + 1) || (t[j - 1]?.kind === "word" && this.continuesWithOrgWord(j + 1) && !t[j + 1].abbr))
        ) {
          j++;
          continue;
        }
        return { end: j, name: null };
      }
      if (tok.kind === "num") {
        if (state !== "level") return { end: j, name: null };
        j++;
        state = "place";
        continue;
      }
      // "Liên đoàn Lao động (LĐLĐ) tỉnh An Giang": the short name given in passing, inside the title
      if (tok.text === "(" && t[j + 1]?.abbr && t[j + 2]?.text === ")" && state === "org" && levelWords.match(t, j + 3)) {
        j += 3;
        continue;
      }
      // "Chủ tịch HĐND tỉnh Sóc Trăng (cũ)", "xã Tân Hòa (mới)": the body before or after a merger, part of the title
      if (tok.text === "(" && (t[j + 1]?.key === "cũ" || t[j + 1]?.key === "mới") && t[j + 2]?.text === ")")
        return { end: j + 3, name: this.names.get(j + 3) ?? null };
      // "Sở VH-TT&DL", "Sở NN&PTNT": an ampersand inside an abbreviation
      if (tok.text === "&" && t[j - 1]?.abbr && t[j + 1]?.abbr) {
        j++;
        continue;
      }
      if (tok.kind !== "word") return { end: j, name: null };
      const step = this.wordStep(j, state, budget);
      if (!step) return { end: j, name: null };
      [j, state, budget] = step;
    }
  }

  /** Consume the word(s) at j if they can continue the title: new [j, state, budget], or null. */
  private wordStep(j: number, state: State, budget: number): [number, State, number] | null {
    const t = this.tokens;
    const tok = t[j];
    if (tok.key === "tp" && t[j + 1]?.text === ".") return [j + 2, "level", 0]; // "TP. Hồ Chí Minh"
    if (tok.key === "ub" && t[j + 1]?.text === "." && t[j + 2]?.abbr) return [j + 2, "org", 0]; // "UB. MTTQ huyện"
    if (tok.key === "và") return this.andStep(j, state, budget);
    if (tok.key === "kiêm") return null;
    // "khóa XIV", "khóa mới": the term, not part of the title
    if (tok.key === "khóa") return null;
    if (tok.cap || tok.abbr) {
      if (this.headAt(j) && state !== "org" && state !== "head") return null; // a new title without a comma
      if (tok.key === ANH) return null; // "… tỉnh Tây Ninh ẢNH: B.B", a photo credit
      // "nước Cộng hòa xã hội chủ nghĩa Việt Nam": a name of several words, only the first capitalised
      const phrase = titleWords.match(t, j);
      if (phrase > 1) return [j + phrase, "org", 0];
      // "Hội LHTN Việt Nam Thành phố": a level written capitalised
      const capitalLevel = levelWords.match(t, j);
      if (capitalLevel > 1 && (state === "place" || state === "org")) return [j + capitalLevel, "level", 0];
      // "Trưởng ban Dân vận Trung ương Bộ Chính trị cũng phân công …": after the level, a new body is the next clause's subject
      if (state === "level" && t[j - 1]?.key === "ương" && electedBodies.match(t, j) && t[j].key !== "ủy") return null;
      const place = places.match(t, j);
      if (place) return [j + place, "place", 0];
      if (tok.abbr) return [j + 1, "org", 0]; // "Hội LHPN tỉnh", "Công ty TNHH Cơ khí …"
      if (state === "level" || state === "place") return [j + 1, "place", 0]; // "xã Tà Tổng"
      return [j + 1, "org", 1];
    }
    const level = levelWords.match(t, j);
    const words = titleWords.match(t, j);
    if (words && (level || state === "org" || state === "head")) return [j + words, "org", 0];
    // "Ủy viên Thường vụ Trung ương Hội Nông dân Việt Nam phụ trách phía Nam"
    if (state === "place" && t[j].key === PHU && t[j + 1]?.key === TRACH) return [j + 2, "org", 1];
    if (level) return [j + level, "level", 0];
    if (stopPhrases.match(t, j)) return null;
    if (state === "org" && budget > 0) return [j + 1, "org", budget - 1];
    const tail = state === "org" ? this.lowercaseTail(j) : 0;
    return tail ? [j + tail, "org", 0] : null;
  }

  /**
   * Longer lowercase tails of a term ("Ban Vận động cứu trợ tỉnh", "Hội Bảo
   * trợ người khuyết tật tỉnh") are accepted only when a level word closes the
   * title right after them; "Bí thư Tỉnh ủy khảo sát xã Tà Tổng" is a verb
   * and its object, since the level word there is followed by an unknown place.
   * Returns how many words the tail has, or 0.
   */
  private lowercaseTail(j: number): number {
    const t = this.tokens;
    for (let k = j; k < j + 4; k++) {
      const tok = t[k];
      if (!tok || tok.kind !== "word" || tok.cap || tok.abbr || tok.key === "và") return 0;
      // "Trưởng Ban dân vận huyện ủy": a lowercase tail closed by a body ("huyện ủy") or a level word
      const body = titleWords.match(t, k);
      if (body && k > j && levelWords.match(t, k) && this.closesTitle(k + body)) return k - j + body;
      const level = levelWords.match(t, k);
      if (level) return k > j && this.closesTitle(k + level) ? k - j : 0;
      if (stopPhrases.match(t, k)) return 0;
    }
    return 0;
  }

  /** Nothing more of a title can follow at i: punctuation, a verb, the end, or a known place. */
  private closesTitle(i: number): boolean {
    const tok = this.tokens[i];
    if (!tok || tok.kind !== "word") return true;
    if (places.match(this.tokens, i)) return true;
    return !tok.cap && stopPhrases.match(this.tokens, i) > 0;
  }

  /** "và" stays in the title only when it joins two parts of one name ("Nông nghiệp và Môi trường"). */
  private andStep(j: number, state: State, budget: number): [number, State, number] | null {
    const next = this.tokens[j + 1];
    if (!next || this.headAt(j + 1)) return null;
    if (this.continuesWithOrgWord(j + 1)) return [j + 1, "org", 0];
    // "Đảng bộ cơ quan Ủy ban Mặt trận và các đoàn thể thành phố"
    if (state !== "head" && titleWords.match(this.tokens, j + 1) && this.tokens[j + 1].key === "các") return [j + 1, "org", 0];
    if (state === "org" && budget > 0 && next.kind === "word" && !next.cap && !stopPhrases.match(this.tokens, j + 1)) {
      return [j + 1, "org", 1];
    }
    return null;
  }

  /** Token i is a capitalised word that is neither a name nor a new role. */
  private continuesWithOrgWord(i: number): boolean {
    const tok = this.tokens[i];
    return !!tok && tok.kind === "word" && (tok.cap || tok.abbr) && !this.names.has(i) && !this.headAt(i);
  }

  /**
   * ", Thể thao và Du lịch": after a comma, a capitalised phrase that is not a
   * role and reaches a "và" + capital soon is the rest of a ministry-style name.
   */
  private isContinuation(i: number): boolean {
    if (!this.continuesWithOrgWord(i)) return false;
    for (let k = i + 1; k < i + 6; k++) {
      const tok = this.tokens[k];
      if (!tok || tok.kind !== "word") return false;
      if (tok.key === "và") return this.continuesWithOrgWord(k + 1);
    }
    return false;
  }

  /**
   * Titles separated by commas, dashes, "kiêm" or "và" before a role head:
   * "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực …".
   */
  titleList(i: number): TitleList | null {
    const first = this.titleAt(i);
    if (!first) return null;
    const titles: TitleSpan[] = [{ start: first.start, end: first.end }];
    let end = first.end;
    let name = first.name;
    while (!name) {
      // "đại biểu Quốc hội khóa XV, Chủ tịch Hội …": the term a title ends with, then the next title
      const term = this.pastTerm(end);
      const termThenTitle = term !== end && this.tokens[term]?.text === "," && this.headAt(term + 1) > 0;
      const sep = this.tokens[termThenTitle ? term : end];
      // "Chủ tịch HĐND/Chủ tịch Hội đồng bầu cử huyện": a slash between two posts too
      if (!sep || !(sep.text === "," || sep.text === "/" || sep.kind === "dash" || sep.key === "kiêm" || sep.key === "và")) break;
      if (termThenTitle) end = term;
      let next = end + 1;
      if (sep.text === "," && (this.tokens[next]?.key === "kiêm" || this.tokens[next]?.key === "và")) next++;
      const title = this.titleAt(next);
      // "Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ": one post, the Front's vice chair who is its general secretary
      const previous = titles[titles.length - 1];
      if (title && this.isCompoundPost(previous, title.start)) {
        previous.end = title.end;
        end = title.end;
        name = title.name;
        continue;
      }
      if (title) {
        titles.push({ start: title.start, end: title.end });
        end = title.end;
        name = title.name;
        continue;
      }
      // "Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh": a department, then the body it belongs to
      if (sep.text === "," && this.isDepartment(titles[titles.length - 1]) && this.startsParentBody(next)) {
        const rest = this.body(next, "org");
        titles[titles.length - 1].end = rest.end;
        end = rest.end;
        name = rest.name;
        continue;
      }
      // "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương": one body's name holding a comma
      if (sep.text === "," && titleWords.match(this.tokens, next) && this.tokens[next].key === "các") {
        const rest = this.body(next, "org");
        titles[titles.length - 1].end = rest.end;
        end = rest.end;
        name = rest.name;
        continue;
      }
      if (sep.text !== "," || !this.isContinuation(next)) break;
      const rest = this.body(next, "org");
      titles[titles.length - 1].end = rest.end;
      end = rest.end;
      name = rest.name;
    }
    return { titles, end, name };
  }

  /** A post the same sentence goes on to give, within a few words: ", giữ chức vụ Chủ tịch …", "và giữ chức …". */
  private postFollows(i: number): boolean {
    const t = this.tokens;
    for (let k = i; k < i + 12 && t[k]; k++) {
      if (t[k].text === "." || t[k].text === ";" || t[k].kind === "newline" || this.names.has(k)) return false;
      if (t[k].key !== "làm" && electionTriggers.match(t, k)) return true;
    }
    return false;
  }

  /** A title naming a department ("Trưởng Ban Công tác Phụ nữ") and no level or place, so no body it belongs to. */
  private isDepartment(title: TitleSpan): boolean {
    const t = this.tokens;
    let from = title.start;
    while (from < title.end && !(t[from].key === BAN && t[from].cap)) from++;
    if (from >= title.end - 1) return false;
    for (let k = from + 1; k < title.end; k++) if (adminLevels.match(t, k) || places.match(t, k) || t[k].abbr) return false;
    return true;
  }

  /** Token i starts the name of a body a department belongs to: "Ủy ban MTTQ …", "UBMTTQ …", "Hội LHPN …". */
  private startsParentBody(i: number): boolean {
    const t = this.tokens;
    if (!t[i] || this.headAt(i) || this.names.has(i)) return false;
    return PARENT_BODIES.some((key) => t[i].key === key && (t[i].cap || t[i].abbr));
  }

  /** Past "khóa XV" or "nhiệm kỳ 2021 - 2026" at i, or i. */
  private pastTerm(i: number): number {
    const t = this.tokens;
    const numeral = (tok: Token | undefined) => !!tok && (tok.kind === "num" || tok.kind === "dash" || /^[IVXLC]+$/.test(tok.text));
    if (t[i]?.key === "khóa" && numeral(t[i + 1])) return i + 2;
    if (t[i]?.key !== "nhiệm" || t[i + 1]?.key !== "kỳ") return i;
    let k = i + 2;
    while (numeral(t[k])) k++;
    return k;
  }

  /** A bare "Phó Chủ tịch" right before "Tổng Thư ký …": the two names of one post. */
  private isCompoundPost(previous: TitleSpan, next: number): boolean {
    const t = this.tokens;
    const bare = previous.end - previous.start === 3 && t[previous.start].key === "phó" && t[previous.start + 1].key === "chủ";
    return bare && t[next]?.key === "tổng" && t[next + 1]?.key === "thư" && t[next + 2]?.key === "ký";
  }

  /** After "được": a capitalised body (the one electing) that an election verb follows within 8 words; where it ends, or i. */
  private agentEnd(i: number): number {
    const t = this.tokens;
    if (!t[i] || !(t[i].cap || t[i].abbr) || this.names.has(i)) return i;
    for (let k = i + 1; k < i + 8 && t[k]; k++) {
      if (t[k].kind !== "word") return i;
      // "được Bộ Chính trị điều động, phân công giữ chức …": the verb may be a filler
      if (electionTriggers.match(t, k) || electionFillers.match(t, k)) return k;
    }
    return i;
  }

  /**
   * The role someone is elected or appointed to (or leaves), read after their
   * name or titles: "trúng cử Ủy viên Dự khuyết …", "được bầu giữ chức Chủ
   * tịch …", "thôi giữ chức Phó Chủ tịch …".
   */
  electedTo(i: number): TitleList | null {
    const t = this.tokens;
    let j = i;
    let triggered = false;
    let onlyLam = true; // every trigger seen was "làm"
    let joined = false; // the last trigger was "tham gia": a seat in a body, no post
    let limit = i + 10;
    while (j < t.length && j < limit) {
      // "thôi giữ chức …", "miễn nhiệm …": the post is the person's, being left (the importer reads it as an end)
      const trigger = electionTriggers.match(t, j) || electionNegations.match(t, j);
      if (trigger) {
        triggered = true;
        onlyLam &&= t[j].key === "làm";
        joined = t[j].key === "tham" || (t[j].key === "thôi" && t[j + 1]?.key === "tham");
        j += trigger;
        continue;
      }
      // "bầu bổ sung ông A vào Ban Chấp hành, Ban Thường vụ và giữ chức …": a seat in a body
      if (t[j].key === "vào" && t[j + 1]?.cap && electedBodies.match(t, j + 1)) {
        triggered = true;
        onlyLam = false;
        j++;
        continue;
      }
      const filler = electionFillers.match(t, j);
      if (filler) {
        j += filler;
        continue;
      }
      // "được Ban Bí thư Trung ương Đoàn chỉ định giữ chức …": who elected or designated them
      const agent = !triggered && t[j - 1]?.key === "được" ? this.agentEnd(j) : j;
      if (agent === j) break;
      limit += agent - j;
      j = agent;
    }
    if (!triggered || j === i) return null;
    const list = this.titleList(j);
    // "làm trưởng đoàn", "làm tổ trưởng": a bare role taken for the occasion is not a post
    // ("giữ chức Phó Chủ tịch" is: the body was named just before)
    if (list && onlyLam) return { ...list, titles: list.titles.filter((x) => x.end > x.start + this.headAt(x.start)) };
    // "tham gia Ủy viên Ủy ban MTTQ tỉnh, giữ chức vụ Chủ tịch …": the seat that comes with the post named next
    if (list && joined && list.titles.length === 1 && t[j].key === MEMBER[0] && t[j + 1]?.key === MEMBER[1] && this.postFollows(list.end))
      return { ...list, titles: [] };
    if (list) return list;
    const body = electedBodies.match(t, j);
    if (!body || !t[j].cap) return null;
    const rest = this.body(j + body, "org");
    if (joined || (rest.end === j + body && (t[rest.end]?.text === "," || t[rest.end]?.key === "và"))) return this.bareBodies(rest.end);
    return { titles: [{ start: j, end: rest.end }], end: rest.end, name: rest.name };
  }

  /**
   * "vào Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư …", "thôi tham
   * gia Ủy ban, Ban Thường trực, thôi giữ chức …": bodies named bare are a
   * seat the post that follows implies, no title; returns where they end.
   */
  private bareBodies(k: number): TitleList {
    const t = this.tokens;
    for (;;) {
      const sep = t[k]?.text === "," || t[k]?.key === "và" ? 1 : 0;
      const body = sep ? electedBodies.match(t, k + 1) : 0;
      if (!body || !t[k + 1].cap || this.headAt(k + 1 + body)) return { titles: [], end: k, name: null };
      k += 1 + body;
    }
  }
}
