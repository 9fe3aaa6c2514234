/**
 * The count the page cache (server/page-cache.ts) checks on every request: any
 * write to a record public pages show moves it, seen from another connection
 * (another server process) at once; writes readers never see (sessions, the
 * audit) and rolled-back writes leave it.
 */
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { inTransaction, openDatabase, type Db } from "@/db/client";
import { auditLog, memberships, organizations, people, publicDataVersion, sessions, users } from "@/db/schema";
import { tempDatabase } from "../helpers/db";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((close) => close()));

const version = (db: Db) => db.select().from(publicDataVersion).get()!.version;

function twoConnections() {
  const t = tempDatabase();
  const other = openDatabase(t.file);
  cleanups.push(() => other.$client.close(), t.close);
  return { writer: t.db, reader: other };
}

describe("public_data_version", () => {
  it("moves with every write to people, organisations and terms, as another connection sees it", () => {
    const { writer, reader } = twoConnections();
    const start = version(reader);
    expect(start).toBeGreaterThan(0); // the seed wrote records

    const person = writer.select().from(people).get()!;
    writer.update(people).set({ hometown: "Lai Châu" }).where(eq(people.id, person.id)).run();
    expect(version(reader)).toBe(start + 1);

    const organization = writer.select().from(organizations).get()!;
    writer
      .update(organizations)
      .set({ nameEn: `${organization.nameEn ?? ""} (renamed)` })
      .where(eq(organizations.id, organization.id))
      .run();
    const term = writer.select().from(memberships).get()!;
    writer.update(memberships).set({ updatedAt: new Date().toISOString() }).where(eq(memberships.id, term.id)).run();
    expect(version(reader)).toBe(start + 3);
  });

  it("stays for sessions, the audit and a transaction that rolled back", () => {
    const { writer, reader } = twoConnections();
    const start = version(reader);
    const user = writer
      .insert(users)
      .values({ username: "kiem-thu", displayName: "Kiểm thử", passwordHash: "x", role: "admin" })
      .returning()
      .get();
    writer.insert(sessions).values({ id: "hash", userId: user.id, stage: "full", expiresAt: "2999-01-01T00:00:00.000Z" }).run();
    writer.insert(auditLog).values({ userId: user.id, action: "test", entityType: "user", entityId: user.id }).run();
    expect(() =>
      inTransaction(writer, (tx) => {
        tx.update(people).set({ hometown: "Không lưu" }).run();
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(version(reader)).toBe(start);
    expect(writer.get<{ n: number }>(sql`SELECT count(*) AS n FROM people WHERE hometown = 'Không lưu'`)!.n).toBe(0);
  });
});
