/**
 * The production server's search workers (server/search-pool.ts), built as
 * `npm start` builds them and run as real worker threads on a real SQLite
 * file: they answer as the route handler does, while a write lands, and a
 * worker that cannot open its database fails its searches with a 503 rather
 * than hanging them or taking the server down.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSearchRequest } from "@/server/search-api";
import { people } from "@/db/schema";
import { fold } from "@/lib/fold";
import { SearchPool } from "@/server/search-pool";
import { buildServer } from "../../scripts/build-server";
import { tempDatabase } from "../helpers/db";

// Inside node_modules, so that the bundle's imports resolve as they do from .next.
const outdir = path.join(process.cwd(), "node_modules", ".cache", `mttq-search-pool-${process.pid}`);
const workerUrl = pathToFileURL(path.join(outdir, "search-worker.mjs"));

let database: ReturnType<typeof tempDatabase>;
beforeAll(() => {
  buildServer(outdir);
  database = tempDatabase();
});
afterAll(() => {
  database.close();
  fs.rmSync(outdir, { recursive: true, force: true });
});

describe("the search pool", () => {
  it("answers as the route handler does, for good and bad parameters, many at once", async () => {
    const pool = new SearchPool(2, workerUrl, database.file);
    try {
      const queries = [
        "q=bi+thu+tinh+doan",
        "q=vu+thi+mai+dinh&locale=en",
        "q=hoi+lhpn+lai+chau&type=organization",
        "q=a&limit=1000",
        "q=%22NEAR(*",
      ];
      const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.search(queries[i % queries.length])));
      replies.forEach((reply, i) => {
        const expected = answerSearchRequest(database.db, new URLSearchParams(queries[i % queries.length]));
        expect(reply.status).toBe(expected.status);
        expect(JSON.parse(reply.json)).toEqual(expected.body);
      });
      expect(JSON.parse(replies[0].json).results[0].slug).toBe("vu-thi-mai-dinh");
      expect(replies[3].status).toBe(400);
    } finally {
      await pool.close();
    }
  });

  it("sees a write committed on another connection", async () => {
    const pool = new SearchPool(1, workerUrl, database.file);
    try {
      expect(JSON.parse((await pool.search("q=Khuat+Thi+Thu+Nghiem")).json).total).toBe(0);
      const fullName = "Khuất Thị Thử Nghiệm";
      database.db
        .insert(people)
        .values({ slug: "khuat-thi-thu-nghiem", fullName, foldedName: fold(fullName) })
        .run();
      const reply = JSON.parse((await pool.search("q=Khuat+Thi+Thu+Nghiem")).json);
      expect(reply.results[0]).toMatchObject({ slug: "khuat-thi-thu-nghiem", name: "Khuất Thị Thử Nghiệm" });
    } finally {
      await pool.close();
    }
  });

  it("answers 503 when its workers cannot open the database, and keeps answering", async () => {
    const pool = new SearchPool(1, workerUrl, path.join(path.dirname(database.file), "missing.db"));
    try {
      for (let i = 0; i < 3; i++) {
        const reply = await pool.search("q=lai+chau");
        expect(reply.status).toBe(503);
        expect(JSON.parse(reply.json).error).toMatch(/unavailable/);
      }
    } finally {
      await pool.close();
    }
  });
});

/**
 * A stand-in worker for the queue's own behaviour: "q=slow" never answers (a
 * search stuck in SQLite), "q=wait-N" busies the thread for N ms, anything else
 * answers at once with the query.
 */
const STAND_IN = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, query }) => {
  if (query === "q=slow") for (;;);
  const wait = /^q=wait-(\\d+)/.exec(query);
  if (wait) { const until = Date.now() + Number(wait[1]); while (Date.now() < until); }
  parentPort.postMessage({ id, status: 200, json: JSON.stringify({ query }) });
});`;

describe("the search pool's queue", () => {
  const standIn = () => {
    const file = path.join(outdir, "stand-in-worker.mjs");
    fs.writeFileSync(file, STAND_IN);
    return pathToFileURL(file);
  };

  it("answers a search that runs past the time limit with a 503, replaces the worker, and keeps answering", async () => {
    const pool = new SearchPool(1, standIn(), "unused", 300);
    try {
      const started = Date.now();
      const [slow, next] = await Promise.all([pool.search("q=slow"), pool.search("q=after")]);
      expect(slow.status).toBe(503);
      expect(JSON.parse(slow.json).error).toMatch(/too long/);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(next).toMatchObject({ status: 200 });
      expect((await pool.search("q=later")).status).toBe(200);
    } finally {
      await pool.close();
    }
  });

  it("takes clients in turn, so one client's burst does not hold another's search behind it", async () => {
    const pool = new SearchPool(1, standIn(), "unused");
    try {
      const order: string[] = [];
      const burst = Array.from({ length: 20 }, (_, i) => pool.search(`q=wait-20&n=${i}`, "busy").then(() => order.push(`busy${i}`)));
      const other = pool.search("q=quick", "other").then(() => order.push("other"));
      await Promise.all([...burst, other]);
      // Two were already with the worker and one more was next in the busy client's turn; the other client's search comes right after.
      expect(order.indexOf("other")).toBeLessThanOrEqual(3);
    } finally {
      await pool.close();
    }
  });
});
