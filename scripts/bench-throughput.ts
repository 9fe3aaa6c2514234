/**
 * `npm run bench:pages -- --throughput`: how many person and organisation pages
 * a second the production server answers under load (autocannon, 10 and 50
 * connections), from its page cache and rendered for each request (a request
 * with a session cookie, which the cache never answers), beside the static
 * stylesheet's rate measured in the same run; the first request after a write
 * in each server process; memory; and the same pages through nginx
 * (deploy/nginx.conf) when it is installed.
 *
 *   npm run bench:pages -- --throughput [--db file] [--duration 5] [--processes n]
 *
 * Without --db the server seeds a fresh demo database (the real reports).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../db/client";
import { people } from "../db/schema";
import { percentile, rssMb, runLoad, summarise } from "./load";
import { freePort, startProductionServer, waitFor } from "./production-server";

const TARGETS = { ratio: 0.5, p99: 25, firstAfterWrite: 60 };
const CONNECTIONS = [10, 50];
const NGINX = "/usr/sbin/nginx";
/** As a browser asks: the server keeps brotli and gzip copies of each page, and of the stylesheet. */
const BROWSER = { "accept-encoding": "gzip, deflate, br" };
/** A session cookie (not a valid one): the cache leaves the request to Next, which renders the page for it. */
const UNCACHED = { ...BROWSER, cookie: "mttq_session=bench-uncached" };

interface Case {
  name: string;
  path: string;
  headers: Record<string, string>;
  /** The stylesheet, whose rate the others are compared with. */
  reference?: boolean;
  /** Held to the targets at 10 connections. */
  gated?: boolean;
}

interface Row {
  label: string;
  connections: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  ratio: number | null;
  verdict: string;
}

/** A GET on a fresh connection, timed to the last byte. */
function timedGet(url: string): Promise<{ ms: number; status: number; body: string; process: string }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({
            ms: performance.now() - start,
            status: response.statusCode!,
            body,
            process: String(response.headers["x-mttq-process"]),
          }),
        );
      })
      .on("error", reject);
  });
}

async function measureCases(baseUrl: string, cases: Case[], duration: number, via: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const connections of CONNECTIONS) {
    let reference = 0;
    for (const item of cases) {
      const url = `${baseUrl}${item.path}`;
      await runLoad({ url, connections, duration: 1, headers: item.headers }); // warm-up: every process keeps the page
      const run = await runLoad({ url, connections, duration, headers: item.headers });
      const summary = summarise(run.latencies, run.seconds);
      if (item.reference) reference = summary.perSecond;
      const ratio = item.reference ? null : summary.perSecond / reference;
      const gated = item.gated && connections === 10;
      const ok = ratio !== null && ratio >= TARGETS.ratio && summary.p99 <= TARGETS.p99 && run.failures === 0;
      rows.push({
        label: `${via}${item.name}`,
        connections,
        ...summary,
        failures: run.failures,
        ratio,
        verdict: gated ? (ok ? "ok" : "MISSED") : "",
      });
      printRow(rows.at(-1)!);
    }
  }
  return rows;
}

function printRow(row: Row): void {
  const n = (value: number, digits = 1) => value.toFixed(digits).padStart(8);
  console.log(
    `${row.label.padEnd(40)}${String(row.connections).padStart(6)}${row.perSecond.toFixed(0).padStart(9)}${n(row.p50)}${n(row.p95)}${n(row.p99)}${(row.ratio === null ? "1" : row.ratio.toFixed(2)).padStart(8)}${String(row.failures).padStart(6)}  ${row.verdict}`,
  );
}

