/**
 * Public pages from the production server's cache (server/page-cache.ts): the
 * HTTP caching words, an editor's view never reaching a reader, and a write
 * through the admin seen by the next request in every server process (the
 * browser tests' server runs two: scripts/e2e-server.ts).
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { people } from "../../db/schema";
import { createAccount, newPerson, signIn, testDb, unique } from "./admin-fixtures";

const LAI_CHAU = "/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A GET on a connection of its own, so that the cluster hands successive requests to its processes in turn. */
function getFresh(path: string, headers: http.OutgoingHttpHeaders = {}): Promise<Answer> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: base.hostname, port: base.port, path, agent: false, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

/** Asks until every process has answered (the pages each one keeps), returning the answers. */
async function fromEveryProcess(path: string, processes = 2): Promise<Answer[]> {
  const answers: Answer[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 40 && seen.size < processes; i++) {
    const answer = await getFresh(path);
    answers.push(answer);
    seen.add(String(answer.headers["x-mttq-process"]));
  }
  expect(seen.size).toBe(processes);
  return answers;
}

test("public pages are kept with public caching, an ETag and a 304; admin, search and signed-in answers are private", async () => {
  const first = await getFresh(LAI_CHAU);
  expect(first.status).toBe(200);
  const answers = await fromEveryProcess(LAI_CHAU);
  expect(answers.some((answer) => answer.headers["x-mttq-cache"] === "hit")).toBe(true);
  const { headers } = answers.at(-1)!;
  expect(headers["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  const etag = String(headers.etag);
  expect(etag).toMatch(/^W\/".+"$/);

  const revalidated = await getFresh(LAI_CHAU, { "if-none-match": etag });
  expect(revalidated.status).toBe(304);
  expect(revalidated.body).toBe("");
  expect((await getFresh(LAI_CHAU, { "if-none-match": 'W/"another"' })).status).toBe(200);

  // Compressed once when kept, in what the client takes.
  expect((await getFresh(LAI_CHAU, { "accept-encoding": "gzip, br" })).headers["content-encoding"]).toBe("br");
  expect((await getFresh(LAI_CHAU, { "accept-encoding": "gzip" })).headers["content-encoding"]).toBe("gzip");

  for (const path of ["/admin/login", "/search?q=l%C3%A0o%20cai"]) {
    const answer = await getFresh(path);
    expect(answer.headers["x-mttq-cache"]).toBeUndefined();
    expect(answer.headers["cache-control"]).toContain("private");
    expect(answer.headers["cache-control"]).toContain("no-store");
  }
  const withSession = await getFresh(LAI_CHAU, { cookie: "mttq_session=not-a-real-session" });
  expect(withSession.status).toBe(200);
  expect(withSession.headers["x-mttq-cache"]).toBeUndefined();
  expect(withSession.headers["cache-control"]).toContain("no-store");
});

test("an editor's change history is theirs alone: the public page holds none, before, while and after they are signed in", async ({
  page,
}) => {
  const admin = createAccount("admin");
  const name = `Người Kiểm Thử Bộ Nhớ Đệm ${unique()}`;
  const person = newPerson(admin, name);
  const path = `/people/${testDb().select().from(people).where(eq(people.id, person.id)).get()!.slug}`;
  // Readers have the page kept in every process before the editor comes.
  for (const answer of await fromEveryProcess(path)) expect(answer.body).not.toContain('data-testid="change-history"');

  await signIn(page, admin);
  const signedIn = await page.goto(path);
  expect(signedIn!.headers()["x-mttq-cache"]).toBeUndefined();
  expect(signedIn!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByTestId("change-history")).toBeVisible();
  // While the editor is signed in, readers still get the public page.
  for (const answer of await fromEveryProcess(path)) expect(answer.body).not.toContain('data-testid="change-history"');

  await page.goto("/admin");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Bạn đã đăng xuất." })).toBeVisible();
  const signedOut = await page.goto(path);
  expect(signedOut!.headers()["x-mttq-cache"]).toMatch(/^(hit|miss)$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("change-history")).toHaveCount(0);
  for (const answer of await fromEveryProcess(path)) expect(answer.body).not.toContain('data-testid="change-history"');
});

test("a write through the admin is on the next public request in every process", async ({ page }) => {
  const admin = createAccount("admin");
  const person = newPerson(admin, `Người Kiểm Thử Hai Tiến Trình ${unique()}`);
  const path = `/people/${testDb().select().from(people).where(eq(people.id, person.id)).get()!.slug}`;
  const hometown = `Xã Kiểm Thử ${unique()}`;
  // Both processes keep the page as it is.
  await fromEveryProcess(path);
  const kept = await fromEveryProcess(path);
  expect(kept.every((answer) => answer.headers["x-mttq-cache"] === "hit" && !answer.body.includes(hometown))).toBe(true);

  await signIn(page, admin);
  await page.goto(`/admin/people/${person.id}`);
  const form = page.getByTestId("person-form");
  await form.getByLabel("Quê quán").fill(hometown);
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();

  const after = await fromEveryProcess(path);
  for (const answer of after) expect(answer.body).toContain(hometown);
});
