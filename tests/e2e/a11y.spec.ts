/** Accessibility: axe finds nothing on the main pages, in both languages, on desktop and on a phone. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGES = [
  { name: "home", path: "/" },
  { name: "hierarchy", path: "/hierarchy" },
  { name: "organisation", path: "/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau" },
  { name: "historical organisation", path: "/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau?at=2025-12-01" },
  { name: "person", path: "/people/tong-thanh-binh" },
  { name: "other members", path: "/organizations/ban-chap-hanh-trung-uong-dang-cong-san-viet-nam-khoa-xiv/members" },
  { name: "open data", path: "/data" },
  { name: "API", path: "/api" },
];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
  expect(summary).toEqual([]);
}

for (const locale of ["vi", "en"] as const) {
  for (const { name, path } of PAGES) {
    const url = locale === "vi" ? path : `/en${path === "/" ? "" : path}`;

    test(`axe: ${name} (${locale})`, async ({ page }) => {
      await page.goto(url);
      if (name === "hierarchy") {
        // Check the enhanced tree, with a branch opened on demand.
        const laiChau = page.getByRole("treeitem", { name: /Lai Châu/ }).first();
        await laiChau.locator("[data-toggle]").click();
        await expect(laiChau).toHaveAttribute("aria-expanded", "true");
        await expect(page.getByRole("group").first()).toBeVisible();
      }
      await expectNoViolations(page);
    });
  }
}

test("axe: a phone-sized organisation page and the 404 page", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau");
  await expectNoViolations(page);
  await page.goto("/en/people/nobody");
  await expectNoViolations(page);
});

test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/people/tong-thanh-binh");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Chuyển đến nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
