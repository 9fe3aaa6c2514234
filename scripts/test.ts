/**
 * `npm test`: every test. Unit and integration tests (vitest, real SQLite files),
 * then browser tests (Playwright in a real Chromium against the production build).
 * A missing browser is installed or reported; browser tests are never skipped.
 * Ends with one line "tests: N passed, N failed" over both runners.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed";
import { findChromium } from "./chromium";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log("[test] No Chromium found; trying Playwright's own install…");
  if (run("npx", ["playwright", "install", "chromium"]) === 0 && findChromium()) return findChromium()!;
  if (process.getuid?.() === 0) {
    console.log("[test] Playwright could not download a browser here; installing the system package chromium…");
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", "chromium"], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    "[test] No Chromium is available, so the browser tests cannot run.\n" +
      "       Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const chromium = ensureChromium();
console.log(`[test] Browser: ${chromium}`);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-test-reports-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");

const unitStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]);
let browserStatus = 1;
if (unitStatus === 0) {
  buildIfNeeded();
  browserStatus = run("npx", ["playwright", "test", "--reporter=list,json"], {
    ...process.env,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
} else {
  console.error("[test] Unit or integration tests failed; browser tests not started.");
}

const unit = readJson(vitestReport) as { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number } | undefined;
const browser = readJson(playwrightReport) as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | undefined;
const passed = (unit?.numPassedTests ?? 0) + (browser?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (browser?.stats?.unexpected ?? 0) + (browser?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (browser?.stats?.skipped ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(unitStatus !== 0 ? unitStatus : browserStatus !== 0 ? browserStatus : skipped > 0 ? 1 : 0);
