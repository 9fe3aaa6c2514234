/**
 * What the admin reveals to whom, a busy database, and backups: against real
 * SQLite files, through the functions the pages and commands use.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSession } from "@/db/auth/sessions";
import { backupDatabase, checkBackup, countEdits, listBackups, restoreDatabase } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { createPerson, executeMutation, updatePerson, updateUser } from "@/db/mutations";
import { listAudit } from "@/db/queries/audit";
import { people } from "@/db/schema";
import { HA_NOI, buildTemplate, removeTemplate, world, type World } from "./admin-fixtures";

let template: ReturnType<typeof buildTemplate>;
beforeAll(() => {
  template = buildTemplate();
});
afterAll(() => removeTemplate(template));

const actor = (w: World, who: "inside" | "outside" | "admin") => resolveSession(w.db, w.tokens[who])!;

describe("the audit log, by who reads it", () => {
  it("shows editors only entries about records in their scope, and never about accounts", () => {
    const w = world(template);
    try {
      const kieuAnh = w.person("Hoàng Kiều Anh");
      expect(
        w.run("inside", updatePerson, { id: kieuAnh.id, version: kieuAnh.version, fullName: kieuAnh.fullName, birthYear: 1979 }).ok,
      ).toBe(true);
      expect(w.run("outside", createPerson, { fullName: "Nguyễn Văn Hà Nội", birthYear: 1970 }).ok).toBe(true);
      const form = {
        id: w.userIds.outside,
        displayName: "Hà Nội",
        role: "editor" as const,
        scopeOrganizationId: w.organization(HA_NOI).id,
      };
      expect(w.run("admin", updateUser, { ...form, version: 1, disabled: true }).ok).toBe(true);

      const seenBy = (who: "inside" | "outside" | "admin") => listAudit(w.db, actor(w, who), {}).map((entry) => entry.action);
      expect(seenBy("admin")).toEqual(expect.arrayContaining(["user.update", "person.update", "person.create", "user.create"]));
      const inside = listAudit(w.db, actor(w, "inside"), {});
      expect(inside.map((entry) => entry.action)).toContain("person.update");
      expect(inside.some((entry) => entry.entityType === "user")).toBe(false);
      // The Hà Nội editor's new person is not in Lai Châu's view.
      expect(inside.some((entry) => entry.label === "Nguyễn Văn Hà Nội")).toBe(false);
      // Filtering by record type does not open accounts up either.
      expect(listAudit(w.db, actor(w, "inside"), { entityType: "user" })).toEqual([]);
    } finally {
      w.close();
    }
  });
});

describe("a busy database", () => {
  it("refuses a write with 'busy' and writes nothing, instead of throwing", () => {
    const w = world(template);
    const blocker = new Database(w.file);
    try {
      w.db.$client.pragma("busy_timeout = 50");
      blocker.prepare("BEGIN IMMEDIATE").run();
      const kieuAnh = w.person("Hoàng Kiều Anh");
      const result = executeMutation(w.db, w.tokens.inside, updatePerson, {
        id: kieuAnh.id,
        version: kieuAnh.version,
        fullName: "Đổi Tên",
      });
      expect(result).toEqual({ ok: false, code: "busy", details: {} });
      blocker.prepare("ROLLBACK").run();
      expect(w.db.select().from(people).where(eq(people.id, kieuAnh.id)).get()!.fullName).toBe(kieuAnh.fullName);
    } finally {
      blocker.close();
      w.close();
    }
  });
});

describe("backups", () => {
  it("copies a consistent database while it is open, keeps BACKUP_KEEP, restores only a checked file, and keeps the one it replaced", async () => {
    const w = world(template);
    const dir = path.join(path.dirname(w.file), "backups");
    process.env.BACKUP_DIR = dir;
    try {
      const before = w.person("Hoàng Kiều Anh");
      const first = await backupDatabase(w.db, { now: new Date("2026-01-01T00:00:00Z"), keep: 2 });
      expect(checkBackup(first.file)).toMatchObject({ ok: true });
      const kept = path.join(path.dirname(w.file), "first.db");
      fs.copyFileSync(first.file, kept);
      expect(w.run("inside", updatePerson, { id: before.id, version: before.version, fullName: "Tên Sau Sao Lưu" }).ok).toBe(true);
      await backupDatabase(w.db, { now: new Date("2026-01-02T00:00:00Z"), keep: 2 });
      await backupDatabase(w.db, { now: new Date("2026-01-03T00:00:00Z"), keep: 2 });
      expect(listBackups(dir).map((file) => path.basename(file))).toEqual(["mttq-20260102T000000000Z.db", "mttq-20260103T000000000Z.db"]);

      // A damaged file and a file of another kind are refused, and the live database is untouched.
      const damaged = path.join(dir, "damaged.db");
      fs.writeFileSync(damaged, Buffer.concat([fs.readFileSync(kept).subarray(0, 8192), Buffer.alloc(8192, 7)]));
      expect(await restoreDatabase(damaged, w.file)).toMatchObject({ ok: false });
      const foreign = path.join(dir, "foreign.db");
      new Database(foreign).exec("CREATE TABLE t (x)").close();
      expect(await restoreDatabase(foreign, w.file)).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/not a directory database/),
      });
      expect(w.person("Tên Sau Sao Lưu")).toBeDefined();

      // The first backup, restored: the database is as it was then.
      w.db.$client.close();
      const restored = await restoreDatabase(kept, w.file);
      expect(restored).toMatchObject({ ok: true });
      const reopened = openDatabase(w.file);
      expect(reopened.select().from(people).where(eq(people.id, before.id)).get()!.fullName).toBe(before.fullName);
      if (restored.ok) expect(checkBackup(restored.safetyCopy!)).toMatchObject({ ok: true });
      reopened.$client.close();
      w.db = openDatabase(w.file);
    } finally {
      delete process.env.BACKUP_DIR;
      w.close();
    }
  });

  it("counts the edits db:reset would lose: none on a fresh database, some after a write", () => {
    const w = world(template);
    try {
      // The template's accounts were made on the command line: those count, as accounts would be lost.
      const baseline = countEdits(w.db);
      const kieuAnh = w.person("Hoàng Kiều Anh");
      w.run("inside", updatePerson, { id: kieuAnh.id, version: kieuAnh.version, fullName: kieuAnh.fullName, birthYear: 1979 });
      expect(countEdits(w.db)).toBe(baseline + 1);
    } finally {
      w.close();
    }
  });
});
