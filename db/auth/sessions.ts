/**
 * Server-side sessions. The cookie holds a random token; the database holds only
 * its SHA-256, so a copy of the database does not let anyone sign in.
 */
import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { sessions, users } from "../schema";
import { type UserRole } from "../../lib/domain";
import { env } from "../../lib/env";

/** How long a session lasts at most, and how long it may go unused (SESSION_MAX_HOURS, SESSION_IDLE_MINUTES). */
export function sessionLimits() {
  const { SESSION_MAX_HOURS, SESSION_IDLE_MINUTES } = env();
  return { maxMs: SESSION_MAX_HOURS * 60 * 60 * 1000, idleMs: SESSION_IDLE_MINUTES * 60 * 1000 };
}

/** A password-checked session waiting for its second factor (or its setup) lasts this long. */
export const PENDING_SESSION_MS = 10 * 60 * 1000;

/** Using a session moves its idle clock at most this often, so that reading pages does not write on every request. */
const LAST_SEEN_STEP_MS = 60 * 1000;

export type SessionStage = "full" | "second_factor" | "enroll";

/** Who is acting: what every mutation checks its rights against. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: UserRole;
  scopeOrganizationId: number | null;
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function createSession(
  db: Db,
  userId: number,
  userAgent?: string | null,
  now = new Date(),
  stage: SessionStage = "full",
): { token: string; expiresAt: Date } {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + (stage === "full" ? sessionLimits().maxMs : PENDING_SESSION_MS));
  db.insert(sessions)
    .values({
      id: hashToken(token),
      userId,
      stage,
      expiresAt: expiresAt.toISOString(),
      lastSeenAt: now.toISOString(),
      userAgent: userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return { token, expiresAt };
}

/**
 * The user of a token at a stage of signing in, or null when the token is unknown,
 * expired, idle too long, revoked, at another stage, or the user is disabled.
 */
export function resolveSessionAt(db: Db, token: string | undefined | null, stage: SessionStage, now = new Date()): Actor | null {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  const row = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      scopeOrganizationId: users.scopeOrganizationId,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      createdAt: sessions.createdAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), eq(sessions.stage, stage), isNull(sessions.revokedAt), isNull(users.disabledAt)))
    .get();
  if (!row || row.expiresAt <= now.toISOString()) return null;
  const lastSeen = new Date(row.lastSeenAt ?? row.createdAt).getTime();
  if (now.getTime() - lastSeen >= sessionLimits().idleMs) return null;
  if (now.getTime() - lastSeen >= LAST_SEEN_STEP_MS)
    db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, id)).run();
  const { expiresAt: _expiresAt, lastSeenAt: _lastSeenAt, createdAt: _createdAt, ...actor } = row;
  return actor;
}

/** The signed-in user of a token, or null (see resolveSessionAt). */
export function resolveSession(db: Db, token: string | undefined | null, now = new Date()): Actor | null {
  return resolveSessionAt(db, token, "full", now);
}

export function revokeSession(db: Db, token: string): void {
  db.update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(sessions.id, hashToken(token)), isNull(sessions.revokedAt)))
    .run();
}

/** Signs a user out everywhere; returns how many sessions were open. */
export function revokeUserSessions(db: Db, userId: number): number {
  return db
    .update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run().changes;
}
