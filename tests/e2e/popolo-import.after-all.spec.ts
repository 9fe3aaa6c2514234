/**
 * An administrator imports the directory's own Popolo file: everything is
 * already on record, and a changed name is a conflict that blocks the commit.
 * Run after every other browser test ("after the others" in
 * playwright.config.ts): a record another test changed between the download
 * and the review would rightly be a conflict.
 */
import { expect, test } from "@playwright/test";
import { createAccount, signIn } from "./admin-fixtures";

test("an administrator imports the directory's own Popolo file: everything already on record; a changed name is a conflict that blocks", async ({
  page,
  request,
}) => {
  const admin = createAccount("admin");
  await signIn(page, admin);
  const file = Buffer.from(await (await request.get("/data/popolo.json")).body());
  await page.goto("/admin/import/popolo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập tệp Popolo JSON");
  await page.getByLabel("Tệp Popolo JSON").setInputFiles({ name: "popolo.json", mimeType: "application/json", buffer: file });
  await page.getByRole("button", { name: "Đối chiếu" }).click();
  const review = page.getByTestId("popolo-review");
  await expect(review).toBeVisible();
  await expect(review.locator('tr[data-section="persons"] td').first()).toHaveText("0");
  await expect(review.locator('tr[data-section="memberships"] td').first()).toHaveText("0");
  await page.getByRole("button", { name: "Ghi các bản ghi mới" }).click();
  await expect(page.getByTestId("popolo-outcome")).toContainText("0 người, 0 nhiệm kỳ, 0 tổ chức, 0 nguồn mới.");

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
