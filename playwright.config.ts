import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { env } from "./lib/env";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium";

const PORT = env().E2E_PORT;
/** A fresh database for every run, seeded by the server as it starts. */
export const E2E_DATABASE = path.join(os.tmpdir(), `mttq-e2e-${PORT}`, "test.db");

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  projects: [
    { name: "browser", testIgnore: /\.after-all\.spec\.ts$/ },
    // Tests that need the directory to stand still run after every other test.
    { name: "after the others", testMatch: /\.after-all\.spec\.ts$/, dependencies: ["browser"] },
  ],
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: "off",
  },
  webServer: {
    command: `tsx scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // A known first-admin password so that browser tests can sign in; never used outside tests.
    // The API's per-client limit is checked in tests/integration/api.test.ts; here every test shares one client address.
    // Two server processes, so that every spec also runs against the cache kept coherent across them (page-cache.spec.ts).
    env: {
      PORT: String(PORT),
      DATABASE_PATH: E2E_DATABASE,
      ADMIN_INITIAL_PASSWORD: "e2e-admin-password",
      API_RATE_LIMIT: "0",
      SERVER_PROCESSES: "2",
    },
  },
});
