/**
 * The first administrator. There is no default password anywhere: on the first
 * start with no users (but the seed's disabled account), `admin` gets a random password that is printed once.
 * ADMIN_INITIAL_PASSWORD, when an operator sets it (browser tests do), is used
 * instead, for this first account only.
 */
import { count, ne } from "drizzle-orm";
import { inTransaction, type Db } from "../client";
import { insertUser } from "../mutations/users";
import { users } from "../schema";
import { randomPassword } from "../../lib/auth/password";
import { SEED_USERNAME } from "./seed-account";

export const FIRST_ADMIN_USERNAME = "admin";

export function ensureFirstAdmin(db: Db, options: { initialPassword?: string; loginUrl: string; log?: (line: string) => void }): boolean {
  const log = options.log ?? console.log;
  const fromEnvironment = Boolean(options.initialPassword && options.initialPassword.length >= 12);
  if (options.initialPassword && !fromEnvironment)
    log("[mttq] ADMIN_INITIAL_PASSWORD is shorter than 12 characters; ignoring it and generating a password.");
  const password = fromEnvironment ? options.initialPassword! : randomPassword();
  const created = inTransaction(db, (tx) => {
    // The seed's disabled account is not a user anyone signs in as.
    if ((tx.select({ n: count() }).from(users).where(ne(users.username, SEED_USERNAME)).get()?.n ?? 0) > 0) return false;
    insertUser(tx, null, { username: FIRST_ADMIN_USERNAME, displayName: "Quản trị viên", password, role: "admin" });
    return true;
  });
  if (!created) return false;
  const rule = "─".repeat(72);
  [
    rule,
    "First start: an administrator account has been created.",
    `  Sign in at:  ${options.loginUrl}`,
    `  Username:    ${FIRST_ADMIN_USERNAME}`,
    fromEnvironment ? "  Password:    the value of ADMIN_INITIAL_PASSWORD" : `  Password:    ${password}`,
    fromEnvironment
      ? "Change it after signing in (Account page)."
      : "This password is shown only this once. Sign in and change it on the Account page.",
    "Lost it? Set a new one with:  npm run admin:reset-password -- admin",
    rule,
  ].forEach((line) => log(`[mttq] ${line}`));
  return true;
}
