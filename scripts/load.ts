/**
 * Load for the HTTP benchmarks (bench:search, bench:pages), from autocannon: a
 * number of keep-alive connections sending requests for a duration or a count,
 * with every response's latency recorded as it arrives (autocannon's own
 * summary has no p95).
 */
import fs from "node:fs";
import { createRequire } from "node:module";

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    amount?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: { method: string; setupRequest: (request: object) => object }[];
  },
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

export interface LoadRun {
  /** Each response's latency, in ms, in the order they arrived. */
  latencies: number[];
  /** Seconds the run took. */
  seconds: number;
  /** Responses other than 200, connection errors and timeouts. */
  failures: number;
  bytes: number;
}

/**
 * Requests to `url` over `connections` connections, for `duration` seconds or
 * `amount` requests; with `paths`, each request takes the next from one shared
 * cursor (given a list of requests, autocannon runs it from the top on every
 * connection, so 10 connections would send each path 10 times at once).
 */
export async function runLoad(options: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  paths?: string[];
}): Promise<LoadRun> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const { paths } = options;
  let next = 0;
  const requests = paths
    ? [{ method: "GET", setupRequest: (request: object) => ({ ...request, path: paths[next++ % paths.length] }) }]
    : undefined;
  const latencies: number[] = [];
  let failures = 0;
  let bytes = 0;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    // autocannon takes an option given as undefined for a bad value: only those set are passed.
    const { url, connections, duration, amount, headers } = options;
    const given = Object.fromEntries(Object.entries({ duration, amount, headers, requests }).filter(([, value]) => value !== undefined));
    const instance = autocannon({ url, connections, ...given }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, status, size, ms) => {
      latencies.push(ms);
      bytes += size;
      if (status !== 200) failures++;
    });
  });
  return { latencies, seconds: result.duration, failures: failures + result.errors + result.timeouts, bytes };
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50, p95 and p99 of latencies in ms, and how many a second over `seconds`. */
export function summarise(latencies: number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    perSecond: latencies.length / seconds,
  };
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function rssMb(pid: number): number {
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
