/**
 * Operator commands for accounts, run on the server's machine against DATABASE_PATH:
 *   npm run admin:create -- <username> [--role admin|editor] [--scope <organisation slug>] [--name "Display name"]
 *   npm run admin:reset-password -- <username>
 * Each prints a new random password once. Both are recorded in the audit log
 * with no user (the command line).
 */
import { eq } from "drizzle-orm";
import { parseArgs } from "node:util";
import { databasePath, inTransaction, openDatabase } from "../db/client";
import { MutationError } from "../db/mutations/errors";
import { insertUser, setUserPassword } from "../db/mutations/users";
import { organizations, users } from "../db/schema";
import { randomPassword } from "../lib/auth/password";

const USAGE = `usage:
  npm run admin:create -- <username> [--role admin|editor] [--scope <organisation slug>] [--name "Display name"]
  npm run admin:reset-password -- <username>`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: { role: { type: "string" }, scope: { type: "string" }, name: { type: "string" } },
});
const username = positionals[0]?.trim().toLowerCase();
if (!username || (command !== "create" && command !== "reset-password")) fail(USAGE);

const db = openDatabase(databasePath());
const password = randomPassword();
try {
  inTransaction(db, (tx) => {
    if (command === "create") {
      const role = values.role ?? (values.scope ? "editor" : "admin");
      if (role !== "admin" && role !== "editor") fail("--role must be admin or editor");
      const scope = values.scope
        ? tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, values.scope)).get()
        : undefined;
      if (values.scope && !scope) fail(`No organisation has the slug "${values.scope}".`);
      if (role === "editor" && !scope)
        fail("An editor needs --scope <organisation slug>: the organisation they may change, with everything under it.");
      insertUser(tx, null, {
        username,
        displayName: values.name ?? username,
        password,
        role,
        scopeOrganizationId: scope?.id,
      });
    } else {
      const user = tx.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
      if (!user) fail(`No user is called "${username}".`);
      setUserPassword(tx, null, { id: user.id, password });
    }
  });
} catch (error) {
  if (error instanceof MutationError) fail(`Refused (${error.code}): ${JSON.stringify(error.details.fieldErrors ?? {})}`);
  throw error;
}
console.log(
  command === "create"
    ? `Created user "${username}" in ${databasePath()}.`
    : `Set a new password for "${username}"; their sessions are signed out.`,
);
console.log(`Password (shown only now): ${password}`);
