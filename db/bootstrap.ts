/** What a server does once when it starts: migrate, and seed the demo data into an empty database. */
import { databasePath, getDb } from "./client";
import { isSeeded, seedDemo } from "./seed";

export function prepareDatabase() {
  const db = getDb();
  if (!isSeeded(db)) {
    seedDemo(db);
    console.log(`[mttq] Created ${databasePath()} with the demo data.`);
  }
  return db;
}
