/**
 * Reading the organisation part of a title ("Ủy ban MTTQ Việt Nam tỉnh",
 * "Ban Thường vụ Tỉnh ủy", "Hội LHPN xã", "Tỉnh đoàn Lai Châu") into what it
 * describes: which kind of body, at which level, in which place if it names
 * one. The place is often left out ("tỉnh", "xã", or nothing at all); filling
 * it in from the editor's context is the resolver's job, not this one's.
 */
import type { AreaKind, MemberOrganizationType } from "../domain";
import { matchAt, readWords, surfaceOf, type Word, type Words } from "./words";

export type PlaceLevel = "central" | "province" | "district" | "commune";

export interface PlaceSpec {
  /** null: the title does not say. */
  level: PlaceLevel | null;
  /** What the level word says the unit is: "tỉnh" a province, "phường" a ward … */
  kind: AreaKind | null;
  /** The place's name as written ("Lai Châu"), or null when left out. */
  name: string | null;
  /** The name folded, for comparing (abbreviations spelled out: "HCM" → "ho chi minh"). */
  nameKey: string | null;
}

export type UnitKind = "board" | "office" | "party_committee";

export type OrgSpec =
  | { type: "front"; place: PlaceSpec }
  | { type: "member"; memberType: MemberOrganizationType; place: PlaceSpec }
  /** A territorial Party committee: Tỉnh ủy, Thành ủy, Đảng ủy xã. */
  | { type: "party"; place: PlaceSpec }
  /** The Party Central Committee, of a given term ("khóa XIV") or the one in office. */
  | { type: "party_central"; term: string | null }
  /** A body inside another: a board, the office, the Party committee of a Front committee's agency. */
  | { type: "unit"; kind: UnitKind; name: string; parent: OrgSpec }
  /** A State body (People's Committee, Council, department …): not what this directory records. */
  | { type: "outside"; phrase: string }
  | { type: "unknown"; phrase: string }
  /** A bare role ("giữ chức Phó Chủ tịch"): the organisation is the one the text is about. */
  | { type: "none" };

/** The collective body a member belongs to, which decides the seat: "Ủy viên Ban Thường vụ" … */
export type Body = "standing_committee" | "executive_committee" | "standing_board" | null;

export interface ParsedOrganisation {
  org: OrgSpec;
  body: Body;
}

const UNSAID: PlaceSpec = { level: null, kind: null, name: null, nameKey: null };

/** Level words, longest first where one begins another ("thị xã" before "xã"). */
const LEVEL_WORDS: [string, PlaceLevel, AreaKind | null][] = [
  ["thanh pho", "province", "city"],
  ["tinh", "province", "province"],
  ["dac khu", "commune", "special_zone"],
  ["thi tran", "commune", "commune"],
  ["thi xa", "district", "district"],
  ["xa", "commune", "commune"],
  ["phuong", "commune", "ward"],
  ["huyen", "district", "district"],
  ["quan", "district", "district"],
  ["trung uong", "central", null],
];

interface Core {
  phrase: string;
  make: (place: PlaceSpec) => OrgSpec;
  /** The level the word itself says ("Tỉnh ủy", "Xã đoàn"); a place name may follow, not a level word. */
  fixed?: { level: PlaceLevel; kind: AreaKind | null };
  /** Said of a body, not a place: "Ban Chấp hành Trung ương Đảng". */
  body?: Body;
}

const front = (place: PlaceSpec): OrgSpec => ({ type: "front", place });
const member =
  (memberType: MemberOrganizationType) =>
  (place: PlaceSpec): OrgSpec => ({ type: "member", memberType, place });
const party = (place: PlaceSpec): OrgSpec => ({ type: "party", place });
const central = { level: "central", kind: null } as const;

