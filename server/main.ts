/**
 * The production server (`npm start`, the browser tests and the benchmarks):
 * Next.js for every page and route, except GET /api/search, which is answered
 * here from worker threads, and the build's scripts and stylesheets for clients
 * that take brotli (static-assets.ts). The search API is the hottest path and
 * its answer does not need the framework: skipping Next's per-request work
 * (about 1.4 ms on this machine, as much as a search) and running searches on
 * the second core is what keeps its latency low under concurrent load. The
 * answer itself is the same function the route handler app/api/search/route.ts uses.
 *
 * Public pages are answered from the page cache (page-cache.ts), which renders
 * them through Next on a private Unix socket; requests with a session go to Next
 * and are marked `private, no-store`.
 *
 * SERVER_PROCESSES > 1 (default: one per core) runs that many of these servers
 * as a cluster sharing the port and the SQLite file; the first starts alone, so
 * that it migrates and seeds the database before the others open it, and the
 * primary process only starts, restarts and stops them (and runs the backups).
 *
 * Built into .next/mttq-server by scripts/build-if-needed.ts; run from the
 * project directory (migrations and the database path are relative to it).
 */
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import etag from "etag";
import next from "next";
import { databasePath } from "../db/client";
import { clientAddress, proxyMatcher } from "../lib/auth/client-address";
import { env } from "../lib/env";
import { isCacheableRequest, hasSessionCookie, PRIVATE_CACHE_CONTROL, publicCacheControl } from "../lib/page-cache";
import { CLIENT_ADDRESS_HEADER, securityHeaders, sendsStrictTransportSecurity, strictTransportSecurity } from "../lib/security-headers";
import { CORS_HEADERS, holdApiLimitsForCluster, limitApiClient } from "./api-limits";
import { scheduleBackups } from "./backups";
import { scheduleDumps } from "./dumps";
import { PageCache, socketRenderer } from "./page-cache";
import { bodyLimit, refuseOversizedBody } from "./request-limits";
import { SearchPool } from "./search-pool";
import { acceptsBrotli, StaticAssets, type CompressedAsset } from "./static-assets";

const config = env();
const { PORT: port, SEARCH_WORKERS, TRUSTED_PROXIES } = config;
const processes = config.SERVER_PROCESSES ?? os.availableParallelism();
// The search threads of all processes together: two by default (one on a 1-core machine), shared out.
const searchWorkers = SEARCH_WORKERS ?? Math.max(1, Math.floor(Math.min(2, os.availableParallelism()) / processes));
/** Which process of the cluster answered (1 when there is one), in X-Mttq-Process on cached pages. */
const processNumber = cluster.worker?.id ?? 1;
const isTrustedProxy = proxyMatcher(TRUSTED_PROXIES);

/** The security headers every response carries, with the given ones. */
function withSecurityHeaders(headers: Record<string, string | number>) {
  for (const { key, value } of securityHeaders) headers[key] = value;
  if (sendsStrictTransportSecurity()) headers[strictTransportSecurity.key] = strictTransportSecurity.value;
  return headers;
}

/**
 * Who the request is from (see lib/auth/client-address.ts), in the one header the
 * app reads for it. Forwarded headers from anyone but a trusted proxy are dropped,
 * so that neither the client address nor the scheme or host can be claimed.
 */
function resolveClient(request: http.IncomingMessage): string {
  const client = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], isTrustedProxy);
  if (!isTrustedProxy(request.socket.remoteAddress ?? "")) {
    delete request.headers["x-forwarded-for"];
    delete request.headers["x-forwarded-proto"];
    delete request.headers["x-forwarded-host"];
  }
  request.headers[CLIENT_ADDRESS_HEADER] = client;
  return client;
}

/** The search API's answer, with what every API answer has (app/_lib/api.ts): the rate limit, CORS, an ETag. */
async function sendSearch(pool: SearchPool, request: http.IncomingMessage, response: http.ServerResponse, query: string, client: string) {
  const wait = await limitApiClient(client);
  const { status, json } = wait === null ? await pool.search(query, client) : rateLimited(wait);
  const headers = withSecurityHeaders({ ...CORS_HEADERS, "Content-Type": "application/json", "Cache-Control": "no-store" });
  if (status === 503) headers["Retry-After"] = 1;
  if (wait !== null) headers["Retry-After"] = wait;
  if (status === 200) {
    const tag = etag(json);
    headers.ETag = tag;
    if (request.headers["if-none-match"] === tag) return response.writeHead(304, headers).end();
  }
  headers["Content-Length"] = Buffer.byteLength(json);
  response.writeHead(status, headers).end(json);
}

