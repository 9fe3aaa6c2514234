/**
 * Signing in: the password (throttled per account and client, db/auth/throttle.ts),
 * then, for an account with two-factor sign-in, a code (or its setup, when an
 * admin requires one that is not set up yet). Every checked attempt, right or
 * wrong, is in the audit log; the answer never says whether an account exists.
 */
import { and, eq, isNull } from "drizzle-orm";
import { inTransaction, type Db } from "../client";
import { recoveryCodes, sessions, users, type User } from "../schema";
import { dummyPasswordHash, verifyPassword } from "../../lib/auth/password";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep } from "../../lib/auth/second-factor";
import { recordAudit } from "../mutations/audit";
import { createSession, hashToken, resolveSessionAt, type Actor } from "./sessions";
import { clearTries, reserveSignIn, reserveTry, settleSignIn } from "./throttle";

export type SignInResult =
  | { ok: true; stage: "full"; token: string; expiresAt: Date; actor: Actor }
  /** The password was right; a code (or, for "enroll", setting up an authenticator) comes next. */
  | { ok: true; stage: "second_factor" | "enroll"; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

const actorOf = (user: User): Actor => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  scopeOrganizationId: user.scopeOrganizationId,
});

function auditSignIn(db: Db, user: User | undefined, username: string, action: "user.sign_in" | "user.sign_in_failed", detail: object) {
  inTransaction(db, (tx) =>
    recordAudit(tx, user ? actorOf(user) : null, {
      action,
      entityType: "user",
      entityId: user?.id ?? 0,
      after: { username, ...detail },
    }),
  );
}

export async function signIn(
  db: Db,
  input: { username: string; password: string; clientKey: string; userAgent?: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const reserved = await reserveSignIn(db, username, input.clientKey);
  if (!reserved.ok) return { ok: false, reason: "throttled", retryAt: reserved.retryAt };

  const user = db.select().from(users).where(eq(users.username, username)).get();
  const matches = await verifyPassword(user?.passwordHash ?? dummyPasswordHash(), input.password);
  if (!user || !matches || user.disabledAt) {
    await settleSignIn(db, username, input.clientKey, false);
    auditSignIn(db, user, username, "user.sign_in_failed", { client: input.clientKey, step: "password" });
    return { ok: false, reason: "invalid" };
  }
  await settleSignIn(db, username, input.clientKey, true);
  if (user.totpSecret || user.totpRequired) {
    const stage = user.totpSecret ? "second_factor" : "enroll";
    if (stage === "enroll" && !user.totpPendingSecret)
      db.update(users).set({ totpPendingSecret: newTotpSecret() }).where(eq(users.id, user.id)).run();
    return { ok: true, stage, ...createSession(db, user.id, input.userAgent, now, stage) };
  }
  auditSignIn(db, user, username, "user.sign_in", { client: input.clientKey });
  return { ok: true, stage: "full", ...createSession(db, user.id, input.userAgent, now), actor: actorOf(user) };
}

export type SecondFactorResult =
  | { ok: true; token: string; expiresAt: Date; recoveryCodes?: string[] }
  | { ok: false; reason: "expired" | "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/**
 * The second step: a code from the authenticator (or a recovery code) for a
 * session waiting for one, or the first code from a newly set-up authenticator
 * for one that must enroll. Success replaces the waiting session with a full one.
 */
export async function completeSignIn(
  db: Db,
  input: { pendingToken: string | undefined; code: string; clientKey: string; userAgent?: string | null },
  now = new Date(),
): Promise<SecondFactorResult> {
  const pending = input.pendingToken;
  const stage = resolveSessionAt(db, pending, "second_factor", now) ? "second_factor" : "enroll";
  const actor = resolveSessionAt(db, pending, stage, now);
  if (!actor || !pending) return { ok: false, reason: "expired" };
  const reserved = await reserveTry(db, "secondFactor", actor.id);
  if (!reserved.ok) return { ok: false, reason: "throttled", retryAt: reserved.retryAt };

  const outcome = inTransaction(db, (tx) => {
    const user = tx.select().from(users).where(eq(users.id, actor.id)).get()!;
    const accepted = stage === "enroll" ? acceptEnrollment(tx, user, input.code, now) : acceptCode(tx, user, input.code, now);
    if (!accepted) {
      recordAudit(tx, actor, {
        action: "user.sign_in_failed",
        entityType: "user",
        entityId: user.id,
        after: { username: user.username, client: input.clientKey, step: "second_factor" },
      });
      return null;
    }
    tx.update(sessions)
      .set({ revokedAt: now.toISOString() })
      .where(eq(sessions.id, hashToken(pending)))
      .run();
    recordAudit(tx, actor, {
      action: "user.sign_in",
      entityType: "user",
      entityId: user.id,
      after: { username: user.username, client: input.clientKey, secondFactor: accepted.by },
    });
    return { ...createSession(tx, user.id, input.userAgent, now), recoveryCodes: accepted.recoveryCodes };
  });
  if (!outcome) return { ok: false, reason: "invalid" };
  await clearTries(db, "secondFactor", actor.id);
  return { ok: true, ...outcome };
}

/** A code for an account with two-factor sign-in: the authenticator's (never one used before) or an unused recovery code. */
export function acceptCode(
  tx: Db,
  user: User,
  code: string,
  now: Date,
): { by: "totp" | "recovery_code"; recoveryCodes?: undefined } | null {
  if (!user.totpSecret) return null;
  if (looksLikeRecoveryCode(code)) {
    const used = tx
      .update(recoveryCodes)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
      .run().changes;
    return used > 0 ? { by: "recovery_code" } : null;
  }
  const step = totpStep(user.totpSecret, code, now.getTime());
  if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return null;
  tx.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id)).run();
  return { by: "totp" };
}

/** The first code from the secret shown while setting up: it turns two-factor sign-in on and gives new recovery codes. */
function acceptEnrollment(tx: Db, user: User, code: string, now: Date) {
  if (!user.totpPendingSecret) return null;
  const step = totpStep(user.totpPendingSecret, code, now.getTime());
  if (step === null) return null;
  return { by: "totp" as const, recoveryCodes: enableSecondFactor(tx, user, user.totpPendingSecret, step, now) };
}

/** Turns two-factor sign-in on with a confirmed secret; returns the recovery codes to show once. */
export function enableSecondFactor(tx: Db, user: User, secret: string, step: number, now: Date): string[] {
  tx.update(users)
    .set({ totpSecret: secret, totpPendingSecret: null, totpLastStep: step, version: user.version + 1, updatedAt: now.toISOString() })
    .where(eq(users.id, user.id))
    .run();
  return replaceRecoveryCodes(tx, user.id, now);
}

/** New recovery codes for an account; the old ones stop working. */
export function replaceRecoveryCodes(tx: Db, userId: number, now: Date): string[] {
  tx.update(recoveryCodes)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .run();
  const codes = newRecoveryCodes();
  tx.insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })))
    .run();
  return codes;
}

/** The secret an account in the middle of setting up two-factor sign-in is shown. */
export function pendingTotpSecret(db: Db, pendingToken: string | undefined): { username: string; secret: string } | null {
  const actor = resolveSessionAt(db, pendingToken, "enroll");
  if (!actor) return null;
  const user = db.select().from(users).where(eq(users.id, actor.id)).get();
  return user?.totpPendingSecret ? { username: user.username, secret: user.totpPendingSecret } : null;
}
