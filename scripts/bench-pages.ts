/**
 * `npm run bench:pages`: server-side render time of an organisation page with
 * about 100 committees below it and of a person page, on the synthetic
 * 200,000-person database, measured over HTTP against the production server
 * (server/main.ts), with p50/p95/p99. Also counts the SQL queries each page's
 * data takes, for a large and a small case, to show the count does not grow
 * with the number of rows (no N+1).
 *
 *   npm run db:synthetic -- --people 200000 --out data/synthetic-200000.db   (once)
 *   npm run bench:pages [-- --db data/synthetic-200000.db --requests 300]
 *
 * The server gets a temporary copy of the database (starting a server migrates
 * and seeds its database), so the synthetic file is never changed.
 *
 * Throughput mode (bench-throughput.ts): `npm run bench:pages -- --throughput`
 * [--db file] [--duration 5] [--processes n]: req/s and p50/p95/p99 under load
 * from the page cache and rendered for each request, beside the stylesheet's
 * rate in the same run; the first request after a write; the same through nginx.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "../db/client";
import { getOrganizationPageData } from "../db/queries/organizations";
import { getPersonPageData } from "../db/queries/people";
import { todayIso } from "../lib/dates";
import { runIfMain } from "./audit-pages";
import { runThroughput } from "./bench-throughput";
import { percentile } from "./load";
import { startProductionServer } from "./production-server";

const TARGET_P95_MS = 50;
const PAGE_SIZE = 24;

/** The number of statements `work` prepares on the connection: one per query run (drizzle prepares each query it runs). */
export function countQueries(db: Db, work: () => unknown): number {
  const client = db.$client;
  const prepare = client.prepare.bind(client);
  let count = 0;
  client.prepare = ((source: string) => {
    count += 1;
    return prepare(source);
  }) as typeof client.prepare;
  try {
    work();
  } finally {
    client.prepare = prepare;
  }
  return count;
}

interface Targets {
  largeOrganization: { slug: string; committees: number };
  smallOrganization: { slug: string; committees: number };
  busyPerson: { slug: string; terms: number };
  quietPerson: { slug: string; terms: number };
}

/** Pages to measure: the provincial committee nearest 100 committees below, the person with the most terms, and small cases. */
export function pickTargets(db: Db): Targets {
  const committees = db.all<{ slug: string; committees: number }>(sql`
    SELECT p.slug, (SELECT count(*) FROM organizations c WHERE c.parent_id = p.id AND c.kind = 'front_committee') AS committees
    FROM organizations p WHERE p.kind = 'front_committee' AND p.level IN ('province', 'commune')
    ORDER BY abs(committees - 100) LIMIT 1`)[0];
  const small = db.all<{ slug: string; committees: number }>(sql`
    SELECT p.slug, 0 AS committees FROM organizations p
    WHERE p.kind = 'front_committee' AND p.level = 'commune' LIMIT 1`)[0];
  const people = db.all<{ slug: string; terms: number }>(sql`
    SELECT pe.slug, count(*) AS terms FROM memberships m JOIN people pe ON pe.id = m.person_id
    WHERE m.retracted_at IS NULL AND pe.retracted_at IS NULL
    GROUP BY m.person_id ORDER BY terms DESC LIMIT 1`)[0];
  const quiet = db.all<{ slug: string; terms: number }>(sql`
    SELECT pe.slug, count(*) AS terms FROM memberships m JOIN people pe ON pe.id = m.person_id
    WHERE m.retracted_at IS NULL AND pe.retracted_at IS NULL
    GROUP BY m.person_id HAVING terms = 1 LIMIT 1`)[0];
  if (!committees || !small || !people || !quiet) throw new Error("The database has no committees or people to measure.");
  return { largeOrganization: committees, smallOrganization: small, busyPerson: people, quietPerson: quiet };
}

/** CPU time (user + system) a process has used, in ms, from /proc on Linux; null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of stat, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

interface Timing {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  bytes: number;
  /** Server CPU per request: what the page costs however busy the machine is. */
  cpu: number | null;
}

