/**
 * The account the seed imports reports as, so that every fact it loads is an
 * audited write like an editor's ("seed" in the audit log). It is disabled: no
 * one can sign in with it, and it does not count as the first administrator.
 */
import { eq } from "drizzle-orm";
import { randomPassword } from "../../lib/auth/password";
import type { Db } from "../client";
import { recordAudit } from "../mutations/audit";
import { nowIso } from "../mutations/guard";
import { insertUser } from "../mutations/users";
import { users } from "../schema";
import type { Actor } from "./sessions";

export const SEED_USERNAME = "seed";

export function ensureSeedAccount(tx: Db): Actor {
  let user = tx.select().from(users).where(eq(users.username, SEED_USERNAME)).get();
  if (!user) {
    const created = insertUser(tx, null, {
      username: SEED_USERNAME,
      displayName: "Nạp dữ liệu từ báo cáo (seed)",
      password: randomPassword(),
      role: "admin",
    });
    user = tx.update(users).set({ disabledAt: nowIso() }).where(eq(users.id, created.id)).returning().get();
    recordAudit(tx, null, { action: "user.update", entityType: "user", entityId: user.id, after: { disabledAt: user.disabledAt } });
  }
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, scopeOrganizationId: null };
}