/** Writes to the person's record from this process (as an admin form in any server process would) and times the next request in each server process. */
async function firstAfterWrite(db: Db, baseUrl: string, slug: string, processes: number, rounds = 10) {
  const times: number[] = [];
  let shown = 0;
  for (let round = 0; round < rounds; round++) {
    const hometown = `Bench ${Date.now()}-${round}`;
    db.update(people).set({ hometown }).where(eq(people.slug, slug)).run();
    const seen = new Set<string>();
    for (let i = 0; i < processes * 4 && seen.size < processes; i++) {
      const answer = await timedGet(`${baseUrl}/people/${slug}`);
      if (seen.has(answer.process)) continue;
      seen.add(answer.process);
      times.push(answer.ms);
      if (answer.status === 200 && answer.body.includes(hometown)) shown++;
    }
  }
  times.sort((a, b) => a - b);
  return { count: times.length, shown, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
}

/** RSS of the server's processes: the primary (if a cluster) and each server with its search threads, in MB. */
function memory(pid: number): string {
  const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  const own = rssMb(pid) - children.reduce((sum, child) => sum + rssMb(child), 0);
  const parts = children.length ? [`primary ${own.toFixed(0)}`, ...children.map((child) => rssMb(child).toFixed(0))] : [];
  return `${rssMb(pid).toFixed(0)} MB in all${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** nginx with deploy/nginx.conf in a temporary prefix, in front of the server; null when nginx is not installed. */
async function startNginx(serverPort: number): Promise<{ baseUrl: string; stop: () => void } | null> {
  if (!fs.existsSync(NGINX)) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-nginx-"));
  // Run as root, nginx's workers are another user, who must reach the cache.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const site = fs
    .readFileSync("deploy/nginx.conf", "utf8")
    .replaceAll("/srv/mttq", process.cwd())
    .replaceAll("/var/cache/nginx/mttq", path.join(dir, "cache"))
    .replaceAll("127.0.0.1:3000", `127.0.0.1:${serverPort}`)
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replace("listen [::]:80;", "");
  fs.writeFileSync(path.join(dir, "site.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `${name}_temp_path ${path.join(dir, name)};`);
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes auto;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 1024; }\n` +
      `http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp.join("\n  ")}\n  include ${dir}/site.conf;\n}\n`,
  );
  const nginx = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => {
    nginx.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/api/health`, 10_000);
  return { baseUrl, stop };
}

export async function runThroughput(
  options: { db?: string; duration: number; processes?: string },
  pickTargets: (db: Db) => { largeOrganization: { slug: string }; busyPerson: { slug: string } },
): Promise<void> {
  let databasePath: string | undefined;
  let tempDir: string | null = null;
  if (options.db) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-bench-"));
    databasePath = path.join(tempDir, "bench.db");
    fs.copyFileSync(path.resolve(options.db), databasePath);
  }
  console.log(`Starting the production server on ${options.db ? `a copy of ${options.db}` : "a fresh demo database"}…`);
  const env: Record<string, string> = options.processes ? { SERVER_PROCESSES: options.processes } : {};
  const server = await startProductionServer({ databasePath, quiet: true, env });
  const processes = Number(options.processes ?? os.availableParallelism());
  const db = openDatabase(server.databasePath);
  let failed = false;
  let nginx: Awaited<ReturnType<typeof startNginx>> = null;
  try {
    const targets = pickTargets(db);
    const home = await (await fetch(`${server.baseUrl}/`)).text();
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
    if (!stylesheet) throw new Error("The home page links no stylesheet.");
    const person = `/people/${targets.busyPerson.slug}`;
    const organization = `/organizations/${targets.largeOrganization.slug}`;
    const cases: Case[] = [
      { name: "stylesheet (static file)", path: stylesheet, headers: BROWSER, reference: true },
      { name: "person, cached", path: person, headers: BROWSER, gated: true },
      { name: "organisation, cached", path: organization, headers: BROWSER, gated: true },
      // The cheapest answer Next gives: the ceiling of any cache inside Next (ISR, "use cache").
      { name: "/api/health through Next", path: "/api/health", headers: BROWSER },
      { name: "person, rendered per request", path: person, headers: UNCACHED },
      { name: "organisation, rendered per request", path: organization, headers: UNCACHED },
    ];
    console.log(`Person ${person}\nOrganisation ${organization}\n${processes} server process(es), ${options.duration} s per measure\n`);
    console.log(
      `${"what".padEnd(40)}${"conns".padStart(6)}${"req/s".padStart(9)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}${"× css".padStart(8)}${"fail".padStart(6)}`,
    );
    const rows = await measureCases(server.baseUrl, cases, options.duration, "");
    if (rows.some((row) => row.verdict === "MISSED")) failed = true;

    const write = await firstAfterWrite(db, server.baseUrl, targets.busyPerson.slug, processes);
    // Held to the target at the median: on a machine shared with other work a single render can wait its turn.
    const writeOk = write.shown === write.count && write.p50 <= TARGETS.firstAfterWrite;
    if (!writeOk) failed = true;
    console.log(
      `\nFirst request after a write, in each process (${write.count} requests, 10 writes): p50 ${write.p50.toFixed(1)} ms, p95 ${write.p95.toFixed(1)} ms, max ${write.max.toFixed(1)} ms; ` +
        `${write.shown} of ${write.count} showed the change  ${writeOk ? "ok" : "MISSED"}`,
    );
    console.log(`Server memory after the run: ${memory(server.pid!)}`);

    nginx = await startNginx(server.port);
    if (nginx) {
      console.log(`\nThrough nginx (deploy/nginx.conf: static files from disk, pages micro-cached for s-maxage)\n`);
      await measureCases(
        nginx.baseUrl,
        cases.filter((item) => item.headers === BROWSER && item.path !== "/api/health").map((item) => ({ ...item, gated: false })),
        options.duration,
        "nginx: ",
      );
    } else {
      console.log(`\nnginx is not installed (${NGINX}); to measure through it: sudo apt-get install nginx`);
    }
    const load = os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(", ");
    console.log(
      `\nTargets: cached pages at 10 connections ≥ ${TARGETS.ratio}× the stylesheet's req/s with p99 ≤ ${TARGETS.p99} ms; ` +
        `the first request after a write shows it within ${TARGETS.firstAfterWrite} ms (p50).`,
    );
    console.log(`Machine: ${os.cpus().length} CPUs, load average ${load}; the load generator runs on the same machine.`);
  } finally {
    nginx?.stop();
    db.$client.close();
    server.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
