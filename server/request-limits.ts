/**
 * How much one request may send. Next's server actions accept up to the photo
 * upload's limit (next.config.ts); most forms need a sliver of that, so each kind
 * of page gets its own bound, checked from Content-Length before anything reads
 * the body. A POST without Content-Length (a chunked upload) is refused: browsers
 * always send it for forms.
 */
import type http from "node:http";

const KB = 1024;

/** [path pattern, largest body] — the first match wins; the locale prefix is optional. */
const LIMITS: [RegExp, number][] = [
  // Signing in: a username, a password or a code.
  [/^(\/en)?\/admin\/login\/?$/, 16 * KB],
  // A person's page carries the photo upload (5 MB) and its form fields.
  [/^(\/en)?\/admin\/people\/\d+\/?$/, 6 * 1024 * KB],
  // An article (at most 50,000 characters, three bytes each in UTF-8) and the decisions on its rows.
  [/^(\/en)?\/admin\/import\/?$/, 1024 * KB],
  // A Popolo file (12 MB at most, lib/import/popolo.ts), which the review form sends back to be written.
  [/^(\/en)?\/admin\/import\/popolo\/?$/, 16 * 1024 * KB],
];
const DEFAULT_LIMIT = 256 * KB;

export function bodyLimit(pathname: string): number {
  return LIMITS.find(([pattern]) => pattern.test(pathname))?.[1] ?? DEFAULT_LIMIT;
}

/** Answers 411 or 413 and returns true when the request's body is missing a length or exceeds `limit`. */
export function refuseOversizedBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  limit: number,
  headers: Record<string, string | number>,
): boolean {
  const declared = request.headers["content-length"];
  const length = declared === undefined ? NaN : Number(declared);
  if (Number.isFinite(length) && length <= limit) return false;
  const status = declared === undefined ? 411 : 413;
  const body = status === 411 ? "Length Required" : `Payload Too Large: at most ${Math.round(limit / KB)} KB here`;
  response.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).end(body);
  request.resume();
  return true;
}
