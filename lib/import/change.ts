/**
 * What the words around a title say happened to it: the post was taken then
 * ("được bầu giữ chức", "hiệp thương cử", "chỉ định", "tân Chủ tịch"), left
 * ("thôi giữ chức", "miễn nhiệm", "nghỉ hưu theo chế độ", "từ trần", the old
 * post of a transfer), or only shown held. Also the date such a change is
 * given, at the precision written. Every look-back is bounded to a window of
 * the text before the title, so reading an article stays linear in its length.
 */
import { foldWords } from "../fold";

export type Change = "start" | "end";

/** How far before a title its sentence is looked for; a longer sentence is read from here. */
const WINDOW = 400;

/** Verbs that mean the post was taken, folded; "giữ chức" alone only counts after one of them in the sentence. */
const TAKING =
  /(?:^| )(trung cu|tai cu|dac cu|bau|bau bo sung|bo nhiem|hiep thuong cu|hiep thuong|duoc tin nhiem|cu|chi dinh|chuan y|dieu dong|phan cong|giao phu trach)$/;
const TAKING_ANYWHERE =
  /(?:^| )(trung cu|tai cu|dac cu|bau|bo nhiem|hiep thuong cu|hiep thuong chon cu|chon ra|chi dinh|chuan y|phe chuan|cong nhan|dieu dong|phan cong|trao quyet dinh|khoa moi|thong nhat cu|cu ban thuong truc|cu ban chap hanh)(?: |$)/;
const NAMED_TAKING =
  /(?:^| )(?:cu|bau|bo nhiem|chi dinh|chuan y|cong nhan|hiep thuong cu|dieu dong|phan cong|tin nhiem)(?: bo sung)? (?:ong|ba|dong chi|anh|chi)(?: [a-z]+){1,5} (?:tiep tuc )?(?:giu chuc(?: vu| danh)?|lam)$/;
const PROPOSED = /(?:^| )(?:gioi thieu|de xuat|du kien)(?: [a-z0-9]+)*$/;
const PERSON_TAKEN = /(?:^| )(?:cu|bau|hiep thuong cu|bo nhiem|chi dinh)(?: bo sung)? (?:ong|ba|dong chi|anh|chi)(?: |$)/;
/** "hiện giữ chức", "đang giữ chức": held, not taken. */
const STILL_HOLDING = /(?:^| )(?:hien|dang|tung|van)(?: (?:dang|giu|chuc|vu|danh|lam))*$/;
const LINKING = /(?: (?:duoc|giu|chuc|vu|danh|lam|la|vao|lai|tiep tuc|chinh thuc|vua|da|bo sung|thay the))+$/;
const HOLDING = /(?:^| )(giu chuc|giu chuc vu|giu chuc danh|lam|tham gia)$/;
/** Words right before a title that say it was left: "thôi giữ chức", "cho thôi làm", "miễn nhiệm chức vụ". */
const LEAVING = /(?:^| )(?:thoi|mien nhiem|nghi huu)(?: (?:tham gia|giu|chuc|vu|danh|lam|nhiem vu|doi voi))*$/;
/** A past post ("nguyên", "cựu") or a negated change is no event; read as written, since "Nguyễn" folds like "nguyên". */
const NO_EVENT = /(?:^|\s)(?:nguyên|cựu|không|chưa)(?:\s|$)/u;

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** A full stop or line break ends a sentence at k; a dot inside a date or number ("1.5.2021") does not. */
export function endsSentence(text: string, k: number): boolean {
  return text[k] === "\n" || (text[k] === "." && !(isDigit(text[k - 1]) && isDigit(text[k + 1])));
}

/** Where the sentence holding position i starts, looking back at most WINDOW characters. */
export function sentenceStart(text: string, i: number): number {
  const from = Math.max(0, i - WINDOW);
  for (let k = i - 1; k >= from; k--) if (endsSentence(text, k)) return k + 1;
  return from;
}

/** The paragraph (from the last line break) before position i, at most 2 × WINDOW characters. */
function paragraphBefore(text: string, i: number): string {
  let start = i;
  while (start > 0 && start > i - 2 * WINDOW && text[start - 1] !== "\n") start--;
  return text.slice(start, i);
}

