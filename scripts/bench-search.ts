/**
 * npm run bench:search [-- --db FILE] [--queries 1200] [--seed 7] [--skip-http]
 *
 * Builds (or reuses) the synthetic 200,000-person database, then runs a fixed
 * mix of queries (full names with and without marks, prefixes, role queries,
 * one-letter typos, abbreviations) three ways and prints latency percentiles:
 *   1. in-process, through searchDirectory();
 *   2. over HTTP against the production server (server/main.ts, autocannon with 10
 *      connections), with requests per second and the server's memory;
 *   3. through a naive LIKE '%…%' scan of the same documents, for comparison.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { openDatabase, type Db } from "../db/client";
import { searchDirectory } from "../db/queries/search";
import { fold, foldWords } from "../lib/fold";
import { buildIfNeeded } from "./build-if-needed";
import { startProductionServer } from "./production-server";

const PEOPLE = 200_000;
const CONNECTIONS = 10;
const TARGETS = { inProcessP95: 5, httpP95: 25, speedUp: 20, rssMb: 400 };

// ---- the database ----

/**
 * The file holds a synthetic database whose search index this code can query
 * (an older draft may not), once opening it has applied any pending migrations.
 */
function hasSearchIndex(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = openDatabase(file);
  try {
    return searchDirectory(db, { q: "nguyen", limit: 1, offset: 0 }).total > 0;
  } catch {
    return false;
  } finally {
    db.$client.close();
  }
}