const CORES: Core[] = [
  { phrase: "uy ban trung uong mat tran to quoc viet nam", make: front, fixed: central },
  { phrase: "uy ban trung uong mat tran to quoc", make: front, fixed: central },
  { phrase: "uy ban mat tran to quoc viet nam", make: front },
  { phrase: "uy ban mat tran to quoc", make: front },
  { phrase: "mat tran to quoc viet nam", make: front },
  { phrase: "mat tran to quoc", make: front },
  { phrase: "hoi lien hiep phu nu", make: member("womens_union") },
  { phrase: "lien hiep phu nu", make: member("womens_union") },
  { phrase: "hoi phu nu", make: member("womens_union") },
  { phrase: "hoi nong dan", make: member("farmers_union") },
  { phrase: "hoi cuu chien binh", make: member("veterans_association") },
  { phrase: "tong lien doan lao dong viet nam", make: member("trade_union"), fixed: central },
  { phrase: "tong lien doan lao dong", make: member("trade_union"), fixed: central },
  { phrase: "lien doan lao dong", make: member("trade_union") },
  { phrase: "trung uong doan thanh nien cong san ho chi minh", make: member("youth_union"), fixed: central },
  { phrase: "trung uong doan", make: member("youth_union"), fixed: central },
  { phrase: "doan thanh nien cong san ho chi minh", make: member("youth_union") },
  { phrase: "doan thanh nien", make: member("youth_union") },
  { phrase: "tinh doan", make: member("youth_union"), fixed: { level: "province", kind: "province" } },
  { phrase: "thanh doan", make: member("youth_union"), fixed: { level: "province", kind: "city" } },
  { phrase: "huyen doan", make: member("youth_union"), fixed: { level: "district", kind: "district" } },
  { phrase: "xa doan", make: member("youth_union"), fixed: { level: "commune", kind: "commune" } },
  { phrase: "phuong doan", make: member("youth_union"), fixed: { level: "commune", kind: "ward" } },
  {
    phrase: "ban chap hanh trung uong dang cong san viet nam",
    make: () => ({ type: "party_central", term: null }),
    fixed: central,
    body: "executive_committee",
  },
  {
    phrase: "ban chap hanh trung uong dang",
    make: () => ({ type: "party_central", term: null }),
    fixed: central,
    body: "executive_committee",
  },
  {
    phrase: "trung uong dang cong san viet nam",
    make: () => ({ type: "party_central", term: null }),
    fixed: central,
    body: "executive_committee",
  },
  { phrase: "trung uong dang", make: () => ({ type: "party_central", term: null }), fixed: central, body: "executive_committee" },
  { phrase: "tinh uy", make: party, fixed: { level: "province", kind: "province" } },
  { phrase: "thanh uy", make: party, fixed: { level: "province", kind: "city" } },
  { phrase: "huyen uy", make: party, fixed: { level: "district", kind: "district" } },
  { phrase: "quan uy", make: party, fixed: { level: "district", kind: "district" } },
  { phrase: "thi uy", make: party, fixed: { level: "district", kind: "district" } },
  { phrase: "dang uy", make: party },
  { phrase: "dang bo", make: party },
];

/** "Đoàn xã", "Đoàn phường": the Youth Union, when a level word follows. */
const YOUTH_BEFORE_LEVEL: Core = { phrase: "doan", make: member("youth_union") };

/** The bodies a member sits in, written before the organisation. */
const BODIES: [string, Body][] = [
  ["ban thuong vu", "standing_committee"],
  ["ban chap hanh trung uong", "executive_committee"],
  ["ban chap hanh", "executive_committee"],
  ["ban thuong truc", "standing_board"],
];

/** How a body inside an organisation begins: "Ban Dân vận", "Ủy ban Kiểm tra", "Văn phòng". */
const UNIT_HEADS = ["ban", "uy ban", "hoi dong", "phong", "trung tam", "vien", "to"];

/** How State bodies begin; a title in one is outside this directory, not unknown. */
const OUTSIDE_HEADS = [
  "uy ban nhan dan",
  "hoi dong nhan dan",
  "so",
  "quoc hoi",
  "doan dai bieu quoc hoi",
  "chinh phu",
  "bo",
  "cong an",
  "toa an",
  "vien kiem sat",
  "bo chi huy",
  "cuc",
  "chi cuc",
  "phong",
  "truong",
  "benh vien",
  "cong ty",
  "ngan hang",
  "thanh tra",
  "kho bac",
  "trung tam",
];
const STATE_BODIES = ["uy ban nhan dan", "hoi dong nhan dan", "quoc hoi"];
const PARTY_BODIES = ["bo chinh tri", "ban bi thu"];

const isCapitalised = (read: Words, word: Word) => {
  const first = read.text[read.spans[word.from].start];
  return first !== first.toLowerCase();
};

/** "khóa XIV", "nhiệm kỳ 2021 - 2026", "lần thứ I" at the end of a title: said of the term, not the place. */
function stripTermTags(words: Word[]): { end: number; term: string | null } {
  let end = words.length;
  let term: string | null = null;
  for (;;) {
    const last = words[end - 1]?.key;
    const before = words[end - 2]?.key;
    if (before === "khoa" && last && /^([ivxlc]+|\d+)$/.test(last)) {
      term ??= last.toUpperCase();
      end -= 2;
    } else if (before === "thu" && words[end - 3]?.key === "lan" && last) {
      end -= 3;
    } else if (last && /^\d{4}$/.test(last) && words.slice(0, end).some((w, i) => w.key === "nhiem" && words[i + 1]?.key === "ky")) {
      end = words.findLastIndex((w, i) => i < end && w.key === "nhiem");
    } else return { end, term };
  }
}

function coreAt(words: Word[], i: number, end: number): Core | null {
  let best: Core | null = null;
  let length = 0;
  for (const core of CORES) {
    const n = matchAt(words, i, core.phrase);
    if (n > length && i + n <= end) [best, length] = [core, n];
  }
  if (!best && matchAt(words, i, "doan") && levelAt(words, i + 1)) return YOUTH_BEFORE_LEVEL;
  return best;
}

