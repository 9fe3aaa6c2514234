/**
 * The production server's scheduled backups (db/backup.ts): every
 * BACKUP_INTERVAL_HOURS, and once at start when the newest backup is older than
 * that, keeping BACKUP_KEEP. A failed backup is logged and tried again next time.
 */
import fs from "node:fs";
import { backupDatabase, listBackups } from "../db/backup";
import { getDb } from "../db/client";
import { env } from "../lib/env";

export function scheduleBackups(): { stop: () => void } {
  const hours = env().BACKUP_INTERVAL_HOURS;
  if (hours <= 0) return { stop: () => {} };
  const intervalMs = hours * 60 * 60 * 1000;
  const run = () =>
    backupDatabase(getDb())
      .then(({ file, removed }) =>
        console.log(`[mttq] Backup written: ${file}${removed.length ? ` (${removed.length} old ones removed)` : ""}`),
      )
      .catch((error) => console.error("[mttq] Backup failed:", error));
  const newest = listBackups().at(-1);
  if (!newest || Date.now() - fs.statSync(newest).mtimeMs > intervalMs) void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