function ensureDatabase(file: string): void {
  if (hasSearchIndex(file)) return console.log(`Reusing ${file}`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const args = ["run", "db:synthetic", "--", "--people", String(PEOPLE), "--out", file];
  const result = spawnSync("npm", args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error("building the synthetic database failed");
}

// ---- the query mix ----

/** A small seeded generator (mulberry32), so every run asks the same queries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface BenchQuery {
  kind: string;
  q: string;
}

class QueryMaker {
  private readonly next: () => number;
  private readonly provinces: string[];
  private readonly maxPersonId: number;
  private readonly maxMembershipId: number;

  constructor(
    private readonly db: Db,
    seed: number,
  ) {
    this.next = random(seed);
    const client = db.$client;
    this.provinces = client
      .prepare("SELECT name FROM areas WHERE kind IN ('province', 'city') AND valid_until IS NULL")
      .pluck()
      .all() as string[];
    this.maxPersonId = client.prepare("SELECT max(id) FROM people").pluck().get() as number;
    this.maxMembershipId = client.prepare("SELECT max(id) FROM memberships").pluck().get() as number;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  private name(): string {
    for (;;) {
      const id = 1 + Math.floor(this.next() * this.maxPersonId);
      const name = this.db.$client.prepare("SELECT full_name FROM people WHERE id = ? AND retracted_at IS NULL").pluck().get(id);
      if (typeof name === "string") return name;
    }
  }

  /** "<post title> <organisation>" of a random current term of a post above plain membership. */
  private role(): string {
    for (;;) {
      const id = 1 + Math.floor(this.next() * this.maxMembershipId);
      const row = this.db.$client
        .prepare(
          `SELECT p.title || ' ' || o.name FROM memberships m JOIN posts p ON p.id = m.post_id
           JOIN organizations o ON o.id = m.organization_id
           WHERE m.id = ? AND m.end_date IS NULL AND p.role_key <> 'committee_member'`,
        )
        .pluck()
        .get(id);
      if (typeof row === "string") return row;
    }
  }

  private typo(word: string): string {
    const at = Math.floor(this.next() * word.length);
    const letter = "abcdefghijklmnopqrstuvwxyz"[Math.floor(this.next() * 26)];
    const edits = [
      () => word.slice(0, at) + word.slice(at + 1), // missing
      () => word.slice(0, at) + letter + word.slice(at), // extra
      () => word.slice(0, at) + (word[at] === letter ? "z" : letter) + word.slice(at + 1), // wrong
    ];
    return this.pick(edits)();
  }

  private readonly makers: Record<string, () => string> = {
    "full name": () => this.name(),
    "no marks": () => foldWords(this.name()),
    prefix: () => {
      // "nguyen van d" (the name's start) or "kieu an" (two words from its end), the last cut short.
      const words = foldWords(this.name()).split(" ");
      const cut = (word: string) => word.slice(0, 2 + Math.floor(this.next() * 2));
      const head = this.next() < 0.5 ? words.slice(0, -1) : words.slice(-2, -1);
      return [...head, cut(words[words.length - 1])].join(" ");
    },
    role: () => {
      const province = this.pick(this.provinces);
      const templates = [
        () => this.role(),
        () => foldWords(this.role()),
        () => `bí thư tỉnh đoàn ${province}`,
        () => `chủ tịch hội phụ nữ ${fold(province)}`,
        () => `phó chủ tịch thường trực mttq ${province}`,
        () => `chu tich hoi nong dan ${fold(province)}`,
      ];
      return this.pick(templates)();
    },
    typo: () => {
      for (;;) {
        const words = foldWords(this.name()).split(" ");
        const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
        if (long.length === 0) continue;
        const [word, i] = this.pick(long);
        words[i] = this.typo(word);
        return words.join(" ");
      }
    },
    abbreviation: () => {
      const province = fold(this.pick(this.provinces));
      return this.pick([
        `pct ubmttq ${province}`,
        `hoi lhpn ${province}`,
        `chu tich ldld ${province}`,
        `ccb ${province}`,
        `bi thu doan tncs hcm ${province}`,
        `UBMTTQ ${province}`,
      ]);
    },
  };

  make(count: number): BenchQuery[] {
    const kinds = Object.keys(this.makers);
    return Array.from({ length: count }, (_, i) => {
      const kind = kinds[i % kinds.length];
      return { kind, q: this.makers[kind]() };
    });
  }
}

// ---- measuring ----

interface Summary {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  /** p95 of each kind of query. */
  byKind?: Record<string, number>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(latencies: number[], seconds: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    perSecond: latencies.length / seconds,
  };
}

function timeEach(queries: BenchQuery[], run: (q: string) => unknown): Summary {
  const latencies: number[] = [];
  const started = performance.now();
  for (const { q } of queries) {
    const t = performance.now();
    run(q);
    latencies.push(performance.now() - t);
  }
  const summary = summarise(latencies, (performance.now() - started) / 1000);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const p95Of = (kind: string) =>
    summarise(
      latencies.filter((_, i) => queries[i].kind === kind),
      1,
    ).p95;
  return { ...summary, byKind: Object.fromEntries(kinds.map((kind) => [kind, p95Of(kind)])) };
}

function inProcess(db: Db, queries: BenchQuery[]): Summary {
  const search = (q: string) => searchDirectory(db, { q, limit: 20, offset: 0 });
  queries.forEach(({ q }) => search(q)); // warm the caches and the JIT, as a running server is
  return timeEach(queries, search);
}

/** How many of the queries (the first ones, so every kind in turn) the slow naive scans run. */
const NAIVE_QUERIES = 300;

/**
 * The naive way, on the same text the index holds: each person's folded names
 * and current roles with their organisations and places (copied from
 * search_docs into a temporary table of just that text, so the scan reads no
 * more than it needs), searched with LIKE '%…%' for the count and again for
 * the first page.
 */
function naive(db: Db, queries: BenchQuery[]): Summary {
  db.$client.exec(`CREATE TEMP TABLE IF NOT EXISTS naive_docs AS
    SELECT id, name, about FROM search_docs WHERE kind = 'person' ORDER BY id`);
  const where = "name LIKE ? OR about LIKE ?";
  const count = db.$client.prepare(`SELECT count(*) FROM naive_docs WHERE ${where}`);
  const page = db.$client.prepare(`SELECT id, name FROM naive_docs WHERE ${where} ORDER BY id LIMIT 20`);
  return timeEach(queries.slice(0, NAIVE_QUERIES), (q) => {
    const pattern = `%${foldWords(q)}%`;
    count.get(pattern, pattern);
    page.all(pattern, pattern);
  });
}

/** Naive over names alone (which cannot answer role queries), for a floor under the naive figures. */
function naiveNames(db: Db, queries: BenchQuery[]): Summary {
  const count = db.$client.prepare("SELECT count(*) FROM people WHERE folded_name LIKE ?");
  const page = db.$client.prepare("SELECT id, slug, full_name FROM people WHERE folded_name LIKE ? ORDER BY folded_name LIMIT 20");
  return timeEach(queries.slice(0, NAIVE_QUERIES), (q) => {
    const pattern = `%${foldWords(q)}%`;
    count.get(pattern);
    page.all(pattern);
  });
}

// ---- the server ----

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
function rssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let kb = 0;
  const visit = (id: number) => {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      return;
    }
    (children.get(id) ?? []).forEach(visit);
  };
  visit(pid);
  return kb / 1024;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  non2xx: number;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (
  options: { url: string; connections: number; amount: number; requests: { method: string; setupRequest: (request: object) => object }[] },
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

interface LoadResult {
  summary: Summary;
  failures: number;
  requests: number;
  peakRss: number;
}

/**
 * `amount` requests over CONNECTIONS connections, taking `paths` in turn from
 * one shared cursor; latencies as each response arrives. (Given a list of
 * requests, autocannon runs it from the top on every connection, so 10
 * connections would send each query 10 times at once and a short run would
 * never reach the end of the mix.)
 */
async function load(baseUrl: string, paths: string[], amount: number, serverPid: number): Promise<LoadResult> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  let next = 0;
  const requests = [{ method: "GET", setupRequest: (request: object) => ({ ...request, path: paths[next++ % paths.length] }) }];
  const latencies: number[] = [];
  let failures = 0;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(serverPid))), 250);
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl, connections: CONNECTIONS, amount, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status !== 200) failures++;
    });
  });
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssMb(serverPid));
  return { summary: summarise(latencies, result.duration), failures: failures + result.errors, requests: latencies.length, peakRss };
}

