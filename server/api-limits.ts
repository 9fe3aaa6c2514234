/**
 * The public API's per-client rate limit and CORS headers. The limit: API_RATE_LIMIT requests a minute from
 * one client address (rate-limiter-flexible, counted in memory), over every
 * endpoint of the API and the exports. One counter per process, shared by the
 * production server's own search answer (server/main.ts) and Next's route
 * handlers (app/_lib/api.ts), which are bundled apart, hence the global.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
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

const holder = globalThis as unknown as { mttqApiLimiter?: { points: number; limiter: RateLimiterMemory } };

function limiter(points: number): RateLimiterMemory {
  if (holder.mttqApiLimiter?.points !== points) {
    holder.mttqApiLimiter = { points, limiter: new RateLimiterMemory({ keyPrefix: "api", points, duration: WINDOW_SECONDS }) };
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
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}