/** The words between the start of the clause (sentence or ";" item) and a title, at most WINDOW characters. */
function clauseBefore(text: string, titleStart: number): { raw: string; sentence: string } {
  const start = sentenceStart(text, titleStart);
  const sentence = text.slice(start, titleStart);
  const semicolon = sentence.lastIndexOf(";");
  return { raw: semicolon === -1 ? sentence : sentence.slice(semicolon + 1), sentence };
}

/** The last words of `raw`, folded, capitalised words (names) left out. */
function lowercaseTail(raw: string): string {
  const words = [...raw.slice(-120).matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]).filter((w) => w[0] === w[0].toLowerCase());
  return foldWords(words.slice(-8).join(" "));
}

/** The last word of `raw` (letters only), or "". */
function lastWord(raw: string): string {
  let end = raw.length;
  while (end > 0 && !/[\p{L}\p{M}]/u.test(raw[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}]/u.test(raw[start - 1])) start--;
  return raw.slice(start, end);
}

/** "… giữ chức Phó Chủ tịch Hội Cựu chiến binh tỉnh từ ngày 1/7/2025", "… từ tháng 5/2024": held from a date the text gives, so taken then. */
function heldFrom(text: string, raw: string, tail: string, titleEnd: number | undefined): boolean {
  if (titleEnd === undefined || !HOLDING.test(tail) || STILL_HOLDING.test(lowercaseTail(raw))) return false;
  return /^[^.;\n]{0,40}?(?:kể\s+)?từ\s+(?:ngày|tháng|năm)\s+\d/iu.test(text.slice(titleEnd, titleEnd + 80));
}

const proposedIn = (raw: string) => PROPOSED.test(foldWords(raw.slice(-240)).split(" ").slice(-32).join(" "));

/** The words before position i in its clause put a person forward for the post there ("giới thiệu bầu bổ sung chức danh …"). */
export const proposedBefore = (text: string, i: number): boolean => proposedIn(clauseBefore(text, i).raw);

