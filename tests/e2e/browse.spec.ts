/**
 * Browsing in a real browser: home → province → committee → person and back,
 * the org chart's concurrent roles, the keyboard tree, time travel, English,
 * 404s. Other specs (an admin appointing another Vice Chair in Lai Châu) run
 * against the same database, so holder lists are checked with "contains".
 */
import { expect, test, type Page } from "@playwright/test";

const LAI_CHAU = "/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau";
const VICE_CHAIRS = ["Ngô Thị Bích Hạnh", "Vừ Thị Mai Dinh", "Hoàng Kiều Anh"];

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const breadcrumbs = (page: Page, name = "Đường dẫn") => page.getByRole("navigation", { name });

test("home → a province → a commune committee, back by breadcrumbs → a person → back to the province and home", async ({ page }) => {
  await page.goto("/");
  await expect(h1(page)).toHaveText("Mặt trận Tổ quốc Việt Nam các cấp");
  await page
    .getByTestId("provinces")
    .getByRole("link", { name: /^Lai Châu/ })
    .click();

  await expect(page).toHaveURL(new RegExp(`${LAI_CHAU}$`));
  await expect(h1(page)).toHaveText("Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  await page.getByTestId("child-committees").getByRole("link", { name: "Ủy ban MTTQ Việt Nam xã Khổng Lào" }).click();

  await expect(h1(page)).toHaveText("Ủy ban MTTQ Việt Nam xã Khổng Lào");
  await breadcrumbs(page).getByRole("link", { name: "Ủy ban MTTQ Việt Nam tỉnh Lai Châu" }).click();

  await expect(h1(page)).toHaveText("Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  await page.getByTestId("org-chart").getByRole("link", { name: "Ngô Thị Bích Hạnh", exact: true }).click();

  await expect(page).toHaveURL(/\/people\/ngo-thi-bich-hanh$/);
  await expect(h1(page)).toHaveText("Ngô Thị Bích Hạnh");
  const trail = breadcrumbs(page);
  await expect(trail.getByRole("link")).toHaveText(["Trang chủ", "Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban MTTQ Việt Nam tỉnh Lai Châu"]);
  await trail.getByRole("link", { name: "Ủy ban MTTQ Việt Nam tỉnh Lai Châu" }).click();

  await expect(h1(page)).toHaveText("Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  await breadcrumbs(page).getByRole("link", { name: "Trang chủ" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(h1(page)).toHaveText("Mặt trận Tổ quốc Việt Nam các cấp");
});

test("the org chart shows every Vice Chair's concurrent role and the Chair with his Party post", async ({ page }) => {
  await page.goto(LAI_CHAU);
  const chart = page.getByTestId("org-chart");
  const chair = chart.locator('[data-post="chair"]');
  await expect(chair).toContainText("Sùng A Hồ");
  await expect(chair.getByTestId("other-roles")).toContainText("Phó Bí thư Thường trực Tỉnh ủy Lai Châu");

  const card = (slug: string) => chart.locator(`[data-person="${slug}"]`);
  await expect(card("ngo-thi-bich-hanh")).toHaveAttribute("data-post", "vice_chair");
  await expect(card("ngo-thi-bich-hanh").getByTestId("other-roles")).toContainText("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lai Châu");
  await expect(card("vu-thi-mai-dinh")).toHaveAttribute("data-post", "vice_chair");
  await expect(card("vu-thi-mai-dinh").getByTestId("other-roles")).toContainText(
    "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu",
  );
  await expect(card("hoang-kieu-anh")).toHaveAttribute("data-post", "vice_chair");
  await expect(card("hoang-kieu-anh").getByTestId("other-roles")).toHaveCount(0);
  const standing = card("tong-thanh-binh");
  await expect(standing).toHaveAttribute("data-post", "standing_vice_chair");
  await expect(standing.getByTestId("other-roles")).toContainText("Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu");
  await expect(standing.getByTestId("other-roles")).toContainText("Bí thư Đảng ủy Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  for (const name of VICE_CHAIRS) {
    await expect(chart.locator('[data-post="vice_chair"]').getByRole("link", { name, exact: true })).toBeVisible();
  }

  // The concurrent role is a link to the other organisation, whose chart shows her as its Chair.
  await card("ngo-thi-bich-hanh").getByRole("link", { name: "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lai Châu" }).click();
  await expect(h1(page)).toHaveText("Hội Liên hiệp Phụ nữ tỉnh Lai Châu");
  await expect(page.getByTestId("org-chart").locator('[data-post="chair"]')).toContainText("Ngô Thị Bích Hạnh");
});

test("the chart downloads as SVG with the Vietnamese text and the font embedded", async ({ page, request }) => {
  await page.goto(LAI_CHAU);
  const link = page.getByRole("link", { name: "Tải sơ đồ (SVG)" });
  const response = await request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(response.headers()["content-disposition"]).toContain("attachment");
  const svg = await response.text();
  expect(svg).toContain("<svg");
  expect(svg).toContain("Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  for (const name of ["Tống Thanh Bình", ...VICE_CHAIRS]) expect(svg).toContain(name);
  expect(svg).toContain("Chủ tịch Hội Liên");
  expect(svg).toMatch(/@font-face\{font-family:"Be Vietnam Pro"/);
});

test("the hierarchy tree works by keyboard alone: arrows, Home/End, children on demand, Enter", async ({ page }) => {
  await page.goto("/hierarchy");
  const tree = page.getByRole("tree");
  await expect(tree).toBeVisible();
  // One tab stop into the tree (roving tabindex).
  await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
  const central = tree.getByRole("treeitem", { name: "Ủy ban Trung ương MTTQ Việt Nam", exact: true });
  await expect(central).toHaveAttribute("aria-expanded", "true");

  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await central.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(central).toBeFocused();

  await page.keyboard.press("End");
  await expect(tree.getByRole("treeitem", { name: "Ủy ban MTTQ Việt Nam tỉnh Cà Mau" })).toBeFocused();
  await page.keyboard.press("Home");
  await expect(central).toBeFocused();

  // Down walks the Central Committee's own bodies, then the provinces in their order: Hà Nội first, Lai Châu fifth.
  const haNoi = tree.getByRole("treeitem", { name: "Ủy ban MTTQ Việt Nam thành phố Hà Nội", exact: true });
  const laiChau = tree.getByRole("treeitem", { name: "Ủy ban MTTQ Việt Nam tỉnh Lai Châu", exact: true });
  for (let i = 0; i < 40 && !(await haNoi.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("ArrowDown");
  await expect(haNoi).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await expect(laiChau).toBeFocused();
  await expect(laiChau).toHaveAttribute("aria-expanded", "false");
  await expect(laiChau).toHaveAttribute("tabindex", "0");
  await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);

  // Right opens the branch; its children come from the server on demand.
  const commune = tree.getByRole("treeitem", { name: "Ủy ban MTTQ Việt Nam xã Khổng Lào" });
  await expect(commune).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  await expect(laiChau).toHaveAttribute("aria-expanded", "true");
  await expect(commune).toBeVisible();
  await expect(tree.getByRole("treeitem", { name: "Hội Liên hiệp Phụ nữ tỉnh Lai Châu" })).toBeVisible();

  // Right again moves into the branch, Left back to its parent, Left again closes it.
  await page.keyboard.press("ArrowRight");
  await expect(tree.getByRole("treeitem", { name: /^Ban Dân chủ/ })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(laiChau).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(laiChau).toHaveAttribute("aria-expanded", "false");
  await expect(commune).toHaveCount(0);

  // Enter follows the link.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${LAI_CHAU}$`));
  await expect(h1(page)).toHaveText("Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the tree is nested links whose open links reload the page with the branch open", async ({ page }) => {
    await page.goto("/hierarchy");
    await expect(page.getByRole("tree")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Ủy ban MTTQ Việt Nam tỉnh Lai Châu", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ủy ban MTTQ Việt Nam xã Khổng Lào" })).toHaveCount(0);
    await page.getByRole("link", { name: /: Ủy ban MTTQ Việt Nam tỉnh Lai Châu$/ }).click();
    await expect(page).toHaveURL(/\/hierarchy\?open=uy-ban-mttq-viet-nam-tinh-lai-chau/);
    await page.getByRole("link", { name: "Ủy ban MTTQ Việt Nam xã Khổng Lào" }).click();
    await expect(h1(page)).toHaveText("Ủy ban MTTQ Việt Nam xã Khổng Lào");
  });

  test("the chart, date picker and committee filter work as plain HTML", async ({ page }) => {
    await page.goto(LAI_CHAU);
    await expect(page.getByTestId("org-chart").getByRole("link", { name: "Vừ Thị Mai Dinh" })).toBeVisible();
    await page.getByLabel("Xem theo ngày").fill("2025-12-01");
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/\?at=2025-12-01/);
    await expect(page.getByRole("note")).toContainText("01/12/2025");

    await page.goto(LAI_CHAU);
    await page.getByLabel("Lọc theo tên").fill("khong lao");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByTestId("child-committees").getByRole("link")).toHaveText(["Ủy ban MTTQ Việt Nam xã Khổng Lào"]);
    await page.getByLabel("Lọc theo tên").fill("không có xã này");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByText("Không có ủy ban nào khớp với bộ lọc.")).toBeVisible();
  });
});

test("?at= before the article's date shows the attested holders as not known, not as holders", async ({ page }) => {
  await page.goto(`${LAI_CHAU}?at=2025-12-01`);
  await expect(page.getByRole("note")).toContainText("01/12/2025");
  const chart = page.getByTestId("org-chart");
  await expect(chart.locator('[data-post="standing_vice_chair"]')).toContainText("Chưa rõ vào ngày này");
  await expect(chart.locator('[data-post="vice_chair"]').first()).toBeVisible();
  for (const name of ["Tống Thanh Bình", ...VICE_CHAIRS]) {
    await expect(chart.getByRole("link", { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole("region", { name: "Tổ chức thành viên" })).toContainText("Chưa rõ vào ngày này");

  await page.goto("/people/tong-thanh-binh?at=2025-12-01");
  const roles = page.getByRole("region", { name: "Chức vụ vào ngày 01/12/2025" });
  await expect(roles).toContainText("Không ghi nhận chức vụ nào vào ngày này");
  await expect(roles.getByTestId("not-known")).toContainText("3 chức vụ");
  await expect(page.getByTestId("roles")).toHaveCount(0);

  // On and after the article's date they hold the posts.
  await page.goto("/people/tong-thanh-binh?at=2026-01-22");
  await expect(page.getByTestId("roles")).toContainText("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
});

test("the language switch keeps the page and its query, and the English page reads in English", async ({ page }) => {
  await page.goto("/people/tong-thanh-binh?at=2026-02-01");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByRole("link", { name: "Xem bằng tiếng Anh" }).click();

  await expect(page).toHaveURL(/\/en\/people\/tong-thanh-binh\?at=2026-02-01$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(h1(page)).toHaveText("Tống Thanh Bình");
  const roles = page.getByTestId("roles");
  await expect(roles).toContainText("Standing Vice Chair, Viet Nam Fatherland Front Committee of Lai Châu Province");
  await expect(roles).toContainText("Member of the Standing Committee, Lai Châu Provincial Party Committee");
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("22 Jan 2026");

  await page.getByRole("link", { name: "View in Vietnamese" }).click();
  await expect(page).toHaveURL(/\/people\/tong-thanh-binh\?at=2026-02-01$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  await page.goto("/en/hierarchy");
  await expect(h1(page)).toHaveText("How the Front is organised");
  await page.getByRole("link", { name: "View in Vietnamese" }).click();
  await expect(page).toHaveURL(/\/hierarchy$/);
});

test("an organisation's other members are listed under its chart and on their own page, with breadcrumbs back", async ({ page }) => {
  const PARTY = "/organizations/ban-chap-hanh-trung-uong-dang-cong-san-viet-nam-khoa-xiv";
  const member = (p: Page) => p.getByRole("main").getByRole("link", { name: "Nguyễn Tuấn Anh", exact: true });
  await page.goto(PARTY);
  await expect(page.getByRole("heading", { name: "Ủy viên khác" })).toBeVisible();
  await expect(member(page)).toBeVisible();
  // One member: all of them are on the page already, so no link to the full list.
  await expect(page.getByRole("link", { name: /^Xem đủ danh sách/ })).toHaveCount(0);

  await page.goto(`${PARTY}/members`);
  await expect(h1(page)).toHaveText(/^Ủy viên khác của Ban Chấp hành Trung ương/);
  await expect(member(page)).toBeVisible();
  await breadcrumbs(page).getByRole("link").last().click();
  await expect(page).toHaveURL(new RegExp(`${PARTY}$`));

  const response = await page.goto(`/en${LAI_CHAU}/members?at=2020-01-01`);
  expect(response?.status()).toBe(200);
  await expect(h1(page)).toHaveText("Other members of Viet Nam Fatherland Front Committee of Lai Châu Province");
  await expect(page.getByText("No other members recorded on this date.")).toBeVisible();
  await expect(page.getByRole("note")).toContainText("1 Jan 2020");
  expect((await page.goto("/organizations/khong-co-to-chuc-nay/members"))?.status()).toBe(404);
});

test("each page has one address per language: /vi/… redirects to the bare path, which keeps its address in the browser", async ({
  page,
  request,
}) => {
  for (const [from, to] of [
    ["/vi", "/"],
    ["/vi/people/tong-thanh-binh?at=2026-02-01", "/people/tong-thanh-binh?at=2026-02-01"],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    const location = new URL(response.headers().location, "http://localhost");
    expect(location.pathname + location.search, from).toBe(to);
  }
  // Served through the rewrite to app/[locale] as vi, while the browser and the router keep the bare address.
  await page.goto("/people/tong-thanh-binh");
  await expect(h1(page)).toHaveText("Tống Thanh Bình");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByRole("link", { name: "Hệ thống tổ chức" }).first().click();
  await expect(page).toHaveURL(/\/hierarchy$/);
  expect(new URL(page.url()).pathname).toBe("/hierarchy");
  await expect(page.getByRole("link", { name: "Xem bằng tiếng Anh" })).toHaveAttribute("href", "/en/hierarchy");
  // API routes and files are not pages: no rewrite.
  expect((await request.get("/api/health")).status()).toBe(200);
  expect((await request.get("/no-such-file.txt")).status()).toBe(404);
});

test("every page names its other language (hreflang), and a profile carries schema.org Person data", async ({ page }) => {
  for (const [path, en] of [
    ["/", "/en"],
    ["/hierarchy", "/en/hierarchy"],
    [LAI_CHAU, `/en${LAI_CHAU}`],
  ]) {
    await page.goto(path);
    const alternate = async (lang: string) =>
      new URL((await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute("href"))!).pathname;
    expect(await alternate("en")).toBe(en);
    expect(await alternate("vi")).toBe(path);
    expect(await alternate("x-default")).toBe(path);
  }
  await page.goto("/en/people/vu-thi-mai-dinh");
  await expect(page).toHaveTitle(/Vừ Thị Mai Dinh/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "profile");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/people\/vu-thi-mai-dinh$/);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data["@type"]).toBe("Person");
  expect(data.name).toBe("Vừ Thị Mai Dinh");
  expect(data.jobTitle).toEqual(expect.arrayContaining([expect.stringContaining("Vice Chair"), expect.stringContaining("Secretary")]));
  expect(data.worksFor.map((o: { name: string }) => o.name)).toContain("Viet Nam Fatherland Front Committee of Lai Châu Province");
  expect(data.memberOf.length).toBe(2);
  // Structured data has no base URL to resolve against: every address in it is absolute.
  const origin = new URL(page.url()).origin;
  expect(data.url).toBe(`${origin}/en/people/vu-thi-mai-dinh`);
  expect(data.memberOf[0].memberOf.url).toMatch(new RegExp(`^${origin}/en/organizations/`));
});

test("unknown pages are real 404s in the reader's language, and odd input never errors", async ({ page, request }) => {
  let response = await page.goto("/organizations/khong-co-to-chuc-nay");
  expect(response?.status()).toBe(404);
  await expect(h1(page)).toHaveText("Không tìm thấy trang");

  response = await page.goto("/en/people/nobody-by-this-name");
  expect(response?.status()).toBe(404);
  await expect(h1(page)).toHaveText("Page not found");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  for (const path of [
    "/people/%E2%80%AE%00",
    "/organizations/UPPER",
    "/hierarchy?open=%27%22%3E",
    `${LAI_CHAU}?at=2026-02-31&page=-4&type=mars&q=${"%25".repeat(300)}`,
    "/people/tong-thanh-binh?at[]=x",
  ]) {
    const status = (await request.get(path)).status();
    expect([200, 404], path).toContain(status);
  }
  expect((await request.get("/api/hierarchy/not-a-number")).status()).toBe(404);
  expect((await request.get("/api/organizations/nope/chart")).status()).toBe(404);
});

test("on a 360 px phone the chart is one column and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [LAI_CHAU, "/people/tong-thanh-binh", "/", "/hierarchy"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(LAI_CHAU);
  const lefts = await page
    .getByTestId("org-chart")
    .locator(".chart-card")
    .evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().left)));
  expect(lefts.length).toBeGreaterThanOrEqual(5);
  expect(new Set(lefts).size).toBe(1);
});
