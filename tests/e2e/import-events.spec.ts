/**
 * Importing a report of a departure and an election in a real browser: the
 * review shows the end of one term and the start of another, the editor
 * accepts them, and the committee's chart shows the new holder while the old
 * one's profile lists the post under past roles. The report is fictional and
 * names a new person no other spec uses, on a post no other spec reads (the
 * specs share one server and database).
 */
import { expect, test } from "@playwright/test";
import { createAccount, signIn, unique, watchForProblems } from "./admin-fixtures";

const NGHE_AN = "uy-ban-mttq-viet-nam-tinh-nghe-an";
const LEAVER = "Nguyễn Đình Hùng";
const NEW_HOLDER = "Vi Thị Hồng Nhung";

const REPORT = `Nghệ An kiện toàn Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh

Ngày 20/11/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị kiện toàn nhân sự. Hội nghị thống nhất cho ông ${LEAVER} thôi giữ chức Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.

Hội nghị đã hiệp thương cử bà ${NEW_HOLDER} giữ chức Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.`;

test("an editor imports a departure and an election, and sees the new holder on the chart and the old one under past roles", async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const editor = createAccount("editor", NGHE_AN);
  await signIn(page, editor);

  await page.goto("/admin/import");
  await page.getByLabel("Nội dung bài báo").fill(REPORT);
  await page.getByLabel("Tỉnh, thành phố (hoặc Trung ương)").selectOption({ label: "Ủy ban MTTQ Việt Nam tỉnh Nghệ An" });
  await page.getByLabel("Tiêu đề nguồn").fill(`Nghệ An kiện toàn Phó Chủ tịch Thường trực (${unique()})`);
  await page.getByLabel("Cơ quan đăng").fill("Báo Nghệ An");
  await page.getByLabel("Ngày đăng").fill("20/11/2026");
  await page.getByRole("button", { name: "Phân tích bài viết" }).click();

  const review = page.getByRole("region", { name: "2. Xem lại và ghi" });
  // The departure: the term on record ends on the report's date, said in words.
  const known = review.getByRole("region", { name: /^Đã có trong danh bạ/ });
  const leaving = known.locator("tr", { hasText: LEAVER });
  await expect(leaving.getByText("Kết thúc nhiệm kỳ", { exact: true })).toBeVisible();
  await expect(leaving.getByLabel(`Loại ngày của dòng ${LEAVER}`)).toHaveValue("end");
  await expect(leaving.getByRole("textbox", { name: `Ngày của dòng ${LEAVER}` })).toHaveValue("20/11/2026");
  await expect(leaving.getByRole("checkbox", { name: new RegExp(`^Ghi: ${LEAVER}`) })).toBeChecked();

  // The election: a new holder of a one-holder post, offered to end the current holder's term.
  const conflicts = review.getByRole("region", { name: /^Xung đột/ });
  const electing = conflicts.locator("tr", { hasText: NEW_HOLDER });
  await expect(electing.getByText("Bắt đầu nhiệm kỳ", { exact: true })).toBeVisible();
  await expect(electing.getByLabel(`Loại ngày của dòng ${NEW_HOLDER}`)).toHaveValue("start");
  await expect(electing).toContainText(LEAVER);

  // By keyboard: tick the election and the end of the current term, then commit.
  await electing.getByRole("checkbox", { name: new RegExp(`^Ghi: ${NEW_HOLDER}`) }).focus();
  await page.keyboard.press("Space");
  await electing.getByRole("checkbox", { name: /^Kết thúc nhiệm kỳ đó/ }).focus();
  await page.keyboard.press("Space");
  await review.getByRole("button", { name: "Ghi các dòng đã chọn" }).focus();
  await page.keyboard.press("Enter");
  const outcome = page.getByTestId("import-outcome");
  await expect(outcome).toContainText("Đã ghi vào danh bạ");

  await page.goto(`/organizations/${NGHE_AN}`);
  const standing = page.getByTestId("org-chart").locator('[data-post="standing_vice_chair"]');
  await expect(standing.getByRole("link", { name: NEW_HOLDER, exact: true })).toBeVisible();
  await expect(standing.getByRole("link", { name: LEAVER, exact: true })).toHaveCount(0);

  await page.getByTestId("org-chart").getByRole("link", { name: NEW_HOLDER, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEW_HOLDER);
  await page.goto(`/organizations/${NGHE_AN}`);
  await page.getByRole("link", { name: LEAVER, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LEAVER);
  const past = page.getByRole("region", { name: "Quá trình công tác" });
  await expect(past).toContainText("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An");
  await expect(page.getByRole("region", { name: "Chức vụ hiện tại" })).not.toContainText("Phó Chủ tịch Thường trực");
  expect(problems).toEqual([]);
});
