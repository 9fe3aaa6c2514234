/**
 * What a server does once when it starts: migrate, seed the demo data into an
 * empty database, and create the first administrator when there is no user.
 */
import { env } from "../lib/env";
import { ensureFirstAdmin } from "./auth/first-admin";
import { databasePath, getDb } from "./client";
import { isSeeded, seedDemo } from "./seed";

export function prepareDatabase() {
  const db = getDb();
  if (!isSeeded(db)) {
    seedDemo(db);
    console.log(`[mttq] Created ${databasePath()} with the demo data.`);
  }
  const { ADMIN_INITIAL_PASSWORD, PORT } = env();
  ensureFirstAdmin(db, { initialPassword: ADMIN_INITIAL_PASSWORD, loginUrl: `http://localhost:${PORT}/admin/login` });
  return db;
}
