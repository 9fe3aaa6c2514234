/** Accounts: only admins manage them; anyone signed in may change their own password. */
import { verifySync } from "@node-rs/argon2";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { z } from "zod";
import { hashPassword } from "../../lib/auth/password";
import { hashToken, revokeUserSessions, type Actor } from "../auth/sessions";
import { changeOwnPasswordInput, createUserInput, resetPasswordInput, updateUserInput, userIdInput } from "../../lib/validation/admin";
import type { Db } from "../client";
import { organizations, sessions, users, type User } from "../schema";
import { recordAudit } from "./audit";
import { invalid } from "./errors";
import { nowIso, parseInput, requireActor, requireAdmin, requireFound, type Mutation } from "./guard";

/** A user as the audit records it: never the password hash. */
function userSnapshot(user: User) {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}

function requireScopeOrganization(tx: Db, role: string, scopeOrganizationId: number | undefined): number | null {
  if (role !== "editor") return null;
  const found = tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, scopeOrganizationId!)).get();
  if (!found) throw invalid("scopeOrganizationId", "not_found");
  return found.id;
}

/** Creates an account; also used by the first start and `npm run admin:create`, which act as no one. */
export function insertUser(tx: Db, actor: Actor | null, raw: z.input<typeof createUserInput>): User {
  const input = parseInput(createUserInput, raw);
  if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) throw invalid("username", "username_taken");
  const user = tx
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash: hashPassword(input.password),
      role: input.role,
      scopeOrganizationId: requireScopeOrganization(tx, input.role, input.scopeOrganizationId),
    })
    .returning()
    .get();
  recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: user.id, after: userSnapshot(user) });
  return user;
}

export const createUser: Mutation<z.input<typeof createUserInput>, { id: number }> = (tx, actor, raw) => {
  const admin = requireAdmin(actor);
  return { id: insertUser(tx, admin, raw).id };
};

/** Changes an account's name, role, scope, or disables it; an admin cannot demote or disable themselves. */
export const updateUser: Mutation<z.input<typeof updateUserInput>, { id: number }> = (tx, actor, raw) => {
  const admin = requireAdmin(actor);
  const input = parseInput(updateUserInput, raw);
  const before = requireFound(tx.select().from(users).where(eq(users.id, input.id)).get());
  if (before.id === admin.id && (input.role !== "admin" || input.disabled)) throw invalid("role", "cannot_change_self");
  const after = tx
    .update(users)
    .set({
      displayName: input.displayName,
      role: input.role,
      scopeOrganizationId: requireScopeOrganization(tx, input.role, input.scopeOrganizationId),
      disabledAt: input.disabled ? (before.disabledAt ?? nowIso()) : null,
      updatedAt: nowIso(),
    })
    .where(eq(users.id, before.id))
    .returning()
    .get();
  if (input.disabled) revokeUserSessions(tx, before.id);
  recordAudit(tx, admin, {
    action: "user.update",
    entityType: "user",
    entityId: before.id,
    before: userSnapshot(before),
    after: userSnapshot(after),
  });
  return { id: before.id };
};

/** Sets a new password for an account and signs it out everywhere; also `npm run admin:reset-password`, as no one. */
export function setUserPassword(tx: Db, actor: Actor | null, raw: z.input<typeof resetPasswordInput>): User {
  const input = parseInput(resetPasswordInput, raw);
  const user = requireFound(tx.select().from(users).where(eq(users.id, input.id)).get());
  tx.update(users)
    .set({ passwordHash: hashPassword(input.password), updatedAt: nowIso() })
    .where(eq(users.id, user.id))
    .run();
  const revoked = revokeUserSessions(tx, user.id);
  recordAudit(tx, actor, { action: "user.reset_password", entityType: "user", entityId: user.id, after: { revokedSessions: revoked } });
  return user;
}

export const resetUserPassword: Mutation<z.input<typeof resetPasswordInput>, { id: number }> = (tx, actor, raw) => ({
  id: setUserPassword(tx, requireAdmin(actor), raw).id,
});

export const revokeSessionsOf: Mutation<z.input<typeof userIdInput>, { id: number; revoked: number }> = (tx, actor, raw) => {
  const admin = requireAdmin(actor);
  const user = requireFound(
    tx
      .select()
      .from(users)
      .where(eq(users.id, parseInput(userIdInput, raw).id))
      .get(),
  );
  const revoked = revokeUserSessions(tx, user.id);
  recordAudit(tx, admin, { action: "user.revoke_sessions", entityType: "user", entityId: user.id, after: { revokedSessions: revoked } });
  return { id: user.id, revoked };
};

/** Changes the actor's own password after checking the current one; other sessions are signed out. */
export const changeOwnPassword: Mutation<z.input<typeof changeOwnPasswordInput> & { keepSessionToken?: string }, { id: number }> = (
  tx,
  actor,
  raw,
) => {
  const signedIn = requireActor(actor);
  const input = parseInput(changeOwnPasswordInput, raw);
  const user = requireFound(tx.select().from(users).where(eq(users.id, signedIn.id)).get());
  let matches = false;
  try {
    matches = verifySync(user.passwordHash, input.currentPassword);
  } catch {
    matches = false;
  }
  if (!matches) throw invalid("currentPassword", "wrong_password");
  tx.update(users)
    .set({ passwordHash: hashPassword(input.newPassword), updatedAt: nowIso() })
    .where(eq(users.id, user.id))
    .run();
  const keep = raw.keepSessionToken ? hashToken(raw.keepSessionToken) : "";
  const revoked = tx
    .update(sessions)
    .set({ revokedAt: nowIso() })
    .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), ne(sessions.id, keep)))
    .run().changes;
  recordAudit(tx, signedIn, { action: "user.change_password", entityType: "user", entityId: user.id, after: { revokedSessions: revoked } });
  return { id: user.id };
};