/** What the words just before a title say: taken, left, or nothing; `titleEnd` lets a start date written after it count. */
export function changeBefore(text: string, titleStart: number, titleEnd?: number): Change | null {
  const { raw, sentence } = clauseBefore(text, titleStart);
  // "tân Chủ tịch": newly in the post. Checked as written, since "Tân" is also a given name.
  if (/(?:^|\s)tân\s*$/u.test(raw.slice(-8)) || /^[\s"“'‘(-]*Tân\s*$/u.test(raw)) return "start";
  // A name right before the title ("Lê Văn Cử, Chủ tịch …") is no verb, whatever it folds to.
  // "phê chuẩn kết quả bầu: … đối với ông A kể từ ngày 15/6; Phó Chủ tịch …": an item of the list the words before the colon head
  if (!lastWord(raw) && raw !== sentence) {
    const colon = sentence.lastIndexOf(":");
    if (colon !== -1) return changeBefore(text, titleStart - sentence.length + colon, undefined);
  }
  const word = lastWord(raw);
  if (!word || word[0] !== word[0].toLowerCase()) return null;
  const tail = foldWords(raw.slice(-120)).split(" ").slice(-8).join(" ");
  if (LEAVING.test(tail)) return "end";
  // "giới thiệu ông A … để Ủy ban MTTQ tỉnh hiệp thương cử giữ chức …", "được giới thiệu bầu …": put forward, not yet elected
  if (proposedIn(raw)) return null;
  if (NO_EVENT.test(raw.slice(-40).normalize("NFC").toLowerCase().split(/\s+/).slice(-4).join(" "))) return null;
  if (TAKING.test(tail) || TAKING.test(tail.replace(LINKING, ""))) return "start";
  // "cử ông Nguyễn Thiện Nhân giữ chức vụ Chủ tịch …": the verb, the person, then the post
  if (NAMED_TAKING.test(foldWords(raw.slice(-160)).split(" ").slice(-14).join(" "))) return "start";
  // "… được hiệp thương cử giữ chức Chủ tịch; các ông: A, t1; B, t2 giữ chức Phó Chủ tịch": the verb may sit earlier in the sentence.
  // "Đại hội hiệp thương cử Ủy ban …; … chọn ra Ban Thường trực. Cụ thể, bà A giữ chức Chủ tịch": or earlier in the paragraph.
  if (heldFrom(text, raw, tail, titleEnd)) return "start";
  // "ông Lê Minh Đang giữ chức …": a given name is no "đang" (still)
  if (!HOLDING.test(tail) || STILL_HOLDING.test(lowercaseTail(raw))) return null;
  const folded = foldWords(sentence);
  // "… biểu quyết thống nhất cử ông A - … tham gia …, và giữ chức danh Phó Chủ tịch …": the verb before the person
  if (TAKING_ANYWHERE.test(folded) || PERSON_TAKEN.test(folded)) return "start";
  if (TAKING_ANYWHERE.test(foldWords(paragraphBefore(text, titleStart)))) return "start";
  // "Các đồng chí: A, B, C giữ chức Phó Chủ tịch …" after the paragraph telling the congress: its result
  const listed = /^\s*(?:các|hai|ba|bốn)\s+(?:đồng chí|ông|bà|anh|chị|vị)/iu.test(raw);
  return listed && electionBefore(text, titleStart) ? "start" : null;
}

/**
 * A shared heading's post ("Các Phó Bí thư Tỉnh ủy gồm các ông: …") is taken
 * when the paragraph or the one before says an election or designation took place.
 */
export function electionBefore(text: string, i: number): boolean {
  return TAKING_ANYWHERE.test(foldWords(text.slice(Math.max(0, i - 2 * WINDOW), i)));
}

/** A board elected whole: "Ban Thường trực", "Ban Thường vụ", "Ban Chấp hành", "Ban Kiểm tra", "Thường trực". */
const BOARD = /(?:^| )(?:ban thuong truc|ban thuong vu|ban chap hanh|ban kiem tra|thuong truc|lanh dao|nhan su chu chot)(?: |$)/;

/**
 * A title inside the list of a board elected whole: "Đại hội đã hiệp thương
 * cử Ban Thường trực gồm 4 vị: ông A – Chủ tịch; bà B – Phó Chủ tịch …" (the
 * election may be told in the sentence before). The list runs from "gồm … :"
 * to the title with no full stop between.
 */
export function inElectedBoardList(text: string, i: number): boolean {
  const from = Math.max(0, i - 2 * WINDOW);
  const before = text.slice(from, i);
  const gom = before.search(/gồm[^.:]{0,40}:[^.]*$/u);
  if (gom === -1) return false;
  const lead = foldWords(before.slice(Math.max(0, gom - 120), gom));
  if (!BOARD.test(lead)) return false;
  return TAKING_ANYWHERE.test(
    foldWords(paragraphBefore(text, from + gom))
      .split(" ")
      .slice(-60)
      .join(" "),
  );
}

/** The date of the election a heading follows: the nearest one written in the stretch before it ("Tháng 02 năm 1951, Hội nghị đã hiệp thương cử …"). */
export const electionDate = (text: string, i: number, reportDate?: string): string | null =>
  dateIn(text.slice(Math.max(0, i - 2 * WINDOW), i), undefined, reportDate);

const pad = (n: number) => String(n).padStart(2, "0");

/** A calendar date, or null when the numbers are no date. */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const FULL_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/g;
/** "ngày 12 tháng 3 năm 2024", as decisions and official pages write it. */
const DATE_IN_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)(?!\d)/giu;
const MONTH_YEAR = /tháng\s+(\d{1,2})\s*(?:năm|\/)\s*((?:19|20)\d\d)(?!\d)/giu;
/** "Năm 1954 ông … qua đời": a bare year only where it opens the sentence, so "công tác năm 2025" is no date. */
const YEAR = /^\s*(?:vào\s+|đến\s+|từ\s+)?năm\s+((?:19|20)\d\d)(?!\d)/giu;

const YEAR_AFTER_TITLE =
  /^[\s,]*(?:(?:khóa|khoá)\s+[\p{L}\d]+[\s,]*|nhiệm\s+kỳ\s+[\d\s–-]+[\s,]*)*(?:(?:kể\s+)?từ\s+|vào\s+)?năm\s+((?:19|20)\d\d)(?!\d)/iu;
/** "… Phó Chủ tịch Thường trực từ năm 2018": since that year. */
const YEAR_FROM = /(?<![\p{L}\p{M}])(?:kể\s+)?từ\s+năm\s+((?:19|20)\d\d)(?!\d)/giu;
/** "Sáng 13/12", "chiều 16.11", "kể từ ngày 1-9": a day and month, the year left to the report's. */
const DAY_MONTH =
  /(?<![\p{L}\p{M}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|vào)\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d|\s*[/.-]\s*\d)/giu;
/** "(kể) từ ngày …": when a decision takes effect, which is when the term starts or ends. */
const EFFECTIVE = /(?:kể\s+)?từ\s+(?:ngày\s+|năm\s+)?$/iu;

/** The year of a day written without one: the report's, or the year before for a late-year day in a report of January or February (a December meeting told in January). */
function yearOf(month: number, reportDate: string | undefined): number | null {
  const report = /^(\d{4})(?:-(\d\d))?/.exec(reportDate ?? "");
  if (!report) return null;
  const year = Number(report[1]);
  return report[2] && Number(report[2]) <= 2 && month >= 11 ? year - 1 : year;
}

interface DateFound {
  index: number;
  date: string;
  effective: boolean;
}

/** Every date a stretch of text gives, at its precision, in order. */
function datesIn(sentence: string, reportDate?: string): DateFound[] {
  const found: DateFound[] = [];
  const add = (index: number, date: string | null) =>
    date && found.push({ index, date, effective: EFFECTIVE.test(sentence.slice(Math.max(0, index - 12), index)) });
  for (const m of [...sentence.matchAll(FULL_DATE), ...sentence.matchAll(DATE_IN_WORDS)])
    add(m.index, isoDay(Number(m[3]), Number(m[2]), Number(m[1])));
  const covered = (i: number) => found.some((f) => Math.abs(f.index - i) < 12);
  for (const m of sentence.matchAll(DAY_MONTH)) {
    const number = m.index + m[0].search(/\d/);
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = yearOf(month, reportDate);
    if (year !== null && !covered(number)) add(number, isoDay(year, month, day));
  }
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12 && !covered(m.index)) add(m.index, `${m[2]}-${pad(month)}`);
  }
  for (const m of sentence.matchAll(YEAR)) if (!covered(m.index)) add(m.index, m[1]);
  for (const m of sentence.matchAll(YEAR_FROM)) if (!covered(m.index)) add(m.index + m[0].search(/\d/), m[1]);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The date a sentence gives, at its precision: "ngày 21/8/2025" → 2025-08-21,
 * "tháng 02 năm 1951" → 1951-02, "Năm 1954" → 1954; a day without a year
 * ("kể từ ngày 1-9") takes the report's year, and without the report's date
 * gives nothing. When the decision takes effect ("kể từ ngày …") wins; else
 * the one nearest before `at`, else the first after it.
 */