function levelAt(words: Word[], i: number): [number, PlaceLevel, AreaKind | null] | null {
  for (const [phrase, level, kind] of LEVEL_WORDS) {
    const n = matchAt(words, i, phrase);
    if (n) return [n, level, kind];
  }
  return null;
}

/** Capitalised words naming a place (no organisation word among them), as written and folded. */
function placeName(read: Words, start: number, end: number): { name: string; nameKey: string } | null {
  const words = read.words.slice(start, end);
  if (words.length === 0 || words.length > 5) return null;
  if (!words.every((word) => isCapitalised(read, word))) return null;
  for (let i = start; i < end; i++)
    if (coreAt(read.words, i, end) || matchAt(read.words, i, "ban") || matchAt(read.words, i, "uy")) return null;
  return { name: surfaceOf(read, start, end), nameKey: words.map((w) => w.key).join(" ") };
}

/** The place after an organisation word ("tỉnh", "xã Sìn Hồ", "Lai Châu", "Việt Nam"), or null when what follows is no place. */
function readPlace(read: Words, start: number, end: number, fixed: Core["fixed"]): PlaceSpec | null {
  if (start === end) return fixed ? { ...UNSAID, ...fixed } : UNSAID;
  const words = read.words;
  if (!fixed && end - start === 2 && matchAt(words, start, "viet nam")) return { ...UNSAID, level: "central" };
  const level = levelAt(words, start);
  if (level && (!fixed || fixed.level === level[1])) {
    const [n, placeLevel, kind] = level;
    if (start + n === end) return { ...UNSAID, level: placeLevel, kind };
    const named = placeName(read, start + n, end);
    return named && placeLevel !== "central" ? { level: placeLevel, kind, ...named } : null;
  }
  const named = placeName(read, start, end);
  if (!named) return null;
  return fixed ? { ...fixed, ...named } : { ...UNSAID, ...named };
}

/** A body inside the organisation, from the words before it ("Ban Dân vận", "Văn phòng", "Đảng ủy"). */
function readPrefix(read: Words, end: number, inner: OrgSpec, phrase: string): ParsedOrganisation {
  const words = read.words;
  // "Đảng ủy Cơ quan Ủy ban MTTQ …": the committee's agency is the committee here
  if (end >= 2 && matchAt(words, end - 2, "co quan")) end -= 2;
  if (end === 0) return { org: inner, body: null };
  for (const [body, name] of BODIES) if (matchAt(words, 0, body) === end) return { org: inner, body: name };
  if (matchAt(words, 0, "dang uy") === end)
    return { org: { type: "unit", kind: "party_committee", name: surfaceOf(read, 0, end), parent: inner }, body: null };
  if (matchAt(words, 0, "van phong") === end)
    return { org: { type: "unit", kind: "office", name: surfaceOf(read, 0, end), parent: inner }, body: null };
  if (UNIT_HEADS.some((head) => matchAt(words, 0, head)))
    return { org: { type: "unit", kind: "board", name: surfaceOf(read, 0, end), parent: inner }, body: null };
  return { org: { type: "unknown", phrase }, body: null };
}

export function parseOrganisation(phrase: string): ParsedOrganisation & { term: string | null } {
  const read = readWords(phrase);
  const words = read.words;
  if (words.length === 0) return { org: { type: "none" }, body: null, term: null };
  const { end, term } = stripTermTags(words);
  // The outermost organisation is the one that only a place follows: in "Ban Công tác Đoàn và Thanh
  // thiếu nhi Ủy ban MTTQ tỉnh" the Front committee. Of the ways to read it, the longest wins
  // ("Ủy ban MTTQ Việt Nam" over "MTTQ Việt Nam").
  let best: { i: number; n: number; core: Core; place: PlaceSpec } | null = null;
  for (let i = 0; i < end; i++) {
    const core = coreAt(words, i, end);
    if (!core) continue;
    const n = core === YOUTH_BEFORE_LEVEL ? 1 : matchAt(words, i, core.phrase);
    const place = readPlace(read, i + n, end, core.fixed);
    if (place && (!best || i + n > best.i + best.n)) best = { i, n, core, place };
  }
  if (best) {
    const spec = best.core.make(best.place);
    const inner = spec.type === "party_central" ? { ...spec, term } : spec;
    const parsed = readPrefix(read, best.i, inner, phrase);
    return { ...parsed, body: parsed.body ?? (parsed.org === inner ? (best.core.body ?? null) : null), term };
  }
  // The Politburo and the Secretariat are Party bodies, just not ones this directory models.
  if (PARTY_BODIES.some((body) => matchAt(words, 0, body))) return { org: { type: "unknown", phrase }, body: null, term };
  const outside =
    OUTSIDE_HEADS.some((head) => matchAt(words, 0, head)) || words.some((_, i) => STATE_BODIES.some((body) => matchAt(words, i, body)));
  return { org: { type: outside ? "outside" : "unknown", phrase }, body: null, term };
}
