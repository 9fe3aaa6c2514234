/**
 * Which requests the production server's page cache (server/page-cache.ts) may
 * answer, and the HTTP caching words it uses. Pure: the server passes in the
 * request's method, address and headers.
 *
 * Cached: anonymous GET and HEAD requests for the public pages that show the
 * directory's records (home, hierarchy, an organisation, its members and post
 * history, a person), in either language, with any query (`?at=`, a filter, a
 * page). Never cached: search (its results stay dynamic), the admin, API routes,
 * the client router's own requests (RSC), and any request carrying a session
 * cookie, so that nothing a signed-in editor sees can reach a reader.
 */

/** The public pages, after the optional `/en` prefix. */
const PUBLIC_PAGE = /^(?:\/|\/hierarchy|\/organizations\/[^/]+(?:\/members|\/history)?|\/people\/[^/]+)$/;

/** The cookies of a session or of a sign-in half done (db/auth, app/_lib/session.ts), with or without `__Host-`. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?mttq_(?:session|pending)=[^;]/;

export function hasSessionCookie(cookie: string | undefined): boolean {
  return cookie !== undefined && SESSION_COOKIE.test(cookie);
}

/** The public page a path names, or null: `/en/people/x` → `/people/x`, `/en` → `/`. */
export function publicPagePath(pathname: string): string | null {
  const page = pathname === "/en" ? "/" : pathname.startsWith("/en/") ? pathname.slice(3) : pathname;
  return PUBLIC_PAGE.test(page) ? page : null;
}

export interface CacheableRequest {
  method?: string;
  /** The request target: path and query. */
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

const header = (request: CacheableRequest, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
};

/**
 * Whether the cache may answer this request. The key the answer is kept under is
 * the caller's (server/page-cache.ts adds the day, the host and the kind of client).
 */
export function isCacheableRequest(request: CacheableRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (hasSessionCookie(header(request, "cookie"))) return false;
  // The client router's requests (and prefetches) carry these; they vary with the router's state.
  if (header(request, "rsc") !== undefined || header(request, "next-router-state-tree") !== undefined) return false;
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (publicPagePath(pathname) === null) return false;
  return queryAt === -1 || !new URLSearchParams(url.slice(queryAt + 1)).has("_rsc");
}

/** `Cache-Control` of a cached public page: browsers ask again every time (answered by a 304), shared caches keep it briefly. */
export function publicCacheControl(options: { sMaxAge: number; staleWhileRevalidate: number }): string {
  return `public, max-age=0, s-maxage=${options.sMaxAge}, stale-while-revalidate=${options.staleWhileRevalidate}`;
}

/** `Cache-Control` of everything personal: admin pages and any response to a request with a session. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/** Whether an `If-None-Match` header names this entity tag (weak comparison, as RFC 9110 asks for it). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

export type Encoding = "br" | "gzip" | "identity";

/** The best encoding a client takes (brotli, then gzip), from its `Accept-Encoding`; q=0 refuses one. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}
