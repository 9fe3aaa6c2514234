/**
 * The production server's page cache (server/page-cache.ts) over real HTTP and
 * a real SQLite file, with pages that stand in for Next's renders: one render
 * for concurrent requests, a write anywhere renders again, the byte bound, what
 * is never kept, and the compressed copies.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb, openDatabase, type Db } from "@/db/client";
import { people } from "@/db/schema";
import { PageCache, type Rendered } from "@/server/page-cache";
import { tempDatabase } from "../helpers/db";

let base = "";
let renders: string[] = [];
let status = 200;
let server: http.Server;
let writer: Db;
let close: () => void;

/** What a render gives: the page's path and the number of the render, after a short wait (as a render takes). */
async function render(request: http.IncomingMessage): Promise<Rendered> {
  renders.push(request.url!);
  const body = Buffer.from(`<!doctype html><p>${request.url} #${renders.length}</p>${"<p>Ủy ban MTTQ Việt Nam</p>".repeat(200)}`);
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { status, headers: { "content-type": "text/html; charset=utf-8", vary: "rsc" }, body };
}

function get(
  path: string,
  headers: http.OutgoingHttpHeaders = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  const t = tempDatabase();
  // The cache reads the count on the server's own connection, as in server/main.ts.
  process.env.DATABASE_PATH = t.file;
  writer = openDatabase(t.file);
  const cache = new PageCache({
    maxBytes: 60_000,
    cacheControl: "public, max-age=0, s-maxage=10",
    render,
    headers: { "x-mttq-process": 1 },
  });
  server = http.createServer((request, response) => cache.serve(request, response, () => response.writeHead(502).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => {
    server.close();
    writer.$client.close();
    getDb().$client.close();
    t.close();
  };
});
afterAll(() => close());

describe("PageCache", () => {
  it("renders a page once for requests that come together, then answers from memory with its ETag and a 304", async () => {
    renders = [];
    const [first, second] = await Promise.all([get("/people/a"), get("/people/a")]);
    expect(renders).toEqual(["/people/a"]);
    expect(first.body.toString()).toContain("/people/a #1");
    expect(second.body.equals(first.body)).toBe(true);
    const hit = await get("/people/a");
    expect(hit.headers["x-mttq-cache"]).toBe("hit");
    expect(hit.headers["cache-control"]).toBe("public, max-age=0, s-maxage=10");
    expect(hit.headers.vary).toBe("rsc, Accept-Encoding");
    expect((await get("/people/a", { "if-none-match": String(hit.headers.etag) })).status).toBe(304);
    expect(renders).toHaveLength(1);
  });

  it("renders again after a write to a public record from another connection", async () => {
    renders = [];
    await get("/people/b");
    await get("/people/b");
    expect(renders).toHaveLength(1);
    const person = writer.select().from(people).get()!;
    writer.update(people).set({ hometown: "Xã Kiểm Thử" }).where(eq(people.id, person.id)).run();
    const after = await get("/people/b");
    expect(after.headers["x-mttq-cache"]).toBe("miss");
    expect(after.body.toString()).toContain("/people/b #2");
  });

  it("sends brotli and gzip copies of the same page", async () => {
    const plain = await get("/hierarchy");
    const br = await get("/hierarchy", { "accept-encoding": "br" });
    const gz = await get("/hierarchy", { "accept-encoding": "gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.headers.etag).toBe(plain.headers.etag);
  });

  it("keeps no more than its bound, the least recently used page leaving first", async () => {
    renders = [];
    // Each page is about 6 kB, or 7 kB with its copies: the bound holds a handful.
    for (let i = 0; i < 12; i++) await get(`/organizations/o${i}`);
    await get("/organizations/o11");
    expect(renders).toHaveLength(12);
    await get("/organizations/o0");
    expect(renders).toHaveLength(13);
  });

  it("passes on what is not a page as it came, and keeps none of it", async () => {
    renders = [];
    status = 404;
    try {
      expect((await get("/people/missing")).status).toBe(404);
      expect((await get("/people/missing")).status).toBe(404);
      expect(renders).toHaveLength(2);
    } finally {
      status = 200;
    }
  });
});
