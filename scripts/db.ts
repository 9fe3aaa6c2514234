/**
 * npm run db:migrate | db:seed | db:reset [--force] | db:reindex | db:backup | db:restore FILE
 * — operate on DATABASE_PATH (default ./data/mttq.db).
 */
import fs from "node:fs";
import { backupDatabase, backupDir, countEdits, restoreDatabase } from "../db/backup";
import { databasePath, openDatabase } from "../db/client";
import { seedDemo } from "../db/seed";
import { reindexSearch } from "../db/search-index";

const [command, ...args] = process.argv.slice(2);
const file = databasePath();

function removeDatabase(path: string) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path + suffix, { force: true });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

switch (command) {
  case "migrate":
    openDatabase(file);
    console.log(`Migrated ${file}`);
    break;
  case "seed":
    seedDemo(openDatabase(file));
    console.log(`Loaded the data into ${file} (reports already imported are skipped)`);
    break;
  case "reset": {
    if (fs.existsSync(file)) {
      const db = openDatabase(file);
      const edits = countEdits(db);
      db.$client.close();
      if (edits > 0 && !args.includes("--force"))
        fail(
          `${file} holds ${edits} recorded edits; db:reset would delete them.\n` +
            `Back it up first (npm run db:backup), then run: npm run db:reset -- --force`,
        );
    }
    removeDatabase(file);
    seedDemo(openDatabase(file));
    console.log(`Recreated ${file} with the data`);
    break;
  }
  case "reindex": {
    const started = performance.now();
    reindexSearch(openDatabase(file));
    console.log(`Rebuilt the search index of ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    break;
  }
  case "backup": {
    if (!fs.existsSync(file)) fail(`${file} does not exist; there is nothing to back up.`);
    const { file: written, bytes, removed } = await backupDatabase(openDatabase(file));
    console.log(`Backed up ${file} to ${written} (${(bytes / 1024 / 1024).toFixed(1)} MB); photos in ${backupDir()}/photos`);
    if (removed.length) console.log(`Removed ${removed.length} older backups (BACKUP_KEEP).`);
    break;
  }
  case "restore": {
    const from = args[0] ?? fail("usage: npm run db:restore -- FILE (a backup written by npm run db:backup)");
    const restored = await restoreDatabase(from, file);
    if (!restored.ok) fail(`Refused: ${from} is not a backup this directory can restore (${restored.problem}). Nothing was changed.`);
    console.log(`Restored ${from} into ${file}.`);
    if (restored.safetyCopy) console.log(`The database as it was before is kept at ${restored.safetyCopy}.`);
    break;
  }
  default:
    fail("usage: tsx scripts/db.ts migrate|seed|reset [--force]|reindex|backup|restore FILE");
}
