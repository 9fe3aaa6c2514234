/**
 * `npm test`: every test. Unit and integration tests (vitest, real SQLite files),
 * then browser tests (Playwright in a real Chromium against the production build).
 * A missing browser is installed or reported; browser tests are never skipped.
 */
import { spawnSync } from "node:child_process";
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
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
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

const chromium = ensureChromium();
console.log(`[test] Browser: ${chromium}`);

const unit = run("npx", ["vitest", "run"]);
if (unit !== 0) process.exit(unit);

buildIfNeeded();
process.exit(run("npx", ["playwright", "test"], { ...process.env, CHROMIUM_PATH: chromium }));
