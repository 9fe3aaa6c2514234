/** Reads of accounts for the administration; never the password hash. */
import { sql } from "drizzle-orm";
import type { Db } from "../client";

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: "admin" | "editor";
  scopeOrganizationId: number | null;
  scopeName: string | null;
  disabledAt: string | null;
  version: number;
  /** Two-factor sign-in is set up, and whether an admin requires it. */
  secondFactor: 0 | 1;
  totpRequired: 0 | 1;
  openSessions: number;
  lastSignIn: string | null;
}

const columns = sql`
  u.id, u.username, u.display_name AS displayName, u.role, u.scope_organization_id AS scopeOrganizationId,
  o.name AS scopeName, u.disabled_at AS disabledAt, u.version,
  u.totp_secret IS NOT NULL AS secondFactor, u.totp_required AS totpRequired,
  (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND s.revoked_at IS NULL
     AND s.expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) AS openSessions,
  (SELECT max(s.created_at) FROM sessions s WHERE s.user_id = u.id) AS lastSignIn`;

export function listUsers(db: Db): UserRow[] {
  return db.all<UserRow>(
    sql`SELECT ${columns} FROM users u LEFT JOIN organizations o ON o.id = u.scope_organization_id ORDER BY u.username`,
  );
}

export function getUser(db: Db, id: number): UserRow | undefined {
  return db.get<UserRow>(
    sql`SELECT ${columns} FROM users u LEFT JOIN organizations o ON o.id = u.scope_organization_id WHERE u.id = ${id}`,
  );
}

export function userNames(db: Db): { id: number; displayName: string }[] {
  return db.all(sql`SELECT id, display_name AS displayName FROM users ORDER BY display_name`);
}
