/** npm run db:migrate | db:seed | db:reset | db:reindex — operate on DATABASE_PATH (default ./data/mttq.db). */
import fs from "node:fs";
import { databasePath, openDatabase } from "../db/client";
import { seedDemo } from "../db/seed";
import { reindexSearch } from "../db/search-index";

const command = process.argv[2];
const file = databasePath();

function removeDatabase(path: string) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path + suffix, { force: true });
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
  case "reset":
    removeDatabase(file);
    seedDemo(openDatabase(file));
    console.log(`Recreated ${file} with the data`);
    break;
  case "reindex": {
    const started = performance.now();
    reindexSearch(openDatabase(file));
    console.log(`Rebuilt the search index of ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    break;
  }
  default:
    console.error("usage: tsx scripts/db.ts migrate|seed|reset|reindex");
    process.exit(1);
}
