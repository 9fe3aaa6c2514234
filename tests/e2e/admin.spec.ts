/**
 * The administration in a real browser against the production build. Every
 * test makes its own accounts and records (see admin-fixtures.ts), so that specs
 * running beside it on the same server see nothing they do not expect.
 */
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { memberships, people } from "../../db/schema";
import { appointToPost } from "../../db/mutations";
import { getMessages } from "../../lib/i18n";
import {
  asAccount,
  createAccount,
  newBoard,
  newPerson,
  pick,
  postOf,
  signIn,
  signedInContext,
  testDb,
  unique,
  watchForProblems,
} from "./admin-fixtures";

const LAI_CHAU = "/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau";
/** The public pages' own words, so these tests follow them if they are reworded. */
const browse = getMessages("vi").browse;
/** A province no other spec reads, for the organisations these tests make. */
const CA_MAU = "uy-ban-mttq-viet-nam-tinh-ca-mau";

test("appoint a new Vice Chair in Lai Châu with a source, see it in public, end the term, and find both in the audit", async ({ page }) => {
  const admin = createAccount("admin");
  const tag = unique();
  const name = `Lò Thị Kiểm Thử ${tag}`;
  await signIn(page, admin);

  await page.getByRole("link", { name: "Bổ nhiệm", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bổ nhiệm vào chức vụ");
  await page.getByLabel("Họ và tên người mới").fill(name);
  await page.getByLabel("Năm sinh").fill("1986");
  await pick(page, "Tìm chức vụ", "phó chủ tịch lai châu", /^Phó Chủ tịch · Ủy ban MTTQ Việt Nam tỉnh Lai Châu/);
  await page.getByLabel("Ngày bắt đầu").fill("03/2025");
  await page.getByLabel("Tiêu đề nguồn").fill(`Hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh (${tag})`);
  await page.getByLabel("Cơ quan đăng").fill("Báo Lai Châu");
  await page.getByLabel("Ngày đăng", { exact: true }).fill("15/03/2025");
  await page.getByLabel("Câu trích nêu thông tin").fill(`Bà ${name} được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.`);
  await page.getByRole("button", { name: "Ghi bổ nhiệm" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Đã ghi bổ nhiệm." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const person = testDb().select().from(people).where(eq(people.fullName, name)).get()!;

  // The public profile and the committee's page show the new role at once.
  await page.goto(`/people/${person.slug}`);
  const current = page.getByRole("region", { name: browse.currentRoles });
  await expect(current).toContainText("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  await expect(page.getByRole("region", { name: browse.sources })).toContainText("Báo Lai Châu");
  await page.goto(LAI_CHAU);
  await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
  // So does search, answered by the server's search workers on their own connections.
  const VICE_CHAIR = "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu";
  const searchRoles = async () => {
    const response = await page.request.get(`/api/search?${new URLSearchParams({ q: name })}`);
    const { results } = await response.json();
    expect(results[0].slug).toBe(person.slug);
    return results[0].roles;
  };
  expect(await searchRoles()).toContain(VICE_CHAIR);

  // End the term.
  await page.goto(`/admin/people/${person.id}`);
  await page.getByRole("link", { name: /Cập nhật Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu/ }).click();
  const end = page.getByTestId("end-term-form");
  await end.getByLabel("Ngày kết thúc").fill("31/12/2025");
  await end.getByLabel("Lý do kết thúc").fill("Chuyển công tác");
  await end.getByRole("button", { name: "Kết thúc nhiệm kỳ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã kết thúc nhiệm kỳ." })).toBeVisible();
  await expect(page.getByText("Thời gian: 03/2025 – 31/12/2025 (Chuyển công tác)")).toBeVisible();

  // It moves to the past roles.
  await page.goto(`/people/${person.slug}`);
  await expect(page.getByRole("region", { name: browse.pastRoles })).toContainText("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
  await expect(page.getByRole("region", { name: browse.currentRoles })).not.toContainText(
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
  );
  expect(await searchRoles()).not.toContain(VICE_CHAIR);

  // The audit shows both writes, with what each changed.
  await page.goto(`/admin/audit?user=${admin.id}`);
  const appointed = page.locator('[data-action="term.appoint"]', { hasText: name });
  await expect(appointed).toHaveCount(1);
  await expect(appointed.getByRole("row", { name: /startDate|Ngày bắt đầu/ })).toContainText("2025-03");
  const ended = page.locator('[data-action="term.end"]', { hasText: name });
  await expect(ended).toHaveCount(1);
  const endRow = ended.getByRole("row", { name: /Ngày kết thúc/ });
  await expect(endRow.getByRole("cell").nth(0)).toHaveText("(trống)");
  await expect(endRow.getByRole("cell").nth(1)).toHaveText("2025-12-31");
  await expect(ended).toContainText("Chuyển công tác");
});

test("a one-holder post refuses an overlapping term and offers to end the current holder's; a term never ends before it starts", async ({
  page,
}) => {
  const admin = createAccount("admin");
  const tag = unique();
  const board = newBoard(admin, CA_MAU, `Ban Kiểm thử chồng nhiệm kỳ ${tag}`);
  const head = postOf(board.id, "head");
  const holder = newPerson(admin, `Trưởng Ban Cũ ${tag}`);
  asAccount(admin, (tx, actor) =>
    appointToPost(tx, actor, { personId: holder.id, postId: head.id, startDate: "2023-05", sourceTitle: `Quyết định ${tag}` }),
  );
  await signIn(page, admin);

  await page.goto(`/admin/appoint?postId=${head.id}`);
  await expect(page.getByTestId("postId-chosen")).toContainText(`Trưởng ban · Ban Kiểm thử chồng nhiệm kỳ ${tag}`);
  await page.getByLabel("Họ và tên người mới").fill(`Trưởng Ban Mới ${tag}`);
  await page.getByLabel("Ngày bắt đầu").fill("01/03/2026");
  await page.getByLabel("Tiêu đề nguồn").fill(`Quyết định bổ nhiệm Trưởng ban ${tag}`);
  await page.getByRole("button", { name: "Ghi bổ nhiệm" }).click();

  const notice = page.getByTestId("overlap-notice");
  await expect(notice).toContainText("Chức vụ này đang có người giữ trong cùng thời gian");
  await expect(notice).toContainText(`Trưởng Ban Cũ ${tag}: 05/2023 – đang giữ`);
  // What was typed is still there.
  await expect(page.getByLabel("Họ và tên người mới")).toHaveValue(`Trưởng Ban Mới ${tag}`);
  await expect(page.getByLabel("Tiêu đề nguồn")).toHaveValue(`Quyết định bổ nhiệm Trưởng ban ${tag}`);
  await notice.getByLabel(/Kết thúc nhiệm kỳ của người đang giữ vào ngày 01\/03\/2026/).check();
  await page.getByRole("button", { name: "Ghi bổ nhiệm" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi bổ nhiệm." })).toBeVisible();

  const old = testDb().select().from(memberships).where(eq(memberships.personId, holder.id)).get()!;
  expect(old).toMatchObject({ endDate: "2026-03-01", endPrecision: "day" });

  // Ending the new term before it started is refused beside the field, keeping the input.
  await page.getByRole("link", { name: /Cập nhật Trưởng ban/ }).click();
  const end = page.getByTestId("end-term-form");
  await end.getByLabel("Ngày kết thúc").fill("02/2026");
  await end.getByRole("button", { name: "Kết thúc nhiệm kỳ" }).click();
  await expect(end.getByText("Ngày kết thúc không được trước ngày bắt đầu.")).toBeVisible();
  await expect(end.getByLabel("Ngày kết thúc")).toHaveValue("02/2026");
  await expect(end.getByLabel("Ngày kết thúc")).toHaveAttribute("aria-invalid", "true");
});

test("two editors on one record: the second save is refused, shows what changed, keeps the input, and saves when repeated", async ({
  browser,
}) => {
  const tag = unique();
  const first = createAccount("admin");
  const second = createAccount("admin");
  const person = newPerson(first, `Người Hai Biên Tập ${tag}`, 1975);
  const one = await signedInContext(browser, first);
  const two = await signedInContext(browser, second);
  try {
    await one.page.goto(`/admin/people/${person.id}`);
    await two.page.goto(`/admin/people/${person.id}`);
    const formOne = one.page.getByTestId("person-form");
    const formTwo = two.page.getByTestId("person-form");

    await formOne.getByLabel("Quê quán").fill("Tam Đường, Lai Châu");
    await formOne.getByRole("button", { name: "Lưu" }).click();
    await expect(formOne.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();

    await formTwo.getByLabel("Dân tộc").fill("Thái");
    await formTwo.getByRole("button", { name: "Lưu" }).click();
    const stale = formTwo.getByTestId("stale-notice");
    await expect(stale).toContainText("Bản ghi đã được người khác sửa trong lúc bạn đang sửa");
    await expect(stale).toContainText(first.actor.displayName);
    await expect(stale).toContainText("Quê quán: (trống) → Tam Đường, Lai Châu");
    await expect(formTwo.getByLabel("Dân tộc")).toHaveValue("Thái");

    // Saving again is a deliberate choice made with the change in view.
    await formTwo.getByLabel("Quê quán").fill("Tam Đường, Lai Châu");
    await formTwo.getByRole("button", { name: "Lưu" }).click();
    await expect(formTwo.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
    expect(testDb().select().from(people).where(eq(people.id, person.id)).get()).toMatchObject({
      hometown: "Tam Đường, Lai Châu",
      ethnicity: "Thái",
      version: 3,
    });
  } finally {
    await one.context.close();
    await two.context.close();
  }
});

test("a likely duplicate is flagged before it is created, and created once confirmed", async ({ page }) => {
  const admin = createAccount("admin");
  const tag = unique();
  const existing = newPerson(admin, `Đèo Văn Trùng ${tag}`, 1968);
  await signIn(page, admin);
  await page.goto("/admin/people/new");
  await page.getByLabel("Họ và tên").fill(`Deo Van Trung ${tag}`);
  await page.getByLabel("Năm sinh").fill("1968");
  await page.getByRole("button", { name: "Tạo hồ sơ" }).click();
  const notice = page.getByTestId("duplicate-notice");
  await expect(notice).toContainText("Có thể đã có người này trong danh bạ");
  await expect(notice.getByRole("link", { name: `Đèo Văn Trùng ${tag}` })).toHaveAttribute("href", `/admin/people/${existing.id}`);
  await expect(notice).toContainText("cùng năm sinh");
  await notice.getByLabel("Đây là một người khác; vẫn tạo hồ sơ mới").check();
  await page.getByRole("button", { name: "Tạo hồ sơ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã tạo hồ sơ." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Deo Van Trung ${tag}`);
});

test("a retracted term is hidden from readers but kept, with its reason, for admins", async ({ page }) => {
  const admin = createAccount("admin");
  const tag = unique();
  const board = newBoard(admin, CA_MAU, `Ban Kiểm thử rút lại ${tag}`);
  const person = newPerson(admin, `Người Ghi Nhầm ${tag}`);
  const post = postOf(board.id, "deputy_head");
  const term = asAccount(admin, (tx, actor) =>
    appointToPost(tx, actor, { personId: person.id, postId: post.id, attestedDate: "2026-01-22", sourceTitle: `Bài báo ${tag}` }),
  );
  await signIn(page, admin);
  await page.goto(`/admin/terms/${term.id}`);
  await page.getByText("Rút lại nhiệm kỳ ghi nhầm").click();
  await page.getByLabel("Lý do").last().fill("Bài báo ghi nhầm người");
  await page.getByRole("button", { name: "Rút lại" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã rút lại." })).toBeVisible();

  const row = testDb().select().from(memberships).where(eq(memberships.id, term.id)).get()!;
  expect(row.retractedReason).toBe("Bài báo ghi nhầm người");

  const slug = testDb().select().from(people).where(eq(people.id, person.id)).get()!.slug;
  const reader = await page.context().browser()!.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/people/${slug}`);
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(`Người Ghi Nhầm ${tag}`);
  await expect(readerPage.locator("main")).not.toContainText("Phó Trưởng ban");
  await reader.close();

  await page.goto(`/admin/people/${person.id}`);
  const terms = page.getByTestId("admin-terms");
  await expect(terms).toContainText("Đã rút lại");
  await expect(terms).toContainText("Lý do rút lại: Bài báo ghi nhầm người");
  await expect(page.getByTestId("change-history")).toContainText("Rút lại nhiệm kỳ");
});

test("server actions and the sign-out route re-check the session, the scope and the origin over HTTP", async ({ browser, request }) => {
  const tag = unique();
  const admin = createAccount("admin");
  const board = newBoard(admin, CA_MAU, `Ban Kiểm thử phân quyền ${tag}`);
  const inside = createAccount("editor", CA_MAU);
  const outside = createAccount("editor", "uy-ban-mttq-viet-nam-thanh-pho-ha-noi");
  const person = newPerson(admin, `Người Phân Quyền ${tag}`);
  const post = postOf(board.id, "deputy_head");
  const term = asAccount(admin, (tx, actor) =>
    appointToPost(tx, actor, { personId: person.id, postId: post.id, startDate: "2025", sourceTitle: `Quyết định ${tag}` }),
  );
  const unchanged = () =>
    expect(testDb().select().from(memberships).where(eq(memberships.id, term.id)).get()).toMatchObject({ endDate: null, version: 1 });

  const { context, page } = await signedInContext(browser, inside);
  const outsider = await signedInContext(browser, outside);
  try {
    await page.goto(`/admin/terms/${term.id}`);
    const end = page.getByTestId("end-term-form");
    await end.getByLabel("Ngày kết thúc").fill("2026");

    // The same form posted with an outside editor's session: refused, nothing written.
    const outsiderCookies = await outsider.context.cookies();
    await context.clearCookies();
    await context.addCookies(outsiderCookies);
    await end.getByRole("button", { name: "Kết thúc nhiệm kỳ" }).click();
    await expect(end.getByRole("alert").first()).toHaveText("Bạn không có quyền thay đổi bản ghi này (ngoài phạm vi được giao).");
    unchanged();

    // With no session at all: refused, the input kept.
    await context.clearCookies();
    await end.getByRole("button", { name: "Kết thúc nhiệm kỳ" }).click();
    await expect(end.getByRole("alert").first()).toContainText("Bạn cần đăng nhập lại để lưu.");
    await expect(end.getByLabel("Ngày kết thúc")).toHaveValue("2026");
    unchanged();

    // Replayed from another origin, the action is refused by Next's own check before it runs.
    await signIn(page, inside);
    await page.goto(`/admin/terms/${term.id}`);
    let replay: { headers: Record<string, string>; body: Buffer } | undefined;
    await page.route(`**/admin/terms/${term.id}`, async (route) => {
      const request = route.request();
      if (request.method() === "POST") replay = { headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    });
    await page.getByTestId("end-term-form").getByLabel("Ngày kết thúc").fill("2026");
    await page.getByTestId("end-term-form").getByRole("button", { name: "Kết thúc nhiệm kỳ" }).click();
    await expect.poll(() => replay).toBeDefined();
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const { "content-length": _length, host: _host, ...replayHeaders } = replay!.headers;
    const forged = await request.post(`/admin/terms/${term.id}`, {
      headers: { ...replayHeaders, cookie, origin: "https://evil.example" },
      data: replay!.body,
      maxRedirects: 0,
    });
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    unchanged();

    // Signing out is a route handler: it refuses a foreign origin, and revokes the session otherwise.
    const foreign = await request.post("/api/admin/logout", {
      headers: { cookie, origin: "https://evil.example" },
      form: { locale: "vi" },
      maxRedirects: 0,
    });
    expect(foreign.status()).toBe(403);
    await page.unroute(`**/admin/terms/${term.id}`);
    await page.goto("/admin");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Bạn đã đăng xuất." })).toBeVisible();
    await page.goto("/admin/people");
    await expect(page).toHaveURL(/\/admin\/login$/);
  } finally {
    await context.close();
    await outsider.context.close();
  }
});

test("sign-in: a wrong password is refused with a clear message; the cookie is __Host-, Secure, HttpOnly and SameSite=Lax", async ({
  page,
}) => {
  const editor = createAccount("editor", CA_MAU);
  await page.goto("/admin/login");
  await page.getByLabel("Tên đăng nhập").fill(editor.username);
  await page.getByLabel("Mật khẩu").fill("not the password");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." })).toBeVisible();
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue(editor.username);

  await page.getByLabel("Mật khẩu").fill(editor.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
  const session = (await page.context().cookies()).find((cookie) => cookie.name === "__Host-mttq_session")!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true, path: "/" });
  // Editors do not see the accounts page at all.
  await expect(page.getByRole("link", { name: "Tài khoản", exact: true })).toHaveCount(0);
  expect((await page.goto("/admin/users"))?.status()).toBe(404);
});

test("a photo is resized, stripped and served under a checked name", async ({ page, request }) => {
  const admin = createAccount("admin");
  const person = newPerson(admin, `Người Có Ảnh ${unique()}`);
  await signIn(page, admin);
  await page.goto(`/admin/people/${person.id}`);
  // A 1×1 PNG.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  await page.getByLabel("Tệp ảnh").setInputFiles({ name: "anh.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Tải ảnh lên" }).click();
  await expect(page.getByText("Đã cập nhật ảnh.")).toBeVisible();
  const photoPath = testDb().select().from(people).where(eq(people.id, person.id)).get()!.photoPath!;
  expect(photoPath).toMatch(/^[0-9a-f]{32}\.webp$/);
  const served = await request.get(`/api/photos/${photoPath}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  for (const bad of ["..%2F..%2Fetc%2Fpasswd", "x.webp", `${photoPath.slice(0, 32)}.png`])
    expect((await request.get(`/api/photos/${bad}`)).status()).toBe(404);
});

test("public and admin pages pass the Content-Security-Policy with no violation and carry the security headers", async ({ page }) => {
  const admin = createAccount("admin");
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const problems = watchForProblems(page);
  page.on("console", (message) => {
    if (message.text().startsWith("CSP violation")) violations.push(message.text());
  });
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");

  for (const path of ["/", LAI_CHAU, "/people/tong-thanh-binh", "/en", `/en${LAI_CHAU}`, "/admin/login"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await signIn(page, admin);
  for (const path of [
    "/admin",
    "/admin/appoint",
    "/admin/people",
    "/admin/organizations",
    "/admin/audit",
    "/admin/users",
    "/admin/account",
    "/en/admin",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The pickers fetch from the page: connect-src must allow it.
  await page.goto("/admin/appoint");
  await pick(page, "Tìm chức vụ", "chủ tịch lai châu", /Ủy ban MTTQ Việt Nam tỉnh Lai Châu/);
  expect(violations).toEqual([]);
  expect(problems.filter((text) => /Content.Security.Policy|Refused to|CSP/i.test(text))).toEqual([]);
});
