/**
 * Server-side sessions. The cookie holds a random token; the database holds only
 * its SHA-256, so a copy of the database does not let anyone sign in.
 */
import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { sessions, users } from "../schema";
import { type UserRole } from "../../lib/domain";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

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

export function createSession(db: Db, userId: number, userAgent?: string | null, now = new Date()) {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  db.insert(sessions)
    .values({ id: hashToken(token), userId, expiresAt: expiresAt.toISOString(), userAgent: userAgent?.slice(0, 300) ?? null })
    .run();
  return { token, expiresAt };
}

/** The signed-in user of a token, or null when it is unknown, expired, revoked, or the user is disabled. */
export function resolveSession(db: Db, token: string | undefined | null, now = new Date()): Actor | null {
  if (!token || token.length > 100) return null;
  const row = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      scopeOrganizationId: users.scopeOrganizationId,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), isNull(sessions.revokedAt), isNull(users.disabledAt)))
    .get();
  if (!row || row.expiresAt <= now.toISOString()) return null;
  const { expiresAt: _expiresAt, ...actor } = row;
  return actor;
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
