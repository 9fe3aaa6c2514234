/**
 * Builds the production app only when the sources changed since the last build,
 * so that a second `npm start` with nothing changed starts at once.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { finishBuild, SERVER_ENTRY } from "./build-server";

const SOURCE_DIRS = ["app", "components", "db", "lib", "public", "server"];
const SOURCE_FILES = [
  "next.config.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  // The steps after `next build` change the output too.
  "scripts/build-server.ts",
  "scripts/compile-hints.ts",
];
const STAMP = path.join(".next", "source-hash");

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

export function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap(listFiles), ...SOURCE_FILES.filter((f) => fs.existsSync(f))].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

/** Builds when the sources changed since the last build; false when the build failed (its messages are printed). */
export function buildWhenChanged(): boolean {
  const hash = sourceHash();
  const built = [path.join(".next", "BUILD_ID"), SERVER_ENTRY, STAMP].every((file) => fs.existsSync(file));
  if (built && fs.readFileSync(STAMP, "utf8") === hash) {
    console.log("[mttq] The build is up to date; not rebuilding.");
    return true;
  }
  console.log("[mttq] Building the production app (first start or sources changed)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error("[mttq] The build failed; see the messages above.");
    return false;
  }
  finishBuild();
  fs.writeFileSync(STAMP, hash);
  return true;
}

/** buildWhenChanged, ending the process when the build fails. */
export function buildIfNeeded(): void {
  if (!buildWhenChanged()) process.exit(1);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) buildIfNeeded();
