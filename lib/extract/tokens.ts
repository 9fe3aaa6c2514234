/**
 * Tokens with character offsets into the original string, plus a phrase
 * matcher over their comparison keys. Working on tokens keeps offsets exact
 * while letting every rule compare words regardless of Unicode form.
 */

export type TokenKind = "word" | "num" | "dash" | "punct" | "newline";

export interface Token {
  text: string;
  /** Comparison form: NFC, lowercase, tone marks placed the modern way. */
  key: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter is uppercase. */
  cap: boolean;
  /** Shaped like one syllable of a personal name: "Nguyễn", "A", "H'Hen". */
  nameShape: boolean;
  /** Two or more capitals: MTTQ, HĐND, XIV, TP.HCM. */
  abbr: boolean;
}

/*
 * Alternatives, in order: a newline; an abbreviation with dots (TP.HCM,
 * PGS.TS); "đ/c" (đồng chí), or a word (letters and combining marks, joined
 * by ' or ’), so that "HĐND/Chủ tịch" is two; a number (13.279, 22/1,
 * 2025-2030); a dash; any other symbol.
 */
const TOKEN_RE =
  /(\r?\n)|((?:\p{Lu}{1,5}\.)+\p{Lu}[\p{L}\p{M}]*)|([đĐ]\/[cC](?![\p{L}\p{M}])|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\d+(?:[.,/:\-–]\d+)*)|([-–—‐‑−])|(\S)/gu;

const NAME_SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u;

/*
 * Old-style tone placement ("hoá", "Uỷ") and the modern one ("hóa", "Ủy")
 * both occur in news text; keys use the modern one.
 */
const TONE_PLACEMENT: Record<string, string> = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};
const TONE_RE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;

export function keyOf(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(TONE_RE, (pair) => TONE_PLACEMENT[pair]);
}

/** What a written word's token carries besides its place, computed once per distinct word (news text repeats them). */
type Shape = Pick<Token, "key" | "cap" | "nameShape" | "abbr">;
const shapes = new Map<string, Shape>();
const SHAPES_KEPT = 50_000;

function shapeOf(raw: string, kind: TokenKind): Shape {
  const cached = kind === "word" ? shapes.get(raw) : undefined;
  if (cached) return cached;
  const nfc = raw.normalize("NFC");
  const word = kind === "word";
  const shape: Shape = {
    key: keyOf(raw),
    cap: word && /^\p{Lu}/u.test(nfc),
    nameShape: word && NAME_SYLLABLE.test(nfc) && nfc.length <= 8,
    abbr: word && (nfc.match(/\p{Lu}/gu)?.length ?? 0) >= 2,
  };
  if (word) {
    if (shapes.size >= SHAPES_KEPT) shapes.clear();
    shapes.set(raw, shape);
  }
  return shape;
}

function kindOf(match: RegExpExecArray): TokenKind {
  if (match[1]) return "newline";
  if (match[2] || match[3]) return "word";
  if (match[4]) return "num";
  if (match[5]) return "dash";
  return "punct";
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const raw = match[0];
    const kind = kindOf(match);
    tokens.push({ text: raw, start: match.index, end: match.index + raw.length, kind, ...shapeOf(raw, kind) });
  }
  return tokens;
}

/** A list of phrases, matched by their token keys, longest first. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const keys = tokenize(phrase).map((t) => t.key);
      if (keys.length === 0) continue;
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push(keys);
      this.byFirst.set(keys[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of tokens of the longest phrase starting at `i` (not past `limit`), or 0. */
  match(tokens: readonly Token[], i: number, limit = tokens.length): number {
    const first = tokens[i];
    if (!first) return 0;
    for (const keys of this.byFirst.get(first.key) ?? []) {
      if (i + keys.length > limit) continue;
      if (keys.every((k, n) => tokens[i + n].key === k)) return keys.length;
    }
    return 0;
  }

  /** Length of a phrase that ends exactly at token `end - 1`, or 0. */
  matchEndingAt(tokens: readonly Token[], end: number, maxLen = 4): number {
    for (let len = Math.min(maxLen, end); len >= 1; len--) {
      if (this.match(tokens, end - len, end) === len) return len;
    }
    return 0;
  }

  has(text: string): boolean {
    const keys = tokenize(text).map((t) => t.key);
    return (this.byFirst.get(keys[0]) ?? []).some((p) => p.length === keys.length && p.every((k, n) => k === keys[n]));
  }
}
