/**
 * Sign-in throttling: after 5 failures within 15 minutes, further attempts for
 * that account, or from that client, are refused without checking the password
 * until the oldest of those failures is 15 minutes old.
 */
import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../client";
import { loginAttempts } from "../schema";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

/** When the account or client may try again, or null when it may now. */
export function throttledUntil(db: Db, username: string, clientKey: string, now = new Date()): Date | null {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  // A success clears the account's count: its owner got in. The client's count it does not
  // clear, or one valid account would let a client guess at every other.
  const lastSuccess = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .get()?.at;
  const failures = (column: typeof loginAttempts.username | typeof loginAttempts.clientKey, value: string, after: string) =>
    db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, after)))
      .orderBy(desc(loginAttempts.at))
      .limit(MAX_FAILURES)
      .all();
  const blockedUntil = [
    failures(loginAttempts.username, username, lastSuccess ?? since),
    failures(loginAttempts.clientKey, clientKey, since),
  ]
    .filter((rows) => rows.length >= MAX_FAILURES)
    .map((rows) => new Date(new Date(rows[MAX_FAILURES - 1].at).getTime() + WINDOW_MS));
  if (blockedUntil.length === 0) return null;
  return new Date(Math.max(...blockedUntil.map((date) => date.getTime())));
}

export function recordAttempt(db: Db, username: string, clientKey: string, succeeded: boolean, now = new Date()): void {
  db.insert(loginAttempts).values({ username, clientKey, succeeded, at: now.toISOString() }).run();
  // Only the last window matters; a day's worth is kept for anyone looking into an incident.
  db.delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString()))
    .run();
}
