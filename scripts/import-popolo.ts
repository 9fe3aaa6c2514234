/**
 * `npm run data:import-popolo -- FILE [--commit]`: reviews a Popolo JSON document
 * (as /data/popolo.json writes it) against DATABASE_PATH: how many records are new,
 * already on record or in conflict, and what is unresolved; with --commit writes the
 * new ones (db/import/popolo.ts), as the operator, in one audited transaction.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { getDb } from "../db/client";
import { importPopolo, reviewPopolo } from "../db/import/popolo";
import { MutationError } from "../db/mutations";
import { readPopolo } from "../lib/import/popolo";
import { dumpPhotoUrls } from "../server/dumps";

const { values, positionals } = parseArgs({ options: { commit: { type: "boolean" } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run data:import-popolo -- FILE [--commit]");
  process.exit(1);
}
const document = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
const read = readPopolo(document);
if (!read.ok) {
  console.error(`${file} has ${read.problems.length} problems:\n  ${read.problems.slice(0, 50).join("\n  ")}`);
  process.exit(1);
}
const db = getDb();
const photoUrl = dumpPhotoUrls();
const review = reviewPopolo(db, read.popolo, document, photoUrl);
for (const [section, counts] of Object.entries(review.counts)) {
  console.log(`  ${section.padEnd(14)} new ${counts.new}, already on record ${counts.known}, in conflict ${counts.conflict}`);
}
for (const line of [...review.conflicts, ...review.unresolved].slice(0, 50)) console.log(`  ${line}`);
if (values.commit) {
  try {
    const outcome = importPopolo(db, null, { popolo: read.popolo, document }, { photoUrl, fileName: file });
    console.log(`Written: ${JSON.stringify(outcome.counts)}`);
  } catch (error) {
    if (!(error instanceof MutationError)) throw error;
    console.error("Nothing written: the file conflicts with the directory or names records that do not exist.");
    process.exit(1);
  }
}
