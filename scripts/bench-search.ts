/**
 * npm run bench:search [-- --db FILE] [--queries 1600] [--seed 7] [--skip-http] [--skip-libraries] [--minisearch 20]
 *
 * Builds (or reuses) the synthetic 200,000-person database, then generates a
 * fixed mix of labelled queries (scripts/search-quality.ts: full names with and
 * without marks, parts of names, reordered names, one typo of each kind,
 * prefixes, roles with a place, organisations, forms of address, keyboard
 * slips) and prints:
 *   1. recall@1, recall@10 and the zero-result rate per kind, beside a random
 *      order of the matching names for ambiguous kinds and beside FlexSearch
 *      (and MiniSearch on the first N queries of each kind, --minisearch N; it
 *      takes about a second a query) given the same documents and folding;
 *   2. latency in-process, through searchDirectory();
 *   3. latency over HTTP against the production server (server/main.ts, autocannon
 *      with 10 connections), with requests per second and the server's memory;
 *   4. latency of a naive LIKE '%…%' scan of the same documents, for comparison.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, type Db } from "../db/client";
import { searchDirectory } from "../db/queries/search";
import { foldWords } from "../lib/fold";
import { buildIfNeeded } from "./build-if-needed";
import { rssMb, runLoad, summarise, type LatencySummary } from "./load";
import { startProductionServer } from "./production-server";
import {
  combine,
  flexSearcher,
  libraryDocuments,
  loadDirectory,
  miniSearcher,
  QueryMaker,
  score,
  type KindScore,
  type LabelledQuery,
  type Searcher,
} from "./search-quality";

const PEOPLE = 200_000;
const CONNECTIONS = 10;
const TARGETS = { inProcessP95: 5, httpP95: 25, speedUp: 20, rssMb: 400 };
/** Recall targets: one typo (all its kinds together), full names with marks, roles. */
const RECALL_TARGETS = { typoAt10: 0.9, typoAt1: 0.75, fullNameAt1: 0.99, roleAt1: 0.95 };

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

// ---- measuring ----

interface Summary extends LatencySummary {
  /** p95 of each kind of query. */
  byKind?: Record<string, number>;
}

function timeEach(queries: LabelledQuery[], run: (q: string) => unknown): Summary {
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

function inProcess(db: Db, queries: LabelledQuery[]): Summary {
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
function naive(db: Db, queries: LabelledQuery[]): Summary {
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
function naiveNames(db: Db, queries: LabelledQuery[]): Summary {
  const count = db.$client.prepare("SELECT count(*) FROM people WHERE folded_name LIKE ?");
  const page = db.$client.prepare("SELECT id, slug, full_name FROM people WHERE folded_name LIKE ? ORDER BY folded_name LIMIT 20");
  return timeEach(queries.slice(0, NAIVE_QUERIES), (q) => {
    const pattern = `%${foldWords(q)}%`;
    count.get(pattern);
    page.all(pattern);
  });
}

// ---- the server ----

interface LoadResult {
  summary: Summary;
  failures: number;
  requests: number;
  peakRss: number;
}

/** `amount` requests over CONNECTIONS connections, taking `paths` in turn, with the server's peak memory. */
async function load(baseUrl: string, paths: string[], amount: number, serverPid: number): Promise<LoadResult> {
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(serverPid))), 250);
  const run = await runLoad({ url: baseUrl, connections: CONNECTIONS, amount, paths });
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssMb(serverPid));
  return { summary: summarise(run.latencies, run.seconds), failures: run.failures, requests: run.latencies.length, peakRss };
}

// ---- recall ----

function ours(db: Db): Searcher {
  return (q) => searchDirectory(db, { q, limit: 10, offset: 0 }).results.map((r) => `${r.type}:${r.slug}`);
}

interface SystemRun {
  name: string;
  rows: KindScore[];
  p95: number;
}

function runSystem(name: string, search: Searcher, queries: LabelledQuery[]): SystemRun {
  const latencies: number[] = [];
  const results = queries.map(({ q }) => {
    const t = performance.now();
    const found = search(q);
    latencies.push(performance.now() - t);
    return found;
  });
  return { name, rows: score(queries, results), p95: summarise(latencies, 1).p95 };
}

const isTypo = (kind: string) => kind.startsWith("typo:");
const ONE_TYPO = "one typo (all kinds)";

/** The rows with the one-typo kinds taken together as well. */
function withTypoTotal(rows: KindScore[]): KindScore[] {
  return [...rows, combine(rows, ONE_TYPO, isTypo)];
}

const pct = (x: number | undefined) => (x === undefined ? "" : `${(100 * x).toFixed(1)}%`);

