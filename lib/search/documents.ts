/**
 * The shape of search documents, mirroring db/migrations/0001_search_index.sql:
 * a document's id is kind << 48 | static rank << 40 | record id, and its text
 * columns are folded words with " | " between entries and " / " after a title.
 */
export type DocKind = "person" | "organization";

const KIND_SHIFT = 2 ** 48;
const RANK_SHIFT = 2 ** 40;
/** Static ranks at or above this belong to people with no current role, or dissolved bodies. */
const FIRST_FORMER_RANK = 64;

const KIND_CODES: Record<DocKind, number> = { person: 1, organization: 2 };

export function docKind(id: number): DocKind {
  return Math.floor(id / KIND_SHIFT) === KIND_CODES.person ? "person" : "organization";
}

/** A person holding some post today, or an organisation still in being. */
export function docIsCurrent(id: number): boolean {
  return Math.floor(id / RANK_SHIFT) % 256 < FIRST_FORMER_RANK;
}

/** The entries of a document column: names, or roles. */
export function entries(column: string): string[] {
  return column
    .split(" | ")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A role entry's post title and the rest (organisation, places). */
export function splitRole(entry: string): { title: string; rest: string } {
  const at = entry.indexOf(" / ");
  return at === -1 ? { title: entry, rest: "" } : { title: entry.slice(0, at), rest: entry.slice(at + 3) };
}

/** The words of folded document text, punctuation dropped as FTS5 does. */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
