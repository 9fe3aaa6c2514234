/** Accounts: only admins manage them; anyone signed in may change their own password. */
import { verifySync } from "@node-rs/argon2";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { z } from "zod";
import { hashPassword } from "../../lib/auth/password";
import { hashToken, revokeUserSessions, type Actor } from "../auth/sessions";
import { newTotpSecret, totpStep } from "../../lib/auth/second-factor";
import {
  changeOwnPasswordInput,
  createUserInput,
  resetPasswordInput,
  secondFactorInput,
  updateUserInput,
  userIdInput,
} from "../../lib/validation/admin";
import { acceptCode, enableSecondFactor } from "../auth/sign-in";
import type { Db } from "../client";
import { organizations, recoveryCodes, sessions, users, type User } from "../schema";
import { recordAudit } from "./audit";
import { invalid } from "./errors";
import { nowIso, parseInput, requireActor, requireAdmin, requireFound, requireVersion, type Mutation } from "./guard";

/** A user as the audit records it: never the password hash or a second-factor secret. */
function userSnapshot(user: User) {
  const { passwordHash: _hash, totpSecret, totpPendingSecret: _pending, totpLastStep: _step, ...rest } = user;
  return { ...rest, secondFactor: totpSecret !== null };
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

/**
 * Changes an account's name, role, scope, whether it must use a second factor,
 * or disables it; an admin cannot demote or disable themselves. Versioned like
 * every record, so a form loaded before someone else's change cannot undo it.
 */
export const updateUser: Mutation<z.input<typeof updateUserInput>, { id: number; version: number }> = (tx, actor, raw) => {
  const admin = requireAdmin(actor);
  const input = parseInput(updateUserInput, raw);
  const before = requireFound(tx.select().from(users).where(eq(users.id, input.id)).get());
  requireVersion(tx, "user", { id: before.id, version: before.version }, input.version);
  if (before.id === admin.id && (input.role !== "admin" || input.disabled)) throw invalid("role", "cannot_change_self");
  const after = tx
    .update(users)
    .set({
      displayName: input.displayName,
      role: input.role,
      scopeOrganizationId: requireScopeOrganization(tx, input.role, input.scopeOrganizationId),
      disabledAt: input.disabled ? (before.disabledAt ?? nowIso()) : null,
      totpRequired: input.totpRequired ?? false,
      version: before.version + 1,
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
  return { id: before.id, version: after.version };
};

/** Sets a new password for an account and signs it out everywhere; also `npm run admin:reset-password`, as no one. */
export function setUserPassword(tx: Db, actor: Actor | null, raw: z.input<typeof resetPasswordInput>): User {
  const input = parseInput(resetPasswordInput, raw);
  const user = requireFound(tx.select().from(users).where(eq(users.id, input.id)).get());
  tx.update(users)
    .set({ passwordHash: hashPassword(input.password), version: user.version + 1, updatedAt: nowIso() })
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
    .set({ passwordHash: hashPassword(input.newPassword), version: user.version + 1, updatedAt: nowIso() })
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

/** Removes an account's second factor (a lost device) and signs it out everywhere; if it is required, the next sign-in sets up a new one. */
export const resetSecondFactorOf: Mutation<z.input<typeof userIdInput>, { id: number }> = (tx, actor, raw) => {
  const admin = requireAdmin(actor);
  const user = requireFound(
    tx
      .select()
      .from(users)
      .where(eq(users.id, parseInput(userIdInput, raw).id))
      .get(),
  );
  const after = tx
    .update(users)
    .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, version: user.version + 1, updatedAt: nowIso() })
    .where(eq(users.id, user.id))
    .returning()
    .get();
  tx.update(recoveryCodes)
    .set({ usedAt: nowIso() })
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)))
    .run();
  const revoked = revokeUserSessions(tx, user.id);
  recordAudit(tx, admin, {
    action: "user.reset_second_factor",
    entityType: "user",
    entityId: user.id,
    before: userSnapshot(user),
    after: { ...userSnapshot(after), revokedSessions: revoked },
  });
  return { id: user.id };
};

/** Starts setting up one's own second factor: a new secret to scan, kept until a code from it confirms it. */
export const startOwnSecondFactor: Mutation<Record<string, never>, { id: number }> = (tx, actor) => {
  const signedIn = requireActor(actor);
  tx.update(users).set({ totpPendingSecret: newTotpSecret(), updatedAt: nowIso() }).where(eq(users.id, signedIn.id)).run();
  return { id: signedIn.id };
};

/** Confirms the setup with a code from the new secret; the recovery codes come back to be shown once. */
export const confirmOwnSecondFactor: Mutation<z.input<typeof secondFactorInput>, { id: number; recoveryCodes: string[] }> = (
  tx,
  actor,
  raw,
) => {
  const signedIn = requireActor(actor);
  const { code } = parseInput(secondFactorInput, raw);
  const user = requireFound(tx.select().from(users).where(eq(users.id, signedIn.id)).get());
  const step = user.totpPendingSecret ? totpStep(user.totpPendingSecret, code) : null;
  if (step === null || !user.totpPendingSecret) throw invalid("code", "invalid_code");
  const codes = enableSecondFactor(tx, user, user.totpPendingSecret, step, new Date());
  recordAudit(tx, signedIn, { action: "user.enable_second_factor", entityType: "user", entityId: user.id, after: { secondFactor: true } });
  return { id: user.id, recoveryCodes: codes };
};

/** Turns one's own second factor off with a current code; refused while an admin requires it. */
export const disableOwnSecondFactor: Mutation<z.input<typeof secondFactorInput>, { id: number }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const { code } = parseInput(secondFactorInput, raw);
  const user = requireFound(tx.select().from(users).where(eq(users.id, signedIn.id)).get());
  if (user.totpRequired) throw invalid("code", "second_factor_required");
  if (!acceptCode(tx, user, code, new Date())) throw invalid("code", "invalid_code");
  tx.update(users)
    .set({ totpSecret: null, totpLastStep: null, version: user.version + 1, updatedAt: nowIso() })
    .where(eq(users.id, user.id))
    .run();
  recordAudit(tx, signedIn, {
    action: "user.disable_second_factor",
    entityType: "user",
    entityId: user.id,
    after: { secondFactor: false },
  });
  return { id: user.id };
};
