/**
 * `npm test`: every check, fastest first. Lint and types, then unit and
 * integration tests (vitest, real SQLite files), then the production build and
 * browser tests (Playwright in a real Chromium). A missing browser is installed
 * or reported; browser tests are never skipped.
 *
 * The last line is "tests: N passed, N failed" over every stage, and it is
 * honest: a test file that fails to load, a suite that errors before its tests,
 * a browser run that never starts, a skipped test and a stage that could not run
 * all count as failures, and the exit code is non-zero whenever N failed is.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildWhenChanged } from "./build-if-needed";
import { findChromium } from "./chromium";

interface StageResult {
  name: string;
  passed: number;
  failed: number;
  /** Why failures were counted that are not failed tests (a file that did not load, a stage not run). */
  notes: string[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

function ensureChromium(): string | undefined {
  const found = findChromium();
  if (found) return found;
  console.log("[test] No Chromium found; trying Playwright's own install…");
  if (run("npx", ["playwright", "install", "chromium"]) === 0 && findChromium()) return findChromium();
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
  return undefined;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** A command that passes or fails as a whole (lint, types). */
function check(name: string, command: string, args: string[]): StageResult {
  console.log(`[test] ${name}: ${command} ${args.join(" ")}`);
  const ok = run(command, args) === 0;
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, notes: ok ? [] : [`${name} failed`] };
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

function unitTests(reports: string): StageResult {
  const file = path.join(reports, "vitest.json");
  const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const report = readJson<VitestReport>(file);
  if (!report) return { name: "unit", passed: 0, failed: 1, notes: [`vitest wrote no report (exit ${status})`] };
  // A file that failed to load, or whose suite threw before any test ran, has no failed test of its own.
  const brokenFiles = report.testResults.filter((r) => r.status === "failed" && !r.assertionResults.some((a) => a.status === "failed"));
  const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  const notes = [
    ...brokenFiles.map((r) => `${path.relative(process.cwd(), r.name)} did not run its tests`),
    ...(skipped ? [`${skipped} unit tests skipped`] : []),
  ];
  let failed = report.numFailedTests + brokenFiles.length + skipped;
  if (status !== 0 && failed === 0) {
    failed = 1;
    notes.push(`vitest exited with ${status}`);
  }
  return { name: "unit", passed: report.numPassedTests, failed, notes };
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: { message?: string }[];
}

function browserTests(reports: string, chromium: string): StageResult {
  const file = path.join(reports, "playwright.json");
  const status = run("npx", ["playwright", "test", "--reporter=list,json"], {
    ...process.env,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  const report = readJson<PlaywrightReport>(file);
  if (!report) return { name: "browser", passed: 0, failed: 1, notes: [`Playwright wrote no report (exit ${status})`] };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // Errors outside any test: the web server did not start, a spec file did not load.
  const errors = report.errors?.length ?? 0;
  const notes = [
    ...(errors ? [`${errors} browser-run errors outside tests (server start, spec loading)`] : []),
    ...(flaky ? [`${flaky} browser tests passed only on retry`] : []),
    ...(skipped ? [`${skipped} browser tests skipped`] : []),
  ];
  let failed = unexpected + flaky + skipped + errors;
  if (status !== 0 && failed === 0) {
    failed = 1;
    notes.push(`Playwright exited with ${status}`);
  }
  return { name: "browser", passed: expected, failed, notes };
}

function notRun(name: string, why: string): StageResult {
  return { name, passed: 0, failed: 1, notes: [`${name} tests not run: ${why}`] };
}

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-test-reports-"));
const stages: StageResult[] = [check("lint", "npm", ["run", "--silent", "lint"]), check("types", "npx", ["tsc", "--noEmit"])];
const fastChecksPassed = stages.every((stage) => stage.failed === 0);
if (!fastChecksPassed) {
  stages.push(notRun("unit", "lint or types failed"), notRun("browser", "lint or types failed"));
} else {
  stages.push(unitTests(reports));
  const chromium = ensureChromium();
  if (stages.at(-1)!.failed > 0) stages.push(notRun("browser", "unit or integration tests failed"));
  else if (!chromium) stages.push(notRun("browser", "no Chromium"));
  else if (!buildWhenChanged()) stages.push(notRun("browser", "the production build failed"));
  else {
    console.log(`[test] Browser: ${chromium}`);
    stages.push(browserTests(reports, chromium));
  }
}

const passed = stages.reduce((sum, stage) => sum + stage.passed, 0);
const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
for (const note of stages.flatMap((stage) => stage.notes)) console.log(`[test] counted as failed: ${note}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
