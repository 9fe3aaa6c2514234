/**
 * What every public JSON endpoint shares: CORS (anyone may read the data from a
 * page of theirs), ETags with 304 answers, the per-client rate limit
 * (server/api-limits.ts) and one error shape, `{"error": "<what is wrong>", "code": "<machine code>"}`.
 * Route handlers are written as `publicApi(async (request, context) => …)`.
 */
import etag from "etag";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security-headers";
import { isoDaySchema, todayIso } from "@/lib/dates";
import { CORS_HEADERS, limitApiClient } from "@/server/api-limits";
import { siteUrlFor } from "./site-url";

export { CORS_HEADERS };

export type ApiErrorCode = "bad_request" | "not_found" | "rate_limited" | "unavailable" | "internal";

/** The one error shape of the API. */
export function apiError(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message, code }, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store", ...headers } });
}

/** `headers` with the CORS headers. */
export function apiHeaders(headers: Record<string, string>): Record<string, string> {
  return { ...CORS_HEADERS, ...headers };
}

function matches(request: Request, tag: string): boolean {
  const asked = request.headers.get("if-none-match");
  if (!asked) return false;
  const bare = (value: string) => value.trim().replace(/^W\//, "");
  return asked.split(",").some((candidate) => candidate.trim() === "*" || bare(candidate) === bare(tag));
}

/** A 304 when the client already has `tag`, else null. */
export function notModified(request: Request, tag: string, headers: Record<string, string> = {}): Response | null {
  return matches(request, tag) ? new Response(null, { status: 304, headers: apiHeaders({ ETag: tag, ...headers }) }) : null;
}

/** A JSON answer with an ETag of its body (a 304 when the client has it). */
export function apiJson(request: Request, body: unknown, options: { status?: number; cacheControl?: string } = {}): Response {
  const text = JSON.stringify(body);
  const status = options.status ?? 200;
  if (status >= 400)
    return new Response(text, { status, headers: apiHeaders({ "Cache-Control": "no-store", "Content-Type": "application/json" }) });
  const tag = etag(text);
  const headers = { "Cache-Control": options.cacheControl ?? "public, max-age=60" };
  return (
    notModified(request, tag, headers) ??
    new Response(text, { status, headers: apiHeaders({ ...headers, "Content-Type": "application/json; charset=utf-8", ETag: tag }) })
  );
}

/** The site's base address for absolute links in answers: SITE_URL, else the request's own origin. */
export function baseUrl(request: Request): string {
  return siteUrlFor(request.headers, new URL(request.url).origin).origin;
}

/** A stored photo's absolute address. */
export function photoUrlsFor(request: Request): (file: string) => string {
  const base = baseUrl(request);
  return (file) => new URL(`/api/photos/${file}`, base).href;
}

type Handler<C> = (request: Request, context: C) => Response | Promise<Response>;

/** A public GET endpoint: the rate limit first, CORS on every answer, and any failure in the one error shape. */
export function publicApi<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const wait = await limitApiClient(request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    if (wait !== null) {
      return apiError(429, "rate_limited", `too many requests; try again in ${wait} s`, { "Retry-After": String(wait) });
    }
    try {
      const response = await handler(request, context);
      for (const [key, value] of Object.entries(CORS_HEADERS)) if (!response.headers.has(key)) response.headers.set(key, value);
      return response;
    } catch (error) {
      console.error("[api]", error);
      return apiError(500, "internal", "the request could not be answered");
    }
  };
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** The ?at= of an API request (YYYY-MM-DD, default today), or the 400 answer for one that is not a date. */
export function readAtParam(request: Request): { at: string } | { response: Response } {
  const value = new URL(request.url).searchParams.get("at");
  if (value === null || value === "") return { at: todayIso() };
  const parsed = isoDaySchema.safeParse(value);
  return parsed.success ? { at: parsed.data } : { response: apiError(400, "bad_request", "at must be a date YYYY-MM-DD") };
}

/** An XML document for crawlers (the sitemap). */
export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
