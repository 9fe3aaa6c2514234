/** Addresses of the search page: the URL is its whole state, so links and the back button just work. */
import { localePath, type Locale } from "@/lib/i18n/locales";

export interface SearchState {
  q: string;
  province?: string;
  level?: string;
  kind?: string;
  current?: boolean;
  type?: string;
  page?: number;
  /** Every word as typed (no respelling, no word left out). */
  strict?: boolean;
}

/** The query string of a search (its words and filters, and the page past the first). */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== "") params.set(key, String(value));
  };
  set("q", state.q.trim());
  set("province", state.province);
  set("level", state.level);
  set("kind", state.kind);
  set("current", state.current);
  set("type", state.type);
  if (state.page && state.page > 1) set("page", state.page);
  if (state.strict) set("strict", 1);
  return params.toString();
}

export function searchHref(locale: Locale, state: SearchState): string {
  const query = searchQuery(state);
  return localePath(locale, "/search") + (query ? `?${query}` : "");
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.province || state.level || state.kind || state.current !== undefined || state.type);
}
