import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { FIRST_REPORT_ID, seedDemo } from "@/db/seed";

/** A real SQLite file in a fresh temporary folder, migrated (and seeded with the demo data unless asked not to). */
export function tempDatabase(options: { seed?: boolean } = {}): { db: Db; file: string; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  if (options.seed ?? true) seedDemo(db, { onlyReports: [FIRST_REPORT_ID] });
  return {
    db,
    file,
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
