/**
 * The open data on the production server: /data/ lists the files the server made
 * at start with their sizes, in both languages, and they download; the API page;
 * the production server's own search answer with CORS, an ETag and a 304; the
 * feed linked from a page's head; sitemap.xml and robots.txt. The import of a
 * Popolo file is in popolo-import.after-all.spec.ts.
 */
import { expect, test } from "@playwright/test";

test("/data/ lists the files with their size and date, the column dictionary, licence and citation", async ({ page, request }) => {
  // The server makes the files as it starts; wait until they are listed.
  await expect
    .poll(async () => ((await (await request.get("/data/files.json")).json()) as { files: unknown[] }).files.length, { timeout: 30_000 })
    .toBeGreaterThan(10);
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dữ liệu mở: tải toàn bộ danh bạ");
  const popolo = page.getByRole("row").filter({ has: page.getByRole("link", { name: "popolo.json.gz" }) });
  await expect(popolo).toContainText(/\d+ kB|\d+\.\d MB/);
  await expect(page.getByText(/^Làm lúc \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "terms.csv · Nhiệm kỳ (người giữ chức vụ)" })).toBeVisible();
  await expect(page.getByText("CC BY 4.0")).toBeVisible();
  await expect(page.locator("cite")).toContainText("Danh bạ Mặt trận Tổ quốc Việt Nam");

  const download = await request.get("/data/files/people.csv");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toMatch(/^text\/csv/);
  expect((await download.text()).split("\n")[0]).toContain("id,name,other_names");

  await page.goto("/en/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data: the whole directory to download");
  await expect(page.getByRole("heading", { name: "terms.csv · Terms (people holding posts)" })).toBeVisible();
});

test("/api describes every endpoint in both languages and links the OpenAPI document", async ({ page, request }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API của danh bạ");
  await expect(page.getByRole("heading", { name: "GET /api/search" })).toBeVisible();
  await page.goto("/en/api");
  await expect(page.getByRole("heading", { name: "GET /people/{file}" })).toBeVisible();
  const document = await (await request.get("/api/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
});

test("the production server's search answer: CORS, an ETag and a 304 for it", async ({ request }) => {
  const first = await request.get("/api/search?q=tong+thanh+binh");
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const tag = first.headers()["etag"];
  expect(tag).toBeTruthy();
  const again = await request.get("/api/search?q=tong+thanh+binh", { headers: { "If-None-Match": tag } });
  expect(again.status()).toBe(304);
  const bad = await request.get("/api/search?limit=9999");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ code: "bad_request" });
});

test("pages link their feeds; the feed, the sitemap and robots.txt answer", async ({ page, request }) => {
  await page.goto("/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau");
  const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feeds).toHaveCount(3);
  const hrefs = await feeds.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs.some((href) => href?.includes("/feeds/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau.atom"))).toBe(true);
  const feed = await request.get(hrefs.find((href) => href?.includes("/feeds/provinces/"))!);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain("/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau</loc>");
  expect(xml).toContain("/en/people/tong-thanh-binh</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});