function printRecall(runs: SystemRun[]): void {
  const kinds = withTypoTotal(runs[0].rows).map((row) => row.kind);
  const header = ["kind", "n", ...runs.flatMap((run) => [`${run.name} @1`, "@10", "zero"]), "random @1", "@10"];
  const table = kinds.map((kind) => {
    const own = withTypoTotal(runs[0].rows).find((row) => row.kind === kind)!;
    return [
      kind,
      String(own.queries),
      ...runs.flatMap((run) => {
        const row = withTypoTotal(run.rows).find((r) => r.kind === kind);
        return [pct(row?.at1), pct(row?.at10), pct(row?.zero)];
      }),
      pct(own.reference?.at1),
      pct(own.reference?.at10),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(format(header));
  table.forEach((row) => console.log(format(row)));
  console.log(`p95 per query, first (cold) pass: ${runs.map((run) => `${run.name} ${ms(run.p95)}`).join(", ")}\n`);
}

/** The recall targets, and every kind at least a library's figures (on the same queries). */
function recallVerdicts(own: SystemRun, libraries: { own: SystemRun; library: SystemRun }[]): string[] {
  const rows = withTypoTotal(own.rows);
  const row = (kind: string) => rows.find((r) => r.kind === kind)!;
  const typo = row(ONE_TYPO);
  const prefix = row("prefix");
  const verdicts = [
    `one-typo zero results = 0 ${verdict(typo.zero === 0)}`,
    `one-typo recall@10 ≥ ${pct(RECALL_TARGETS.typoAt10)} ${verdict(typo.at10 >= RECALL_TARGETS.typoAt10)}`,
    `one-typo recall@1 ≥ ${pct(RECALL_TARGETS.typoAt1)} ${verdict(typo.at1 >= RECALL_TARGETS.typoAt1)}`,
    `prefix recall@10 ≥ random order ${verdict(prefix.at10 >= (prefix.reference?.at10 ?? 0))}`,
    `full names recall@1 ≥ ${pct(RECALL_TARGETS.fullNameAt1)} ${verdict(row("full name").at1 >= RECALL_TARGETS.fullNameAt1)}`,
    `roles recall@1 ≥ ${pct(RECALL_TARGETS.roleAt1)} ${verdict(row("role with a place").at1 >= RECALL_TARGETS.roleAt1)}`,
  ];
  for (const { own: mine, library } of libraries) {
    const behind = library.rows.filter((theirs) => {
      const mineRow = mine.rows.find((r) => r.kind === theirs.kind)!;
      return mineRow.at1 < theirs.at1 || mineRow.at10 < theirs.at10;
    });
    verdicts.push(
      `every kind ≥ ${library.name} ${verdict(behind.length === 0)}${behind.length ? ` (${behind.map((r) => r.kind).join(", ")})` : ""}`,
    );
  }
  return verdicts;
}

/** The first `n` queries of each kind. */
function firstOfEachKind(queries: LabelledQuery[], n: number): LabelledQuery[] {
  const taken = new Map<string, number>();
  return queries.filter((q) => {
    const count = taken.get(q.kind) ?? 0;
    taken.set(q.kind, count + 1);
    return count < n;
  });
}

/** This project and the libraries on the labelled queries; returns the target verdicts. */
function measureRecall(db: Db, queries: LabelledQuery[], options: { libraries: boolean; miniSearch: number }): string[] {
  const own = runSystem("ours", ours(db), queries);
  const runs = [own];
  const compared: { own: SystemRun; library: SystemRun }[] = [];
  if (options.libraries) {
    const documents = libraryDocuments(db);
    const t = performance.now();
    const flex = runSystem("FlexSearch", flexSearcher(documents), queries);
    console.log(
      `FlexSearch: ${documents.length.toLocaleString("en")} documents indexed and searched in ${((performance.now() - t) / 1000).toFixed(0)} s`,
    );
    runs.push(flex);
    compared.push({ own, library: flex });
  }
  printRecall(runs);
  if (options.libraries && options.miniSearch > 0) {
    const sample = firstOfEachKind(queries, options.miniSearch);
    const mini = runSystem("MiniSearch", miniSearcher(libraryDocuments(db)), sample);
    const ownSample = runSystem("ours", ours(db), sample);
    console.log(`MiniSearch on the first ${options.miniSearch} queries of each kind (${sample.length} queries), beside ours on the same:`);
    printRecall([ownSample, mini]);
    compared.push({ own: ownSample, library: mini });
  }
  return recallVerdicts(own, compared);
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
      "skip-libraries": { type: "boolean" },
      minisearch: { type: "string" },
    },
  });
  const file = values.db ?? path.join("data", `synthetic-${PEOPLE}.db`);
  const count = Math.max(1000, Number(values.queries ?? 1600));
  ensureDatabase(file);
  if (!values["skip-http"]) buildIfNeeded();

  const db = openDatabase(file, { readonly: true });
  const people = db.$client.prepare("SELECT count(*) FROM people").pluck().get() as number;
  const queries = new QueryMaker(loadDirectory(db), Number(values.seed ?? 7)).make(count);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  console.log(
    `\n${file}: ${people.toLocaleString("en")} people; ${queries.length.toLocaleString("en")} labelled queries of ${kinds.length} kinds`,
  );
  for (const kind of kinds) {
    const examples = queries.filter((q) => q.kind === kind).slice(0, 3);
    console.log(`  ${kind.padEnd(22)} ${examples.map((q) => JSON.stringify(q.q)).join(", ")}`);
  }
  console.log("");
  const recall = measureRecall(db, queries, { libraries: !values["skip-libraries"], miniSearch: Number(values.minisearch ?? 0) });

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
    ...recall,
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
async function serveAndMeasure(file: string, queries: LabelledQuery[]) {
  // One server process, as the targets were set for (its RSS among them); npm start runs one per core.
  const server = await startProductionServer({ databasePath: path.resolve(file), quiet: true, env: { SERVER_PROCESSES: "1" } });
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
