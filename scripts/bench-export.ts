/**
 * `npm run bench:export`: GET /data/popolo.json from the production server
 * (server/main.ts) on the synthetic 200,000-person database: the time to the
 * first byte and to the last, the size, and how much the server's memory (RSS,
 * sampled every 20 ms) grows over what it used before; then every record of
 * the document checked against the Popolo schemas (tests/fixtures/popolo). The
 * reference, measured in the same run, is a small JSON record from the same server.
 *
 *   npm run db:synthetic                                  (once: data/synthetic-200000.db)
 *   npm run bench:export [-- --db data/synthetic-200000.db] [--no-validate]
 *
 * Targets: first byte ≤ 1 s, complete ≤ 15 s, memory growth ≤ 100 MB.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SECTION_KINDS, popoloErrors, type PopoloDocument } from "../tests/helpers/popolo";
import { startProductionServer } from "./production-server";

const TARGETS = { firstByteMs: 1000, totalMs: 15_000, memoryMb: 100 };

function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

async function timed(url: string): Promise<{ firstByteMs: number; totalMs: number; bytes: number; text: string | null }> {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let firstByteMs = 0;
  let bytes = 0;
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0) firstByteMs = performance.now() - started;
    bytes += value.length;
    parts.push(decoder.decode(value, { stream: true }));
  }
  return { firstByteMs, totalMs: performance.now() - started, bytes, text: parts.join("") };
}

async function main() {
  const { values } = parseArgs({ options: { db: { type: "string" }, "no-validate": { type: "boolean" } } });
  const source = path.resolve(values.db ?? "data/synthetic-200000.db");
  if (!fs.existsSync(source)) {
    console.error(`No database at ${source}. Build it first: npm run db:synthetic`);
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-bench-export-"));
  const copy = path.join(dir, "bench.db");
  fs.copyFileSync(source, copy);
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));

  console.log(`Database: ${source}\nStarting the production server on a copy…`);
  const server = await startProductionServer({ databasePath: copy, quiet: true });
  const pid = server.pid!;
  let failed = false;
  try {
    const small = await fetch(`${server.baseUrl}/api/openapi.json`);
    await small.text();
    const reference = await timed(`${server.baseUrl}/api/openapi.json`);
    await new Promise((r) => setTimeout(r, 500));
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
    const run = await timed(`${server.baseUrl}/data/popolo.json`);
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(pid));
    const growth = peak - before;
    const rows: [string, number, number, string][] = [
      ["time to first byte (ms)", run.firstByteMs, TARGETS.firstByteMs, "≤"],
      ["time to last byte (ms)", run.totalMs, TARGETS.totalMs, "≤"],
      ["server memory growth (MB)", growth, TARGETS.memoryMb, "≤"],
    ];
    console.log(`\nGET /data/popolo.json: ${(run.bytes / 1024 / 1024).toFixed(1)} MB`);
    for (const [label, value, target] of rows) {
      const ok = value <= target;
      if (!ok) failed = true;
      console.log(`  ${label.padEnd(28)}${value.toFixed(0).padStart(8)}   target ≤ ${target}  ${ok ? "ok" : "MISSED"}`);
    }
    console.log(`  server RSS before / peak (MB)  ${before.toFixed(0)} / ${peak.toFixed(0)}`);
    console.log(`  reference: GET /api/openapi.json ${reference.totalMs.toFixed(1)} ms (${reference.bytes} bytes)`);
    console.log(
      `  load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(", ")} on ${os.availableParallelism()} cores`,
    );

    if (!values["no-validate"]) {
      const document = JSON.parse(run.text!) as PopoloDocument;
      run.text = null;
      let errors = 0;
      const counts: string[] = [];
      for (const [section, kind] of Object.entries(SECTION_KINDS)) {
        const records = document[section as keyof PopoloDocument];
        for (const record of records) {
          const found = popoloErrors(record, kind);
          if (found.length > 0 && errors < 5) console.log(`  ${String(record.id)}: ${found.join("; ")}`);
          errors += found.length;
        }
        counts.push(`${records.length.toLocaleString("en")} ${section}`);
      }
      console.log(`\nPopolo schemas: ${errors} errors in ${counts.join(", ")}`);
      if (errors > 0) failed = true;
    }
  } finally {
    server.stop();
  }
  process.exit(failed ? 1 : 0);
}

void main();
