/**
 * The public API's per-client rate limit and CORS headers. The limit: API_RATE_LIMIT requests a minute from
 * one client address (rate-limiter-flexible), over every endpoint of the API and the exports. Counted in memory;
 * with several server processes (SERVER_PROCESSES) the cluster's primary holds the one count for all of them
 * (RateLimiterClusterMaster, started by server/main.ts), so a client gets the same limit whichever process answers.
 * Shared by the production server's own search answer (server/main.ts) and Next's route handlers
 * (app/_lib/api.ts), which are bundled apart, hence the global.
 */
import cluster from "node:cluster";
import {
  RateLimiterCluster,
  RateLimiterClusterMaster,
  RateLimiterMemory,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { env } from "../lib/env";

const WINDOW_SECONDS = 60;

/** CORS for every answer of the API: any site may read the data. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

const holder = globalThis as unknown as { mttqApiLimiter?: { points: number; limiter: RateLimiterAbstract } };

/** In a cluster's primary, before the server processes are forked: keeps the count they all share. */
export function holdApiLimitsForCluster(): void {
  new RateLimiterClusterMaster();
}

function limiter(points: number): RateLimiterAbstract {
  if (holder.mttqApiLimiter?.points !== points) {
    const options = { keyPrefix: "api", points, duration: WINDOW_SECONDS };
    holder.mttqApiLimiter = {
      points,
      limiter: cluster.isWorker ? new RateLimiterCluster({ ...options, timeoutMs: 1000 }) : new RateLimiterMemory(options),
    };
  }
  return holder.mttqApiLimiter.limiter;
}

/** Counts one request of `client`: null when it may go on, else the seconds it must wait (for Retry-After). */
export async function limitApiClient(client: string): Promise<number | null> {
  const points = env().API_RATE_LIMIT;
  if (points === 0) return null;
  try {
    await limiter(points).consume(client);
    return null;
  } catch (refusal) {
    // Read by shape: the limiter may come from the other bundle's copy of the library, another RateLimiterRes class.
    const wait = (refusal as Partial<RateLimiterRes> | null)?.msBeforeNext;
    if (typeof wait === "number") return Math.max(1, Math.ceil(wait / 1000));
    // The primary did not answer in time: a limiter that fails must not take the API down with it.
    console.error("[mttq] API rate limit unavailable:", refusal);
    return null;
  }
}
