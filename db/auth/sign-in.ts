import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";
import { dummyPasswordHash, verifyPassword } from "../../lib/auth/password";
import { createSession, type Actor } from "./sessions";
import { recordAttempt, throttledUntil } from "./throttle";

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; actor: Actor }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/**
 * Checks a username and password, throttled per account and per client. The
 * answer never says whether the account exists.
 */
export async function signIn(
  db: Db,
  input: { username: string; password: string; clientKey: string; userAgent?: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const blocked = throttledUntil(db, username, input.clientKey, now);
  if (blocked) return { ok: false, reason: "throttled", retryAt: blocked };

  const user = db.select().from(users).where(eq(users.username, username)).get();
  const matches = await verifyPassword(user?.passwordHash ?? dummyPasswordHash(), input.password);
  if (!user || !matches || user.disabledAt) {
    recordAttempt(db, username, input.clientKey, false, now);
    const nowBlocked = throttledUntil(db, username, input.clientKey, now);
    return nowBlocked ? { ok: false, reason: "throttled", retryAt: nowBlocked } : { ok: false, reason: "invalid" };
  }
  recordAttempt(db, username, input.clientKey, true, now);
  const { token, expiresAt } = createSession(db, user.id, input.userAgent, now);
  return {
    ok: true,
    token,
    expiresAt,
    actor: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      scopeOrganizationId: user.scopeOrganizationId,
    },
  };
}
