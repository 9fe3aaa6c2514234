/**
 * The open data on the production server: /data/ lists the files the server made
 * at start with their sizes, in both languages, and they download; the API page;
 * the production server's own search answer with CORS, an ETag and a 304; the
 * feed linked from a page's head; sitemap.xml and robots.txt; an administrator's
 * import of a Popolo file.
 */
import { expect, test } from "@playwright/test";
import { createAccount, signIn } from "./admin-fixtures";

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

test("an administrator imports the directory's own Popolo file: everything already on record; a changed name is a conflict that blocks", async ({
  page,
  request,
}) => {
  const admin = createAccount("admin");
  await signIn(page, admin);
  // Other browser tests write meanwhile, so a record may change between the download and the review: then the review
  // rightly shows a conflict, and the round is tried again with a fresh download.
  let file = Buffer.alloc(0);
  await expect(async () => {
    file = Buffer.from(await (await request.get("/data/popolo.json")).body());
    await page.goto("/admin/import/popolo");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập tệp Popolo JSON");
    await page.getByLabel("Tệp Popolo JSON").setInputFiles({ name: "popolo.json", mimeType: "application/json", buffer: file });
    await page.getByRole("button", { name: "Đối chiếu" }).click();
    const review = page.getByTestId("popolo-review");
    await expect(review).toBeVisible();
    // Nothing in the file is missing from the directory (other tests may add records, never remove them).
    await expect(review.locator('tr[data-section="persons"] td').first()).toHaveText("0");
    await expect(review.locator('tr[data-section="memberships"] td').first()).toHaveText("0");
    await page.getByRole("button", { name: "Ghi các bản ghi mới" }).click({ timeout: 2_000 });
    await expect(page.getByTestId("popolo-outcome")).toContainText("0 người, 0 nhiệm kỳ, 0 tổ chức, 0 nguồn mới.");
  }).toPass({ timeout: 50_000 });

  const changed = JSON.parse(file.toString("utf8")) as { persons: { id: string; name: string }[] };
  changed.persons.find((person) => person.id === "person/tong-thanh-binh")!.name = "Tống Thanh Bính";
  await page.goto("/admin/import/popolo");
  await page
    .getByLabel("Tệp Popolo JSON")
    .setInputFiles({ name: "sua.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(changed)) });
  await page.getByRole("button", { name: "Đối chiếu" }).click();
  await expect(page.getByText(/person\/tong-thanh-binh: differs from the record on file/)).toBeVisible();
  await expect(page.getByText(/Không thể ghi khi còn bản ghi khác/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ghi các bản ghi mới" })).toHaveCount(0);

  await page.goto("/admin/import/popolo");
  await page
    .getByLabel("Tệp Popolo JSON")
    .setInputFiles({ name: "hong.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
  await page.getByRole("button", { name: "Đối chiếu" }).click();
  await expect(page.getByText("Tệp không phải JSON.")).toBeVisible();
});
