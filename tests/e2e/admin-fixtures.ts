/**
 * Accounts and records of the admin browser tests. They are made directly in
 * the test server's database (a second connection; SQLite's WAL lets both
 * write), each with a unique name, because the specs share one server and run
 * in parallel: nothing here touches a record another spec reads.
 */
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { inTransaction, openDatabase, type Db } from "../../db/client";
import { createOrganization, createPerson } from "../../db/mutations";
import { insertUser } from "../../db/mutations/users";
import { organizations, posts, users } from "../../db/schema";
import type { Actor } from "../../db/auth/sessions";
import { E2E_DATABASE } from "../../playwright.config";

let db: Db | undefined;
export function testDb(): Db {
  return (db ??= openDatabase(E2E_DATABASE));
}

export const unique = () => crypto.randomBytes(3).toString("hex");

export interface Account {
  id: number;
  username: string;
  password: string;
  actor: Actor;
}

export function createAccount(role: "admin" | "editor", scopeSlug?: string): Account {
  const username = `e2e-${role}-${unique()}`;
  const password = `pw-${crypto.randomBytes(9).toString("hex")}`;
  const scope = scopeSlug ? testDb().select().from(organizations).where(eq(organizations.slug, scopeSlug)).get()!.id : undefined;
  const user = inTransaction(testDb(), (tx) =>
    insertUser(tx, null, { username, displayName: `E2E ${role} ${username.slice(-6)}`, password, role, scopeOrganizationId: scope }),
  );
  return {
    id: user.id,
    username,
    password,
    actor: { id: user.id, username, displayName: user.displayName, role, scopeOrganizationId: user.scopeOrganizationId },
  };
}

export function userRow(id: number) {
  return testDb().select().from(users).where(eq(users.id, id)).get()!;
}

/** Runs a write as `account`, the way the server does, to set a scene quickly. */
export function asAccount<O>(account: Account, write: (tx: Db, actor: Actor) => O): O {
  return inTransaction(testDb(), (tx) => write(tx, account.actor));
}

export function newPerson(account: Account, fullName: string, birthYear?: number) {
  return asAccount(account, (tx, actor) => createPerson(tx, actor, { fullName, birthYear, confirmNotDuplicate: true }));
}

export function postOf(organizationId: number, roleKey: string) {
  return testDb()
    .select()
    .from(posts)
    .where(and(eq(posts.organizationId, organizationId), eq(posts.roleKey, roleKey)))
    .get()!;
}

/** A board of its own under a province's committee, so its posts are the test's alone. */
export function newBoard(account: Account, parentSlug: string, name: string) {
  const parent = testDb().select().from(organizations).where(eq(organizations.slug, parentSlug)).get()!;
  return asAccount(account, (tx, actor) => createOrganization(tx, actor, { parentId: parent.id, name, kind: "board" }));
}

export async function signIn(page: Page, account: Account, path = "/admin/login") {
  await page.goto(path);
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
}

export async function signedInContext(browser: Browser, account: Account): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

/** Picks a record in one of the admin's search pickers. */
export async function pick(page: Page, label: string | RegExp, query: string, option: string | RegExp) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(query);
  await page.getByRole("option", { name: option }).first().click();
}

/** Console errors and CSP violations of a page, collected from its start. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}
