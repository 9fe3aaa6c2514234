/**
 * The production server's cache of rendered public pages (which requests it
 * answers: lib/page-cache.ts). A page is rendered once by Next, from a request
 * with no cookie, kept in this process's memory with an ETag (its brotli and gzip copies made when first asked for)
 * and served from there until the records change.
 *
 * Coherence, across processes too: every write to a table public pages read
 * adds one to `public_data_version` in its own transaction (triggers, migration
 * 0007), whichever connection writes it: an admin form, an import, a script, a
 * test. A kept page carries the count it was rendered at (read before rendering,
 * so a write during the render counts); every request reads the count (one
 * indexed row, microseconds) and renders again when it moved. The first request
 * after a write therefore shows it, in every process. Pages are also kept per
 * day, since "current" roles depend on the date.
 *
 * Concurrent requests for a page being rendered wait for that one render. The
 * cache is bounded in bytes (PAGE_CACHE_MB), the least recently used page leaving first.
 */
import crypto from "node:crypto";
import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";
import { getDb } from "../db/client";
import { todayIso } from "../lib/dates";
import { etagMatches, preferredEncoding, type Encoding } from "../lib/page-cache";
import { CLIENT_ADDRESS_HEADER } from "../lib/security-headers";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** What Next answered for a page, in full. */
export interface Rendered {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

interface Page {
  key: string;
  version: number;
  etag: string;
  /** The answer's headers but its length, encoding and the cache's state, names and values in one list (as writeHead takes them). */
  headers: string[];
  body: Buffer;
  /** The brotli and gzip copies, each made when a client first asks for it. */
  compressed: Partial<Record<Exclude<Encoding, "identity">, Promise<Buffer>>>;
  bytes: number;
}

/** Headers of Next's answer that are not kept: the cache sets its own or they belong to one connection. */
const NOT_KEPT = new Set([
  "cache-control",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
]);

const RENDER_TIMEOUT_MS = 30_000;

/** The request headers a render sees: those the pages read (the host for absolute URLs, the client for throttling). */
const FORWARDED = ["host", "x-forwarded-host", "x-forwarded-proto", "user-agent", "accept", "accept-language", CLIENT_ADDRESS_HEADER];

/**
 * Renders pages through Next listening on a private Unix socket (server/main.ts):
 * the request goes without its cookies and asks for no compression.
 */
export function socketRenderer(socketPath: string): (request: http.IncomingMessage) => Promise<Rendered> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  return (request) =>
    new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { "accept-encoding": "identity" };
      for (const name of FORWARDED) if (request.headers[name] !== undefined) headers[name] = request.headers[name];
      const internal = http.request({ socketPath, agent, path: request.url, method: "GET", headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: Buffer.concat(chunks) }));
        answer.on("error", reject);
      });
      internal.on("error", reject);
      // A render that hangs fails the request over to Next itself (PageCache.serve's fallback) rather than holding it.
      internal.setTimeout(RENDER_TIMEOUT_MS, () => internal.destroy(new Error(`no answer from Next in ${RENDER_TIMEOUT_MS} ms`)));
      internal.end();
    });
}

export class PageCache {
  private readonly pages = new Map<string, Page>();
  private bytes = 0;
  private readonly renders = new Map<string, Promise<Page | Rendered>>();
  private readonly readVersion: () => number;

  constructor(
    private readonly options: {
      maxBytes: number;
      cacheControl: string;
      render: (request: http.IncomingMessage) => Promise<Rendered>;
      /** Added to every answer from the cache (which process answered); Next's own (the security headers) are kept. */
      headers: http.OutgoingHttpHeaders;
    },
  ) {
    const statement = getDb().$client.prepare("SELECT version FROM public_data_version WHERE id = 1");
    this.readVersion = () => (statement.get() as { version: number } | undefined)?.version ?? 0;
  }

