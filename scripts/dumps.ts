/**
 * `npm run data:dumps`: makes the open data's files (db/dumps.ts) from DATABASE_PATH
 * into DUMPS_DIR now, whether or not the data changed (the server remakes them by itself
 * when it does).
 */
import { writeDumps } from "../db/dumps";
import { dumpPhotoUrls } from "../server/dumps";

const started = performance.now();
writeDumps({ photoUrl: dumpPhotoUrls() })
  .then((manifest) => {
    for (const file of manifest.files)
      console.log(
        `  ${file.name.padEnd(22)}${(file.bytes / 1024).toFixed(0).padStart(10)} kB${file.records ? `  ${file.records} rows` : ""}`,
      );
    console.log(`Written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
