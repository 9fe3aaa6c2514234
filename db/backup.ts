/**
 * Backups and restore. A backup is SQLite's online backup (better-sqlite3's
 * `backup`), which copies a consistent snapshot while the server keeps reading
 * and writing, plus the photos (content-addressed files, so each is copied once).
 * A restore checks the file first (integrity, and a schema this code knows) and
 * copies it into the live database through the same backup API, so a running
 * server sees the restored data rather than a file swapped under it.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { env } from "../lib/env";
import { databasePath, migrationsFolder, openDatabase, type Db } from "./client";
import { photosDir } from "./mutations/photos";

export function backupDir(): string {
  const configured = env().BACKUP_DIR;
  return configured ? path.resolve(configured) : path.join(path.dirname(databasePath()), "backups");
}

const BACKUP_NAME = /^mttq-(\d{8}T\d{6}(?:\d{3})?Z)(-[a-z-]+)?\.db$/;

/** The backups in a folder, oldest first. */
export function listBackups(dir = backupDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

const stamp = (date: Date) => date.toISOString().replace(/[-:.]/g, "");

/** Copies photos that the target folder lacks. */
function copyPhotos(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  fs.mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const name of fs.readdirSync(from)) {
    const target = path.join(to, name);
    if (fs.existsSync(target)) continue;
    fs.copyFileSync(path.join(from, name), target);
    copied++;
  }
  return copied;
}

/**
 * Writes a consistent copy of the database (and any new photos) into the backup
 * folder, then deletes the oldest backups beyond BACKUP_KEEP.
 */
export async function backupDatabase(
  db: Db,
  options: { dir?: string; now?: Date; label?: string; keep?: number } = {},
): Promise<{ file: string; bytes: number; removed: string[] }> {
  const dir = options.dir ?? backupDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `mttq-${stamp(options.now ?? new Date())}${options.label ? `-${options.label}` : ""}.db`);
  const partial = `${file}.partial`;
  await db.$client.backup(partial);
  fs.renameSync(partial, file);
  copyPhotos(photosDir(), path.join(dir, "photos"));
  const keep = options.keep ?? env().BACKUP_KEEP;
  const all = listBackups(dir);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const old of removed) fs.rmSync(old, { force: true });
  return { file, bytes: fs.statSync(file).size, removed };
}

export type BackupCheck = { ok: true; migrations: number } | { ok: false; problem: string };

/** Whether a file is a whole SQLite database of this directory's schema (or an older one that migrations bring up to date). */
export function checkBackup(file: string): BackupCheck {
  if (!fs.existsSync(file)) return { ok: false, problem: `${file} does not exist` };
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ok: false, problem: `not a database: ${(error as Error).message}` };
  }
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return { ok: false, problem: `integrity check failed: ${String(integrity)}` };
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    for (const table of ["__drizzle_migrations", "people", "organizations", "memberships", "users", "audit_log"])
      if (!tables.has(table)) return { ok: false, problem: `not a directory database: table ${table} is missing` };
    const known = new Set(readMigrationFiles({ migrationsFolder: migrationsFolder() }).map((migration) => migration.folderMillis));
    const applied = sqlite.prepare("SELECT created_at FROM __drizzle_migrations").pluck().all() as number[];
    const unknown = applied.filter((millis) => !known.has(Number(millis)));
    if (unknown.length > 0)
      return { ok: false, problem: `made by a newer version of the directory (${unknown.length} migrations this code does not have)` };
    return { ok: true, migrations: applied.length };
  } catch (error) {
    return { ok: false, problem: `unreadable: ${(error as Error).message}` };
  } finally {
    sqlite.close();
  }
}

/**
 * Replaces the live database with a checked backup: the current one is backed
 * up first (labelled "pre-restore"), then the backup is copied in and migrated.
 */
export async function restoreDatabase(
  file: string,
  target = databasePath(),
): Promise<{ ok: true; safetyCopy: string | null } | { ok: false; problem: string }> {
  const check = checkBackup(file);
  if (!check.ok) return check;
  let safetyCopy: string | null = null;
  if (fs.existsSync(target)) {
    const live = openDatabase(target);
    try {
      safetyCopy = (await backupDatabase(live, { label: "pre-restore", keep: Number.MAX_SAFE_INTEGER })).file;
    } finally {
      live.$client.close();
    }
  }
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  copyPhotos(path.join(path.dirname(file), "photos"), photosDir());
  openDatabase(target).$client.close();
  return { ok: true, safetyCopy };
}

/**
 * Whether a database holds work that would be lost: any audited write other
 * than sign-ins and the first administrator's creation on first start.
 */
export function countEdits(db: Db): number {
  return db.$client
    .prepare(
      `SELECT count(*) FROM audit_log
       WHERE action NOT IN ('user.sign_in', 'user.sign_in_failed')
         AND NOT (action = 'user.create' AND user_id IS NULL AND entity_id = (SELECT min(id) FROM users))`,
    )
    .pluck()
    .get() as number;
}