export function dateIn(sentence: string, at = sentence.length, reportDate?: string, titleEnd?: number): string | null {
  // "được bầu giữ chức Phó Chủ tịch LĐLĐ tỉnh năm 2006 và là …": the year written right after the post is its own
  const direct = titleEnd === undefined ? null : YEAR_AFTER_TITLE.exec(sentence.slice(titleEnd, titleEnd + 60));
  if (direct) return direct[1];
  const found = datesIn(sentence, reportDate);
  if (found.length === 0) return null;
  // the decision's effective date for this post: the first after it ("…; B đối với ông C kể từ ngày 24/6"), else any
  const effective = found.find((f) => f.effective && f.index >= at) ?? found.find((f) => f.effective);
  if (effective) return effective.date;
  const before = found.filter((f) => f.index < at);
  return (before[before.length - 1] ?? found[0]).date;
}

/**
 * The last day (not a month or year) the paragraph gives before position i:
 * "Sáng 13/12, Đại hội … thông báo kết quả hội nghị vào ngày 12/12. Hội nghị
 * đã bầu …". An earlier paragraph is not read: what it dates may be another matter.
 */
export function dayBefore(text: string, i: number, reportDate?: string): string | null {
  return (
    datesIn(paragraphBefore(text, i), reportDate)
      .filter((f) => f.date.length === 10)
      .pop()?.date ?? null
  );
}
