import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("home → Lai Châu's committee → the Standing Vice Chair's profile lists all three roles with the source", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page
    .getByRole("link", { name: /Ủy ban MTTQ Việt Nam tỉnh Lai Châu/ })
    .first()
    .click();

  await expect(page).toHaveURL(/\/organizations\/uy-ban-mttq-viet-nam-tinh-lai-chau$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  for (const name of ["Tống Thanh Bình", "Ngô Thị Bích Hạnh", "Vừ Thị Mai Dinh", "Hoàng Kiều Anh"]) {
    await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
  }
  // The Chair is the one the congress report of 5 December 2025 names, with the date the term began.
  await expect(page.locator('[data-post="chair"]')).toContainText("Sùng A Hồ");
  await expect(page.locator('[data-post="chair"]')).toContainText("05/12/2025");

  await page.getByRole("link", { name: "Tống Thanh Bình", exact: true }).first().click();
  await expect(page).toHaveURL(/\/people\/tong-thanh-binh$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tống Thanh Bình");
  const roles = page.getByRole("region", { name: "Chức vụ hiện tại" });
  await expect(roles).toContainText("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  await expect(roles).toContainText("Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu");
  await expect(roles).toContainText("Bí thư Đảng ủy Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  await expect(page.getByRole("region", { name: "Nguồn" })).toContainText("22/01/2026");
});

test("the health check answers when the database is reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("an unknown profile is a real 404", async ({ page }) => {
  const response = await page.goto("/people/khong-co-nguoi-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
});

test("scripts and stylesheets come brotli-compressed to clients that take it, and from Next to the others", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThan(2);
  for (const asset of assets) {
    const plain = await request.get(asset, { headers: { "accept-encoding": "identity" } });
    const brotli = await request.get(asset, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(brotli.headers()).toMatchObject({
      "content-encoding": "br",
      "content-type": plain.headers()["content-type"],
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    expect((await brotli.body()).equals(await plain.body())).toBe(true);
    const refused = await request.get(asset, { headers: { "accept-encoding": "br;q=0, gzip" } });
    expect(refused.headers()["content-encoding"]).not.toBe("br");
  }
});

test("the scripts every page loads carry V8's compile hint, so Chrome compiles them off the main thread", async ({ request }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const html = await (await request.get("/")).text();
  expect(manifest.rootMainFiles.length).toBeGreaterThan(0);
  for (const file of manifest.rootMainFiles) {
    expect(html).toContain(`/_next/${file}`);
    const code = await (await request.get(`/_next/${file}`, { headers: { "accept-encoding": "br" } })).text();
    expect(code.startsWith("//# allFunctionsCalledOnLoad\n")).toBe(true);
  }
});
