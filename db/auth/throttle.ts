/**
 * Limits on guessing, with rate-limiter-flexible's counters in the database
 * (table rate_limits), so that every server process shares them. An attempt is
 * counted (reserved) before the password is checked, so parallel requests
 * cannot slip past the limit while a hash is running.
 *
 * Sign-in, in 15-minute windows:
 * - one account from one client: 5 failures, then that client waits out the window;
 * - one client across every account: 20 failures, then it waits out the window;
 * - one account from everywhere: after 5 failures each further failure doubles a
 *   delay (30 s, 1 min, 2 min … up to 15 min) that clients which have failed on the
 *   account must wait. A client that has not failed on it is not delayed, so the
 *   owner can still sign in while someone else guesses.
 * A success clears the account's counts (its owner got in), never the client's.
 */
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import type { Db } from "../client";

export const WINDOW_SECONDS = 15 * 60;
export const MAX_ACCOUNT_CLIENT_FAILURES = 5;
export const MAX_CLIENT_FAILURES = 20;
export const ACCOUNT_FAILURES_BEFORE_DELAY = 5;
export const FIRST_DELAY_SECONDS = 30;
/** Second-factor codes and changes of one's own password: wrong tries per account and window. */
export const MAX_CODE_FAILURES = 5;

type Limiter = RateLimiterSQLite;

interface Limiters {
  accountClient: Limiter;
  client: Limiter;
  accountFailures: Limiter;
  accountDelay: Limiter;
  secondFactor: Limiter;
  passwordChange: Limiter;
}

const byDatabase = new WeakMap<Db, Limiters>();

function limitersOf(db: Db): Limiters {
  const known = byDatabase.get(db);
  if (known) return known;
  const make = (keyPrefix: string, points: number, clearExpiredByTimeout = false) =>
    new RateLimiterSQLite({
      storeClient: db.$client,
      storeType: "better-sqlite3",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout,
      keyPrefix,
      points,
      duration: WINDOW_SECONDS,
    });
  const limiters: Limiters = {
    accountClient: make("signin-account-client", MAX_ACCOUNT_CLIENT_FAILURES),
    client: make("signin-client", MAX_CLIENT_FAILURES),
    // Counts an account's failures; it never refuses by itself.
    accountFailures: make("signin-account", Number.MAX_SAFE_INTEGER),
    accountDelay: make("signin-account-delay", 1),
    secondFactor: make("second-factor", MAX_CODE_FAILURES),
    // One of them removes lapsed counters of the whole table every few minutes.
    passwordChange: make("password-change", MAX_CODE_FAILURES, true),
  };
  byDatabase.set(db, limiters);
  return limiters;
}

export type Reservation = { ok: true } | { ok: false; retryAt: Date };

const refused = (res: RateLimiterRes): Reservation => ({ ok: false, retryAt: new Date(Date.now() + Math.max(1000, res.msBeforeNext)) });

/** Consumes a point, or says when the limiter allows one again; store errors (a busy database) are thrown. */
async function consume(limiter: Limiter, key: string): Promise<{ ok: true; res: RateLimiterRes } | { ok: false; res: RateLimiterRes }> {
  try {
    return { ok: true, res: await limiter.consume(key) };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, res: error };
    throw error;
  }
}

const pairKey = (username: string, clientKey: string) => `${username}\u0000${clientKey}`;

/** Counts a sign-in attempt before the password is checked; refused attempts are not counted. */
export async function reserveSignIn(db: Db, username: string, clientKey: string): Promise<Reservation> {
  const l = limitersOf(db);
  const client = await consume(l.client, clientKey);
  if (!client.ok) return refused(client.res);
  const pair = await consume(l.accountClient, pairKey(username, clientKey));
  if (!pair.ok) {
    await l.client.reward(clientKey, 1);
    return refused(pair.res);
  }
  // This client has tried this account before in the window (or is trying in parallel): an account under attack slows it.
  if (pair.res.consumedPoints > 1) {
    const delay = await l.accountDelay.get(username);
    if (delay && delay.consumedPoints > l.accountDelay.points) {
      await Promise.all([l.client.reward(clientKey, 1), l.accountClient.reward(pairKey(username, clientKey), 1)]);
      return refused(delay);
    }
  }
  return { ok: true };
}

/** Records how a reserved attempt ended. */
export async function settleSignIn(db: Db, username: string, clientKey: string, succeeded: boolean): Promise<void> {
  const l = limitersOf(db);
  if (succeeded) {
    await Promise.all([
      l.accountClient.delete(pairKey(username, clientKey)),
      l.accountFailures.delete(username),
      l.accountDelay.delete(username),
      l.client.reward(clientKey, 1),
    ]);
    return;
  }
  const failures = (await l.accountFailures.consume(username)).consumedPoints;
  if (failures >= ACCOUNT_FAILURES_BEFORE_DELAY) {
    const seconds = Math.min(WINDOW_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - ACCOUNT_FAILURES_BEFORE_DELAY));
    await l.accountDelay.block(username, seconds);
  }
}

/** Counts a try at a second-factor code or at one's own current password, before it is checked. */
export async function reserveTry(db: Db, kind: "secondFactor" | "passwordChange", userId: number): Promise<Reservation> {
  const result = await consume(limitersOf(db)[kind], String(userId));
  return result.ok ? { ok: true } : refused(result.res);
}

/** A right code or password: the account's wrong tries are forgotten. */
export async function clearTries(db: Db, kind: "secondFactor" | "passwordChange", userId: number): Promise<void> {
  await limitersOf(db)[kind].delete(String(userId));
}
