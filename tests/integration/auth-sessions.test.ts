/** Sign-in, its throttle, sessions and the first administrator, against real SQLite files. */
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { inTransaction } from "@/db/client";
import { insertUser } from "@/db/mutations/users";
import { sessions, users } from "@/db/schema";
import { ensureFirstAdmin } from "@/db/auth/first-admin";
import { verifyPassword } from "@/lib/auth/password";
import { SESSION_TTL_MS, createSession, hashToken, resolveSession, revokeSession, revokeUserSessions } from "@/db/auth/sessions";
import { signIn } from "@/db/auth/sign-in";
import { MAX_FAILURES, WINDOW_MS } from "@/db/auth/throttle";
import { tempDatabase } from "../helpers/db";

const PASSWORD = "correct horse battery staple";
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((close) => close()));

function setup() {
  const t = tempDatabase({ seed: false });
  cleanups.push(t.close);
  for (const username of ["lan", "minh"])
    inTransaction(t.db, (tx) => insertUser(tx, null, { username, displayName: username, password: PASSWORD, role: "admin" }));
  return t.db;
}

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 25, 8, 0) + minutes * 60_000);

describe("signing in", () => {
  it("opens a session for the right password, stores only the token's hash, and never says whether an account exists", async () => {
    const db = setup();
    const ok = await signIn(db, { username: " LAN ", password: PASSWORD, clientKey: "1.1.1.1" });
    if (!ok.ok) expect.fail("sign-in failed");
    expect(db.select().from(sessions).where(eq(sessions.id, ok.token)).get()).toBeUndefined();
    expect(
      db
        .select()
        .from(sessions)
        .where(eq(sessions.id, hashToken(ok.token)))
        .get(),
    ).toBeDefined();
    expect(resolveSession(db, ok.token)).toMatchObject({ username: "lan", role: "admin" });

    expect(await signIn(db, { username: "lan", password: "wrong password", clientKey: "1.1.1.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signIn(db, { username: "nobody", password: PASSWORD, clientKey: "1.1.1.1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("stores passwords as argon2id hashes", async () => {
    const db = setup();
    const hash = db.select().from(users).where(eq(users.username, "lan")).get()!.passwordHash;
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
  });
});

describe("the throttle", () => {
  it(`refuses an account after ${MAX_FAILURES} failures in 15 minutes, even with the right password, until the window passes`, async () => {
    const db = setup();
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      expect((await signIn(db, { username: "lan", password: "nope", clientKey: `10.0.0.${i}` }, at(i))).ok).toBe(false);
    const fifth = await signIn(db, { username: "lan", password: "nope", clientKey: "10.0.0.9" }, at(4));
    expect(fifth).toEqual({ ok: false, reason: "throttled", retryAt: new Date(at(0).getTime() + WINDOW_MS) });
    // From yet another client, with the right password: still refused.
    expect(await signIn(db, { username: "lan", password: PASSWORD, clientKey: "10.0.1.1" }, at(10))).toMatchObject({ reason: "throttled" });
    // Other accounts are not affected.
    expect((await signIn(db, { username: "minh", password: PASSWORD, clientKey: "10.0.1.1" }, at(10))).ok).toBe(true);
    // Once the first failure is 15 minutes old, the account may try again.
    expect((await signIn(db, { username: "lan", password: PASSWORD, clientKey: "10.0.1.1" }, at(15))).ok).toBe(true);
  });

  it(`refuses a client after ${MAX_FAILURES} failures across accounts`, async () => {
    const db = setup();
    for (let i = 0; i < MAX_FAILURES; i++) await signIn(db, { username: `guess${i}`, password: "nope", clientKey: "6.6.6.6" }, at(i));
    expect(await signIn(db, { username: "lan", password: PASSWORD, clientKey: "6.6.6.6" }, at(6))).toMatchObject({ reason: "throttled" });
    expect((await signIn(db, { username: "lan", password: PASSWORD, clientKey: "7.7.7.7" }, at(6))).ok).toBe(true);
  });

  it("forgets an account's failures once its owner signs in, but not a client's", async () => {
    const db = setup();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await signIn(db, { username: "lan", password: "nope", clientKey: "8.8.8.8" }, at(i));
    expect((await signIn(db, { username: "lan", password: PASSWORD, clientKey: "9.9.9.9" }, at(5))).ok).toBe(true);
    expect(await signIn(db, { username: "lan", password: "nope", clientKey: "9.9.9.10" }, at(6))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(db, { username: "minh", password: "nope", clientKey: "8.8.8.8" }, at(7))).toMatchObject({ reason: "throttled" });
  });
});

describe("sessions", () => {
  it("expire", () => {
    const db = setup();
    const lan = db.select().from(users).where(eq(users.username, "lan")).get()!;
    const { token } = createSession(db, lan.id, "test", at(0));
    expect(resolveSession(db, token, at(1))).not.toBeNull();
    expect(resolveSession(db, token, new Date(at(0).getTime() + SESSION_TTL_MS))).toBeNull();
  });

  it("end on sign-out, on revocation of all of a user's sessions, and when the account is disabled", () => {
    const db = setup();
    const lan = db.select().from(users).where(eq(users.username, "lan")).get()!;
    const one = createSession(db, lan.id).token;
    const two = createSession(db, lan.id).token;
    const three = createSession(db, lan.id).token;
    revokeSession(db, one);
    expect(resolveSession(db, one)).toBeNull();
    expect(resolveSession(db, two)).not.toBeNull();
    expect(revokeUserSessions(db, lan.id)).toBe(2);
    expect(resolveSession(db, two)).toBeNull();
    expect(resolveSession(db, three)).toBeNull();
    const four = createSession(db, lan.id).token;
    db.update(users).set({ disabledAt: new Date().toISOString() }).where(eq(users.id, lan.id)).run();
    expect(resolveSession(db, four)).toBeNull();
  });

  it("ignore tokens that are missing, malformed or unknown", () => {
    const db = setup();
    for (const token of [undefined, null, "", "x".repeat(500), "not-a-token"]) expect(resolveSession(db, token)).toBeNull();
  });
});

describe("the first administrator", () => {
  it("is created once, with a random password printed once, that signs in", async () => {
    const { db } = (() => {
      const t = tempDatabase({ seed: false });
      cleanups.push(t.close);
      return t;
    })();
    const lines: string[] = [];
    expect(ensureFirstAdmin(db, { loginUrl: "http://localhost:3000/admin/login", log: (line) => lines.push(line) })).toBe(true);
    const printed = lines.join("\n");
    expect(printed).toContain("http://localhost:3000/admin/login");
    expect(printed).toContain("npm run admin:reset-password");
    const password = /Password:\s+(\S+)/.exec(printed)![1];
    expect(password).toHaveLength(20);
    expect((await signIn(db, { username: "admin", password, clientKey: "c" })).ok).toBe(true);

    const again: string[] = [];
    expect(ensureFirstAdmin(db, { loginUrl: "x", log: (line) => again.push(line) })).toBe(false);
    expect(again).toEqual([]);
  });

  it("takes ADMIN_INITIAL_PASSWORD when an operator gives one, and does not print it", async () => {
    const t = tempDatabase({ seed: false });
    cleanups.push(t.close);
    const lines: string[] = [];
    ensureFirstAdmin(t.db, { initialPassword: "operator-chosen-password", loginUrl: "u", log: (line) => lines.push(line) });
    expect(lines.join("\n")).not.toContain("operator-chosen-password");
    expect((await signIn(t.db, { username: "admin", password: "operator-chosen-password", clientKey: "c" })).ok).toBe(true);
  });
});