// ---- the report ----

const ms = (value: number) => `${value.toFixed(2)} ms`;
const line = (label: string, s: Summary, unit: string) =>
  `${label.padEnd(12)} p50 ${ms(s.p50).padStart(10)}   p95 ${ms(s.p95).padStart(10)}   p99 ${ms(s.p99).padStart(10)}   ${Math.round(s.perSecond).toLocaleString("en")} ${unit}`;
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      queries: { type: "string" },
      seed: { type: "string" },
      "skip-http": { type: "boolean" },
    },
  });
  const file = values.db ?? path.join("data", `synthetic-${PEOPLE}.db`);
  const count = Math.max(1000, Number(values.queries ?? 1200));
  ensureDatabase(file);
  if (!values["skip-http"]) buildIfNeeded();

  const db = openDatabase(file, { readonly: true });
  const people = db.$client.prepare("SELECT count(*) FROM people").pluck().get() as number;
  const queries = new QueryMaker(db, Number(values.seed ?? 7)).make(count);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  console.log(`\n${file}: ${people.toLocaleString("en")} people; ${queries.length.toLocaleString("en")} queries (${kinds.join(", ")})`);
  console.log(`  e.g. ${kinds.map((kind) => JSON.stringify(queries.find((q) => q.kind === kind)!.q)).join(", ")}\n`);

  const local = inProcess(db, queries);
  console.log(line("in-process", local, "queries/s (one thread)"));
  const byKind = Object.entries(local.byKind ?? {}).map(([kind, p95]) => `${kind} ${p95.toFixed(2)}`);
  console.log(`             p95 by kind (ms): ${byKind.join(", ")}`);

  const slow = naive(db, queries);
  const names = naiveNames(db, queries);
  const speedUp = slow.p95 / local.p95;
  const http = values["skip-http"] ? null : await serveAndMeasure(file, queries);
  console.log(
    line("naive LIKE", slow, `queries/s (count + first page, LIKE '%…%' over the same folded names and roles; ${NAIVE_QUERIES} queries)`),
  );
  console.log(line("naive names", names, `queries/s (the same over people.folded_name alone: no role queries answered)`));
  console.log(
    `speed-up    ${speedUp.toFixed(0)}× at p95 (naive ÷ in-process); ${(slow.p50 / local.p50).toFixed(0)}× at p50; ` +
      `${(names.p95 / local.p95).toFixed(0)}× at p95 against names alone\n`,
  );
  db.$client.close();

  const targets = [
    `in-process p95 ≤ ${TARGETS.inProcessP95} ms ${verdict(local.p95 <= TARGETS.inProcessP95)}`,
    `≥ ${TARGETS.speedUp}× naive ${verdict(speedUp >= TARGETS.speedUp)}`,
    ...(http
      ? [
          `HTTP p95 ≤ ${TARGETS.httpP95} ms ${verdict(http.summary.p95 <= TARGETS.httpP95)}`,
          `RSS ≤ ${TARGETS.rssMb} MB ${verdict(http.peakRss <= TARGETS.rssMb)}`,
          `no failed requests ${verdict(http.failures === 0)}`,
        ]
      : []),
  ];
  console.log(`targets: ${targets.join("; ")}`);
}

/** Starts the production server on the database and loads it; prints and returns the figures. */
async function serveAndMeasure(file: string, queries: BenchQuery[]) {
  const server = await startProductionServer({ databasePath: path.resolve(file), quiet: true });
  const pid = server.pid!;
  try {
    const paths = queries.map(({ q }) => `/api/search?q=${encodeURIComponent(q)}&limit=20`);
    await load(server.baseUrl, paths, paths.length, pid); // warm-up pass, as in-process
    const http = await load(server.baseUrl, paths, paths.length * 3, pid);
    console.log(
      line(
        "HTTP",
        http.summary,
        `req/s (${CONNECTIONS} connections, ${http.requests.toLocaleString("en")} requests, ${http.failures} failed)`,
      ),
    );
    const afterSearch = rssMb(pid);
    // The same load on a route that does no search: what the framework and this machine cost on their own.
    const floor = await load(server.baseUrl, ["/api/health"], paths.length * 3, pid);
    console.log(line("HTTP floor", floor.summary, "req/s (GET /api/health, served by Next, under the same load: no search)"));
    console.log(
      `server RSS   ${afterSearch.toFixed(0)} MB after the searches, ${http.peakRss.toFixed(0)} MB at peak during them ` +
        `(${Math.max(floor.peakRss, rssMb(pid)).toFixed(0)} MB after the floor run, Next's own heap grown by it)`,
    );
    return http;
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