  /** Answers a cacheable request (lib/page-cache.ts isCacheableRequest); `fallback` hands it to Next if rendering failed. */
  serve(request: http.IncomingMessage, response: http.ServerResponse, fallback: () => void): void {
    const { headers } = request;
    const key = [
      todayIso(),
      getBotType(headers["user-agent"] ?? "") ?? "browser",
      headers["x-forwarded-proto"] ?? "http",
      headers["x-forwarded-host"] ?? "",
      headers.host ?? "",
      request.url,
    ].join(" ");
    const version = this.readVersion();
    const kept = this.pages.get(key);
    if (kept && kept.version === version) {
      // Map order is the eviction order: most recently used last.
      this.pages.delete(key);
      this.pages.set(key, kept);
      return this.send(request, response, kept, "hit");
    }
    const renderKey = `${version} ${key}`;
    let render = this.renders.get(renderKey);
    if (!render) {
      render = this.fill(key, version, request);
      this.renders.set(renderKey, render);
      void render.finally(() => this.renders.delete(renderKey)).catch(() => {});
    }
    render.then(
      (result) => ("etag" in result ? this.send(request, response, result, "miss") : passThrough(request, response, result)),
      (error: unknown) => {
        console.error("[mttq] A page could not be rendered for the cache:", error);
        fallback();
      },
    );
  }

  private async fill(key: string, version: number, request: http.IncomingMessage): Promise<Page | Rendered> {
    const rendered = await this.options.render(request);
    const contentType = String(rendered.headers["content-type"] ?? "");
    // Only a complete HTML page that sets nothing for one client is kept; anything else is passed on as it came.
    if (rendered.status !== 200 || rendered.headers["set-cookie"] || !contentType.startsWith("text/html")) return rendered;
    const body = rendered.body;
    const etag = `W/"${crypto.createHash("sha1").update(body).digest("base64url")}"`;
    const kept: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(rendered.headers)) if (value !== undefined && !NOT_KEPT.has(name)) kept[name] = value;
    const vary = String(kept.vary ?? "");
    if (!/accept-encoding/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
    Object.assign(kept, this.options.headers, { "cache-control": this.options.cacheControl, etag });
    // Made once here, so that a hit costs no more header work than a static file.
    const headers = Object.entries(kept).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).flatMap((one) => [name, String(one)]),
    );
    const page: Page = {
      key,
      version,
      etag,
      headers,
      body,
      compressed: {},
      bytes: body.length + key.length,
    };
    const previous = this.pages.get(key);
    if (previous) this.forget(previous);
    this.pages.set(key, page);
    this.grow(page, page.bytes);
    return page;
  }

  /** Counts `bytes` more for a kept page, and lets the least recently used pages go past the bound. */
  private grow(page: Page, bytes: number): void {
    if (this.pages.get(page.key) !== page) return;
    this.bytes += bytes;
    for (const old of this.pages.values()) {
      if (this.bytes <= this.options.maxBytes) break;
      this.forget(old);
    }
  }

  private forget(page: Page): void {
    this.pages.delete(page.key);
    this.bytes -= page.bytes;
  }

  private compressedBody(page: Page, encoding: Exclude<Encoding, "identity">): Promise<Buffer> {
    return (page.compressed[encoding] ??= (
      encoding === "br"
        ? brotli(page.body, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length },
          })
        : gzip(page.body, { level: 6 })
    ).then((body) => {
      page.bytes += body.length;
      this.grow(page, body.length);
      return body;
    }));
  }

  private send(request: http.IncomingMessage, response: http.ServerResponse, page: Page, state: "hit" | "miss"): void {
    if (etagMatches(request.headers["if-none-match"], page.etag)) {
      response.writeHead(304, [...page.headers, "x-mttq-cache", state]).end();
      return;
    }
    const encoding = preferredEncoding(request.headers["accept-encoding"]);
    const write = (body: Buffer) => {
      const headers = [...page.headers, "x-mttq-cache", state, "content-length", String(body.length)];
      if (encoding !== "identity") headers.push("content-encoding", encoding);
      response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : body);
    };
    if (encoding === "identity") return write(page.body);
    this.compressedBody(page, encoding).then(write, () => response.destroy());
  }
}

/** An answer that is not kept (a 404, a redirect), sent as Next gave it. */
function passThrough(request: http.IncomingMessage, response: http.ServerResponse, rendered: Rendered): void {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(rendered.headers))
    if (value !== undefined && !["connection", "keep-alive", "transfer-encoding", "content-length"].includes(name)) headers[name] = value;
  headers["content-length"] = rendered.body.length;
  response.writeHead(rendered.status, headers).end(request.method === "HEAD" ? undefined : rendered.body);
}
