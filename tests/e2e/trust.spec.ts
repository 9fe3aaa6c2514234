/**
 * The production server's own defences, over real HTTP: the client address the
 * throttle uses, body limits, strange parameters, and HSTS.
 */
import { expect, test } from "@playwright/test";
import { env } from "../../lib/env";
import { unique } from "./admin-fixtures";

const PORT = env().E2E_PORT;

test("a forged X-Forwarded-For does not give a client a fresh throttle count", async ({ page }) => {
  test.setTimeout(120_000);
  // Over IPv6 loopback, so this client's count is its own and the other tests (on 127.0.0.1) are not throttled.
  await page.goto(`http://[::1]:${PORT}/admin/login`);
  let throttled = false;
  for (let i = 0; i < 21 && !throttled; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i}` });
    await page.getByLabel("Tên đăng nhập").fill(`nobody-${unique()}`);
    await page.getByLabel("Mật khẩu").fill("not the password");
    // Wait for the server's answer: the form re-mounts with it, and a field filled before that would be lost.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/admin/login")),
      page.getByRole("button", { name: "Đăng nhập" }).click(),
    ]);
    // The form is reset once the answer is rendered; only then is the alert this guess's.
    await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
    const alert = page.getByRole("alert").filter({ hasText: /không đúng|quá nhiều lần/ });
    await expect(alert).toBeVisible();
    throttled = /quá nhiều lần/.test(await alert.innerText());
  }
  expect(throttled).toBe(true);
});

test("the sign-in takes a small body; strange list parameters get a page, never a 500; HSTS is sent", async ({ request }) => {
  const big = await request.post("/admin/login", { headers: { "content-type": "text/plain" }, data: "x".repeat(64 * 1024) });
  expect(big.status()).toBe(413);
  for (const path of [
    "/admin/people?page=1e400",
    "/admin/people?page=-1e400&q=%00",
    "/admin/audit?before=1e400&user=-1&from=9999-99-99",
    "/admin/appoint?personId=1e400&postId=NaN",
    "/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau/members?page=1e400",
    "/search?q=a&page=1e400",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
  }
  expect((await request.get("/")).headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
});