function rateLimited(wait: number) {
  return { status: 429, json: JSON.stringify({ error: `too many requests; try again in ${wait} s`, code: "rate_limited" }) };
}

function sendAsset(request: http.IncomingMessage, response: http.ServerResponse, asset: CompressedAsset) {
  const headers = withSecurityHeaders({
    "Content-Type": asset.contentType,
    "Content-Encoding": "br",
    "Content-Length": asset.body.length,
    // As Next serves them: file names change with their content.
    "Cache-Control": "public, max-age=31536000, immutable",
    Vary: "Accept-Encoding",
  });
  response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : asset.body);
}

/** Next listening on a Unix socket in a private directory, for the page cache's renders. */
function listenPrivately(handle: http.RequestListener): Promise<{ socketPath: string; close: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-render-"));
  const socketPath = path.join(dir, "next.sock");
  const server = http.createServer(handle);
  return new Promise((resolve) =>
    server.listen(socketPath, () =>
      resolve({
        socketPath,
        close: () => {
          server.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      }),
    ),
  );
}

async function serve() {
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  // Next's instrumentation migrates and seeds the database as it prepares, before any worker opens it.
  await app.prepare();
  const pool = new SearchPool(searchWorkers, new URL("./search-worker.mjs", import.meta.url), databasePath());
  const assets = new StaticAssets();
  const renders = await listenPrivately((request, response) => void handle(request, response));
  const pages =
    config.PAGE_CACHE_MB > 0
      ? new PageCache({
          maxBytes: config.PAGE_CACHE_MB * 1024 * 1024,
          cacheControl: publicCacheControl({
            sMaxAge: config.PAGE_CACHE_S_MAXAGE,
            staleWhileRevalidate: config.PAGE_CACHE_STALE_WHILE_REVALIDATE,
          }),
          render: socketRenderer(renders.socketPath),
          headers: { "x-mttq-process": processNumber },
        })
      : null;

  const server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    const queryAt = url.indexOf("?");
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const client = resolveClient(request);
    if (request.method === "GET" && pathname === "/api/search") {
      return void sendSearch(pool, request, response, queryAt === -1 ? "" : url.slice(queryAt + 1), client);
    }
    if (request.method === "POST" && refuseOversizedBody(request, response, bodyLimit(pathname), withSecurityHeaders({}))) return;
    const asset = request.method === "GET" || request.method === "HEAD" ? assets.lookup(pathname) : null;
    if (asset && acceptsBrotli(request.headers["accept-encoding"])) return sendAsset(request, response, asset);
    if (pages && isCacheableRequest(request)) return pages.serve(request, response, () => void handle(request, response));
    // Whatever a signed-in request is answered must stay in that browser (pages set their own, as private).
    if (hasSessionCookie(request.headers.cookie)) response.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
    void handle(request, response);
  });
  // A client gets this long to send its headers and its whole request, so slow senders cannot hold connections open.
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;
  server.listen(port, () =>
    console.log(
      `[mttq] Ready on http://localhost:${port} (${cluster.isWorker ? `process ${processNumber} of ${processes}, ` : ""}${searchWorkers} search workers)`,
    ),
  );
  // In a cluster the primary runs these (supervise); alone, this process does.
  const backups = cluster.isWorker ? null : scheduleBackups();
  const dumps = cluster.isWorker ? null : scheduleDumps();

  const stop = () => {
    backups?.stop();
    dumps?.stop();
    server.close();
    renders.close();
    void Promise.all([pool.close(), app.close()]).then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** The cluster's primary: the first server alone until it listens, then the others; one that dies is started again. */
function supervise() {
  holdApiLimitsForCluster();
  let stopping = false;
  const start = () => {
    const worker = cluster.fork();
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[mttq] Server process ${worker.id} ended (${signal ?? code}); starting another.`);
      start();
    });
    return worker;
  };
  let schedules: { stop: () => void }[] = [];
  start().once("listening", () => {
    for (let i = 1; i < processes; i++) start();
    // Once the first server has migrated and seeded the database.
    schedules = [scheduleBackups(), scheduleDumps()];
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const schedule of schedules) schedule.stop();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    cluster.disconnect(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function main() {
  if (cluster.isPrimary && processes > 1) return supervise();
  await serve();
}

main().catch((error) => {
  console.error("[mttq] The server could not start:", error);
  process.exit(1);
});
