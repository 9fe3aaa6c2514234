/**
 * Importing a news article in a real browser: paste, review, accept, and find
 * the new role on the public profile with the article cited. The article is
 * fictional and names a person no other spec uses, since the specs share one
 * server and database.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createAccount, signIn, unique, watchForProblems } from "./admin-fixtures";

const LAI_CHAU = "uy-ban-mttq-viet-nam-tinh-lai-chau";
const NAME = "Thào Thị Dợ Nhung";

const ARTICLE = `Hội Nông dân tỉnh Lai Châu kiện toàn nhân sự

Chiều 10/11, Ban Chấp hành Hội Nông dân tỉnh Lai Châu tổ chức hội nghị kiện toàn nhân sự. Hội nghị đã bầu bà ${NAME} giữ chức Phó Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028.

Phát biểu tại hội nghị, ông Lò Văn Khiếp, Phó Chủ tịch UBND xã Khổng Lào mong muốn Hội tiếp tục đồng hành cùng bà con trong sản xuất.`;

test("paste an article, review it, accept the new Vice Chair of the Farmers' Union, and find the role and the article on the public profile", async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const editor = createAccount("editor", LAI_CHAU);
  const sourceTitle = `Hội Nông dân tỉnh Lai Châu kiện toàn nhân sự (${unique()})`;
  await signIn(page, editor);

  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập từ bài báo");
  // An editor's own province is the context the form opens on.
  await expect(page.getByLabel("Tỉnh, thành phố (hoặc Trung ương)")).toHaveValue(/\d+/);
  await expect(page.getByLabel("Tỉnh, thành phố (hoặc Trung ương)").locator("option:checked")).toHaveText(
    "Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
  );

  // Nothing pasted: the error sits beside the field, and what was typed stays.
  await page.getByLabel("Tiêu đề nguồn").fill(sourceTitle);
  await page.getByRole("button", { name: "Phân tích bài viết" }).click();
  const text = page.getByLabel("Nội dung bài báo");
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Vui lòng nhập mục này.").first()).toBeVisible();
  await expect(page.getByLabel("Tiêu đề nguồn")).toHaveValue(sourceTitle);

  await text.fill(ARTICLE);
  await page.getByLabel("Cơ quan đăng").fill("Báo Lai Châu");
  await page.getByLabel("Ngày đăng").fill("10/11/2026");
  await page.getByRole("button", { name: "Phân tích bài viết" }).click();

  const review = page.getByRole("region", { name: "2. Xem lại và ghi" });
  // The reader is taken to the result.
  await expect(review.getByRole("heading", { name: "2. Xem lại và ghi" })).toBeFocused();
  const fresh = review.getByRole("region", { name: /^Nhiệm kỳ mới/ });
  await expect(fresh.getByRole("heading")).toHaveText("Nhiệm kỳ mới (1)");
  const accept = fresh.getByRole("checkbox", { name: `Ghi: ${NAME}, Phó Chủ tịch Hội Nông dân tỉnh` });
  await expect(accept).toBeChecked();
  await expect(fresh.getByLabel(`Chức vụ cho “Phó Chủ tịch Hội Nông dân tỉnh”`).locator("option:checked")).toHaveText(
    "Phó Chủ tịch Hội Nông dân tỉnh Lai Châu",
  );
  // "được bầu giữ chức": the term starts on the article's date.
  await expect(fresh.getByLabel(`Loại ngày của dòng ${NAME}`)).toHaveValue("start");
  const unresolved = review.getByRole("region", { name: /^Chưa xác định được/ });
  await expect(unresolved).toContainText("Lò Văn Khiếp");
  await expect(unresolved).toContainText("Cơ quan nhà nước");
  await expect(unresolved.getByRole("checkbox")).not.toBeChecked();

  // Keyboard: from the tick to the commit button and press it.
  await accept.focus();
  await page.keyboard.press("Space");
  await expect(accept).not.toBeChecked();
  await page.keyboard.press("Space");
  await expect(accept).toBeChecked();
  const commit = review.getByRole("button", { name: "Ghi các dòng đã chọn" });
  await commit.focus();
  await page.keyboard.press("Enter");

  const outcome = page.getByTestId("import-outcome");
  await expect(outcome).toContainText("Đã ghi vào danh bạ");
  await expect(outcome).toContainText("1 nhiệm kỳ mới");
  await outcome.getByRole("link", { name: NAME }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expect(page.getByRole("region", { name: "Chức vụ hiện tại" })).toContainText("Phó Chủ tịch Hội Nông dân tỉnh Lai Châu");
  const sources = page.getByRole("region", { name: "Nguồn" });
  await expect(sources).toContainText(sourceTitle);
  await expect(sources).toContainText("Báo Lai Châu");
  await expect(sources).toContainText("10/11/2026");
  expect(problems).toEqual([]);
});

test("the import page is for signed-in users only", async ({ page }) => {
  await page.goto("/admin/import");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("in English, the review of an article with a known term, a conflict and an unresolved title reads well and passes axe", async ({
  page,
}) => {
  const admin = createAccount("admin");
  await signIn(page, admin);
  await page.goto("/en/admin/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import from a news article");
  await page
    .getByLabel("Article text")
    .fill(
      "Dự hội nghị có các đồng chí: Tống Thanh Bình - Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; " +
        "Mùa Thị Khánh Vân - Chủ tịch Hội LHPN tỉnh; ông Lò Văn Khiếp, Phó Chủ tịch UBND xã Khổng Lào.",
    );
  await page.getByLabel("Province or city (or Central)").selectOption({ label: "Ủy ban MTTQ Việt Nam tỉnh Lai Châu" });
  await page.getByLabel("Source title").fill("A fictional report");
  await page.getByLabel("Date published").fill("2026-11-12");
  await page.getByRole("button", { name: "Analyse the article" }).click();

  const review = page.getByRole("region", { name: "2. Review and commit" });
  await expect(review.getByRole("region", { name: /^Already known/ })).toContainText("Tống Thanh Bình");
  const conflicts = review.getByRole("region", { name: /^Conflicts/ });
  await expect(conflicts).toContainText("Held by Ngô Thị Bích Hạnh");
  await expect(conflicts.getByRole("checkbox", { name: "End that term on this row's date (12 Nov 2026)" })).not.toBeChecked();
  await expect(review.getByRole("region", { name: /^Unresolved/ })).toContainText("A State body");

  // Committing the conflict without ending the other term is refused beside the row, and nothing is lost.
  await conflicts.getByRole("checkbox", { name: /^Record: Mùa Thị Khánh Vân/ }).check();
  await review
    .getByRole("region", { name: /^Already known/ })
    .getByRole("checkbox")
    .uncheck();
  await review.getByRole("button", { name: "Record the ticked rows" }).click();
  await expect(conflicts.getByRole("alert")).toContainText("Someone else holds this post");
  await expect(conflicts.getByRole("checkbox", { name: /^Record: Mùa Thị Khánh Vân/ })).toBeChecked();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((node) => node.target.join(" ")) }))).toEqual([]);
});
