/**
 * The real directory in a browser: from the home page to a province, its chart
 * with the real holders and their concurrent roles, a person's past role with
 * the predecessor and successor in the post, a committee from before the 2025
 * reform, and the quality page for an editor of that province.
 */
import { expect, test } from "@playwright/test";
import { createAccount, signIn } from "./admin-fixtures";

const HA_NOI = "/organizations/uy-ban-mttq-viet-nam-thanh-pho-ha-noi";

test("home → Hà Nội's chart with real holders → a past role with its predecessor and successor", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("coverage-summary")).toContainText(/Chủ tịch Ủy ban MTTQ\s*\d+\/34/);
  await page
    .getByTestId("provinces")
    .getByRole("link", { name: /Ủy ban MTTQ Việt Nam thành phố Hà Nội/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${HA_NOI}$`));

  const chart = page.getByTestId("org-chart");
  const chair = chart.locator('[data-post="chair"]');
  await expect(chair).toContainText("Bùi Huyền Mai");
  await expect(chair.getByTestId("other-roles")).toContainText("Thành ủy Hà Nội");
  await expect(chart.locator('[data-post="standing_vice_chair"]')).toContainText("Trần Thị Phương Hoa");
  // Formed from the Hà Nội of before the reform, with the words of the report that states it.
  await expect(page.getByRole("region", { name: "Hình thành từ" })).toContainText("Ủy ban MTTQ Việt Nam thành phố Hà Nội");

  await chart.locator('[data-post="vice_chair"]').getByRole("link", { name: "Phạm Anh Tuấn", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phạm Anh Tuấn");
  const past = page.getByTestId("past-roles");
  await expect(past).toContainText("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội");
  const neighbours = past.getByTestId("term-neighbours");
  await expect(neighbours).toContainText("Người tiền nhiệm: Bùi Huyền Mai");
  await expect(neighbours).toContainText("Người kế nhiệm: Trần Thị Phương Hoa");
  await neighbours.getByRole("link", { name: "Trần Thị Phương Hoa" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trần Thị Phương Hoa");

  // Everyone who held each post, with its sources.
  await page.goto(`${HA_NOI}/history`);
  const standing = page.getByRole("region", { name: /^Phó Chủ tịch Thường trực/ });
  await expect(standing.getByTestId("post-history-term")).toHaveText([/Bùi Huyền Mai/, /Phạm Anh Tuấn/, /Trần Thị Phương Hoa/]);
  await expect(page.getByRole("region", { name: "Nguồn" })).toContainText("Hà Nội");
});

test("a committee from before the reform shows its last holders and what it became; ?at= shows the 63 provinces", async ({ page }) => {
  await page.goto("/organizations/uy-ban-mttq-viet-nam-tinh-binh-duong-cu");
  await expect(page.getByRole("note").first()).toContainText("30/06/2025");
  await expect(page.getByTestId("org-chart").locator('[data-post="chair"]')).toContainText("Nguyễn Văn Dành");
  const became = page.getByRole("region", { name: "Trở thành một phần của" });
  await expect(became.getByRole("link", { name: "Ủy ban MTTQ Việt Nam thành phố Hồ Chí Minh" })).toBeVisible();
  await expect(became).toContainText("Bình Dương");

  await page.goto("/?at=2024-06-01");
  await expect(page.getByRole("heading", { name: "Tỉnh, thành phố (63)" })).toBeVisible();
  await expect(page.getByTestId("provinces")).toContainText("Bình Dương");
});

test("the quality page shows an editor their province's key posts and what needs fixing, linked to the forms", async ({ page }) => {
  const editor = createAccount("editor", "uy-ban-mttq-viet-nam-thanh-pho-ha-noi");
  await signIn(page, editor);
  await page.getByRole("navigation", { name: "Điều hướng quản trị" }).getByRole("link", { name: "Chất lượng dữ liệu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chất lượng dữ liệu");
  const committees = page.getByTestId("quality-committee");
  // Scoped: the editor of Hà Nội sees Hà Nội alone.
  await expect(committees).toHaveCount(1);
  await committees.first().locator("summary").click();
  await expect(committees.first()).toContainText("Bùi Huyền Mai");
  await committees.first().getByRole("link", { name: "Bùi Huyền Mai" }).click();
  await expect(page).toHaveURL(/\/admin\/terms\/\d+$/);
});
