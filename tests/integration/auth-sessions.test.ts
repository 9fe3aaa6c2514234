/** Sign-in, its throttle, sessions and the first administrator, against real SQLite files. */
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { inTransaction, type Db } from "@/db/client";
import { insertUser } from "@/db/mutations/users";
import { sessions, users } from "@/db/schema";
import { ensureFirstAdmin } from "@/db/auth/first-admin";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, hashToken, resolveSession, revokeSession, revokeUserSessions, sessionLimits } from "@/db/auth/sessions";
import { completeSignIn, enableSecondFactor, pendingTotpSecret, signIn } from "@/db/auth/sign-in";
import {
  FIRST_DELAY_SECONDS,
  MAX_ACCOUNT_CLIENT_FAILURES,
  MAX_CLIENT_FAILURES,
  MAX_CODE_FAILURES,
  WINDOW_SECONDS,
} from "@/db/auth/throttle";
import { currentTotp, newTotpSecret } from "@/lib/auth/second-factor";
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
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: at(0) }));
  afterEach(() => vi.useRealTimers());
  const minutes = (n: number) => vi.setSystemTime(at(n));
  const failedChecks = (db: Db) =>
    db.$client.prepare("SELECT count(*) FROM audit_log WHERE action = 'user.sign_in_failed'").pluck().get() as number;

  it(`checks at most ${MAX_ACCOUNT_CLIENT_FAILURES} of 40 parallel guesses from one client, so the right one among them does not get in`, async () => {
    const db = setup();
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 37 ? PASSWORD : `guess number ${i}`));
    const results = await Promise.all(guesses.map((password) => signIn(db, { username: "lan", password, clientKey: "5.5.5.5" })));
    expect(results.filter((result) => result.ok)).toHaveLength(0);
    expect(results.filter((result) => !result.ok && result.reason === "invalid").length).toBeLessThanOrEqual(MAX_ACCOUNT_CLIENT_FAILURES);
    expect(failedChecks(db)).toBeLessThanOrEqual(MAX_ACCOUNT_CLIENT_FAILURES);
    expect(results.at(37)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it(`refuses an account from a client after ${MAX_ACCOUNT_CLIENT_FAILURES} failures, even with the right password, until the window passes`, async () => {
    const db = setup();
    for (let i = 0; i < MAX_ACCOUNT_CLIENT_FAILURES; i++)
      expect(await signIn(db, { username: "lan", password: "nope", clientKey: "10.0.0.1" })).toEqual({ ok: false, reason: "invalid" });
    const refused = await signIn(db, { username: "lan", password: PASSWORD, clientKey: "10.0.0.1" });
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    if (refused.ok || refused.reason !== "throttled") return;
    expect(refused.retryAt.getTime()).toBeGreaterThan(at(0).getTime());
    // Other accounts are not affected.
    expect((await signIn(db, { username: "minh", password: PASSWORD, clientKey: "10.0.0.1" })).ok).toBe(true);
    minutes(WINDOW_SECONDS / 60 + 1);
    expect((await signIn(db, { username: "lan", password: PASSWORD, clientKey: "10.0.0.1" })).ok).toBe(true);
  });

  it("never locks the owner out: guesses from many clients slow those clients, while a client that has not failed signs in", async () => {
    const db = setup();
    // Someone guesses at "lan" from 12 addresses, each once.
    for (let i = 0; i < 12; i++) await signIn(db, { username: "lan", password: "nope", clientKey: `66.0.0.${i}` });
    // Those clients must now wait before guessing again…
    expect(await signIn(db, { username: "lan", password: "nope", clientKey: "66.0.0.3" })).toMatchObject({ reason: "throttled" });
    // …with a delay that grew with every failure past the fifth (30 s, doubled seven times, capped at the window).
    const retry = await signIn(db, { username: "lan", password: PASSWORD, clientKey: "66.0.0.3" });
    if (retry.ok || retry.reason !== "throttled") expect.fail(JSON.stringify(retry));
    expect(retry.retryAt.getTime() - Date.now()).toBeGreaterThan(FIRST_DELAY_SECONDS * 1000 * 2 ** 4);
    expect(retry.retryAt.getTime() - Date.now()).toBeLessThanOrEqual(WINDOW_SECONDS * 1000);
    // The owner, on a client that has not been failing, gets in with the right password.
    expect((await signIn(db, { username: "lan", password: PASSWORD, clientKey: "192.0.2.10" })).ok).toBe(true);
    // Their success clears the account's count: the guessers' clients may try again.
    expect(await signIn(db, { username: "lan", password: "nope", clientKey: "66.0.0.3" })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`refuses a client after ${MAX_CLIENT_FAILURES} failures across accounts, and a success does not clear it`, async () => {
    const db = setup();
    for (let i = 0; i < MAX_CLIENT_FAILURES - 1; i++) await signIn(db, { username: `guess${i}`, password: "nope", clientKey: "6.6.6.6" });
    expect((await signIn(db, { username: "lan", password: PASSWORD, clientKey: "6.6.6.6" })).ok).toBe(true);
    await signIn(db, { username: "guess-last", password: "nope", clientKey: "6.6.6.6" });
    expect(await signIn(db, { username: "minh", password: PASSWORD, clientKey: "6.6.6.6" })).toMatchObject({ reason: "throttled" });
    expect((await signIn(db, { username: "minh", password: PASSWORD, clientKey: "7.7.7.7" })).ok).toBe(true);
  });

  it("audits every checked sign-in, right or wrong, and never one it refused unchecked", async () => {
    const db = setup();
    await signIn(db, { username: "lan", password: "nope", clientKey: "9.9.9.9" });
    await signIn(db, { username: "nobody", password: "nope", clientKey: "9.9.9.9" });
    await signIn(db, { username: "lan", password: PASSWORD, clientKey: "9.9.9.9" });
    const entries = db.$client
      .prepare("SELECT action, entity_type AS type, after FROM audit_log WHERE action LIKE 'user.sign_in%' ORDER BY id")
      .all();
    expect(entries.map((entry) => (entry as { action: string }).action)).toEqual([
      "user.sign_in_failed",
      "user.sign_in_failed",
      "user.sign_in",
    ]);
    expect(JSON.parse((entries[1] as { after: string }).after)).toMatchObject({ username: "nobody", client: "9.9.9.9" });
  });
});

describe("two-factor sign-in", () => {
  const enable = (db: Db, username: string) => {
    const user = db.select().from(users).where(eq(users.username, username)).get()!;
    const secret = newTotpSecret();
    const codes = inTransaction(db, (tx) => enableSecondFactor(tx, user, secret, 0, new Date()));
    return { user, secret, codes };
  };

  it("asks for a code after the password; a right code opens a full session, a used or wrong one does not", async () => {
    const db = setup();
    const { secret } = enable(db, "lan");
    const first = await signIn(db, { username: "lan", password: PASSWORD, clientKey: "c" });
    if (!first.ok) expect.fail("password refused");
    expect(first.stage).toBe("second_factor");
    // The waiting session is not a sign-in.
    expect(resolveSession(db, first.token)).toBeNull();
    expect(await completeSignIn(db, { pendingToken: first.token, code: "000000", clientKey: "c" })).toMatchObject({ ok: false });
    const code = currentTotp(secret);
    const done = await completeSignIn(db, { pendingToken: first.token, code, clientKey: "c" });
    if (!done.ok) expect.fail(JSON.stringify(done));
    expect(resolveSession(db, done.token)).toMatchObject({ username: "lan" });
    // The same code cannot sign in again.
    const again = await signIn(db, { username: "lan", password: PASSWORD, clientKey: "c" });
    if (!again.ok) expect.fail("password refused");
    expect(await completeSignIn(db, { pendingToken: again.token, code, clientKey: "c" })).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("takes each recovery code once, and stops taking codes after five wrong ones", async () => {
    const db = setup();
    const { codes } = enable(db, "lan");
    const pending = async () => {
      const result = await signIn(db, { username: "lan", password: PASSWORD, clientKey: "c" });
      if (!result.ok) expect.fail("password refused");
      return result.token;
    };
    expect((await completeSignIn(db, { pendingToken: await pending(), code: codes[0].toUpperCase(), clientKey: "c" })).ok).toBe(true);
    expect(await completeSignIn(db, { pendingToken: await pending(), code: codes[0], clientKey: "c" })).toMatchObject({ ok: false });
    const token = await pending();
    for (let i = 0; i < MAX_CODE_FAILURES - 1; i++) await completeSignIn(db, { pendingToken: token, code: "123456", clientKey: "c" });
    expect(await completeSignIn(db, { pendingToken: token, code: codes[1], clientKey: "c" })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  it("makes an account that must use a second factor set one up before it is signed in", async () => {
    const db = setup();
    db.update(users).set({ totpRequired: true }).where(eq(users.username, "minh")).run();
    const first = await signIn(db, { username: "minh", password: PASSWORD, clientKey: "c" });
    if (!first.ok) expect.fail("password refused");
    expect(first.stage).toBe("enroll");
    const shown = pendingTotpSecret(db, first.token)!;
    expect(shown.username).toBe("minh");
    const done = await completeSignIn(db, { pendingToken: first.token, code: currentTotp(shown.secret), clientKey: "c" });
    if (!done.ok) expect.fail(JSON.stringify(done));
    expect(done.recoveryCodes).toHaveLength(10);
    expect(db.select().from(users).where(eq(users.username, "minh")).get()!.totpSecret).toBe(shown.secret);
  });
});

describe("sessions", () => {
  afterEach(() => vi.useRealTimers());

  it("expire after their absolute lifetime, and after sitting unused", () => {
    const db = setup();
    const lan = db.select().from(users).where(eq(users.username, "lan")).get()!;
    const { maxMs, idleMs } = sessionLimits();
    const { token } = createSession(db, lan.id, "test", at(0));
    // Used every few minutes, it lasts until its absolute end…
    for (let t = 0; t < maxMs - idleMs; t += idleMs / 2) expect(resolveSession(db, token, new Date(at(0).getTime() + t))).not.toBeNull();
    expect(resolveSession(db, token, new Date(at(0).getTime() + maxMs))).toBeNull();
    // …and left alone, it ends after the idle time.
    const idle = createSession(db, lan.id, "test", at(0)).token;
    expect(resolveSession(db, idle, new Date(at(0).getTime() + idleMs - 1000))).not.toBeNull();
    expect(resolveSession(db, idle, new Date(at(0).getTime() + 2 * idleMs))).toBeNull();
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
