/**
 * The API's per-client rate limit on a server of two processes: one count for
 * the client whichever process answers (the cluster's primary holds it). A
 * second production server on the browser tests' database, with a small limit.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "../../playwright.config";
import { startProductionServer, type RunningServer } from "../../scripts/production-server";

const LIMIT = 6;
let server: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startProductionServer({
    databasePath: E2E_DATABASE,
    quiet: true,
    env: { SERVER_PROCESSES: "2", API_RATE_LIMIT: String(LIMIT), BACKUP_INTERVAL_HOURS: "0" },
  });
});
test.afterAll(() => server?.stop());

/** A GET over a connection of its own, so the cluster hands each request to the next process in turn. */
function get(path: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.baseUrl}${path}`, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response));
    });
    request.on("error", reject);
  });
}

test("the API's limit is one count per client across the server's processes", async () => {
  test.setTimeout(180_000);
  // Both processes are up (the second starts once the first has listened).
  const processes = new Set<string>();
  await expect
    .poll(
      async () => processes.add(String((await get("/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau")).headers["x-mttq-process"])).size,
      {
        timeout: 120_000,
      },
    )
    .toBe(2);

  // Twice the limit over fresh connections: counted per process, each would pass up to the limit, more than it in all
  // unless every request went to one process.
  const statuses = [];
  let retryAfter: string | string[] | undefined;
  for (let i = 0; i < 2 * LIMIT; i++) {
    const answer = await get("/api/search?q=lai+chau");
    statuses.push(answer.statusCode);
    if (answer.statusCode === 429) retryAfter ??= answer.headers["retry-after"];
  }
  expect(statuses).toEqual([...Array(LIMIT).fill(200), ...Array(LIMIT).fill(429)]);
  expect(Number(retryAfter)).toBeGreaterThan(0);
});