async function measure(url: string, requests: number, pid?: number): Promise<Timing> {
  const times: number[] = [];
  let bytes = 0;
  const cpuBefore = cpuMs(pid);
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    const response = await fetch(url);
    const body = await response.text();
    times.push(performance.now() - start);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    bytes = body.length;
  }
  const cpuAfter = cpuMs(pid);
  times.sort((a, b) => a - b);
  return {
    cpu: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / requests : null,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    mean: times.reduce((sum, t) => sum + t, 0) / times.length,
    bytes,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      requests: { type: "string" },
      warmup: { type: "string" },
      throughput: { type: "boolean" },
      duration: { type: "string" },
      processes: { type: "string" },
    },
  });
  if (values.throughput)
    return runThroughput({ db: values.db, duration: Number(values.duration ?? 5), processes: values.processes }, pickTargets);
  const source = path.resolve(values.db ?? "data/synthetic-200000.db");
  const requests = Number(values.requests ?? 300);
  const warmup = Number(values.warmup ?? 30);
  if (!fs.existsSync(source)) {
    console.error(`No database at ${source}. Build it first:\n  npm run db:synthetic -- --people 200000 --out data/synthetic-200000.db`);
    process.exit(1);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-bench-"));
  const copy = path.join(dir, "bench.db");
  fs.copyFileSync(source, copy);
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  process.on("exit", cleanup);

  // Queries per render, counted in this process on the same data the server will read.
  const db = openDatabase(copy);
  const at = todayIso();
  const targets = pickTargets(db);
  const filter = { page: 1, pageSize: PAGE_SIZE };
  const queryCounts = [
    [
      `organisation, ${targets.largeOrganization.committees} committees below`,
      () => getOrganizationPageData(db, targets.largeOrganization.slug, at, filter),
    ],
    [
      `organisation, ${targets.smallOrganization.committees} committees below`,
      () => getOrganizationPageData(db, targets.smallOrganization.slug, at, filter),
    ],
    [`person, ${targets.busyPerson.terms} terms`, () => getPersonPageData(db, targets.busyPerson.slug, at)],
    [`person, ${targets.quietPerson.terms} term`, () => getPersonPageData(db, targets.quietPerson.slug, at)],
  ] as const;
  const people = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people`)?.n ?? 0;
  console.log(`Database: ${source} (${people.toLocaleString("en")} people), date ${at}\n`);
  console.log("SQL queries per page's data (the same whatever the number of rows: no N+1)");
  for (const [label, work] of queryCounts) console.log(`  ${label.padEnd(42)} ${countQueries(db, work)}`);
  db.$client.close();

  console.log("\nStarting the production server on a copy of the database…");
  const server = await startProductionServer({ databasePath: copy, quiet: true });
  const pages = [
    {
      name: `organisation (${targets.largeOrganization.committees} committees below)`,
      path: `/organizations/${targets.largeOrganization.slug}`,
      gated: true,
    },
    { name: "organisation, filtered, page 2", path: `/organizations/${targets.largeOrganization.slug}?q=a&page=2`, gated: false },
    { name: "organisation's other members, all", path: `/organizations/${targets.largeOrganization.slug}/members`, gated: false },
    { name: `person (${targets.busyPerson.terms} terms)`, path: `/people/${targets.busyPerson.slug}`, gated: true },
    { name: "person, English, historical", path: `/en/people/${targets.busyPerson.slug}?at=2020-06-01`, gated: false },
  ];
  let failed = false;
  try {
    console.log(
      `\n${requests} sequential requests per page after ${warmup} warm-up requests; time to the last byte and server CPU per request, in ms\n`,
    );
    console.log(
      `${"page".padEnd(44)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}${"mean".padStart(8)}${"cpu".padStart(8)}${"kB".padStart(7)}`,
    );
    for (const page of pages) {
      const url = `${server.baseUrl}${page.path}`;
      await measure(url, warmup);
      const r = await measure(url, requests, server.pid);
      const ok = r.p95 < TARGET_P95_MS;
      if (page.gated && !ok) failed = true;
      console.log(
        `${page.name.padEnd(44)}${[r.p50, r.p95, r.p99, r.mean].map((n) => n.toFixed(1).padStart(8)).join("")}${(r.cpu === null ? "-" : r.cpu.toFixed(1)).padStart(8)}${(r.bytes / 1024).toFixed(0).padStart(7)}${page.gated ? (ok ? "  ok" : "  SLOW") : ""}`,
      );
    }
    const load = os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(", ");
    console.log(`\nTarget: p95 < ${TARGET_P95_MS} ms for the organisation and person pages.`);
    console.log(`Machine: ${os.cpus().length} CPUs, load average ${load} (other work on the machine shows in the p95).`);
  } finally {
    server.stop();
  }
  process.exit(failed ? 1 : 0);
}

runIfMain(import.meta.url, main);
