/** Undo from the audit log (db/mutations/revert.ts), against real SQLite files. */
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointToPost, endTerm, revertChange, updatePerson } from "@/db/mutations";
import { auditLog, memberships, people } from "@/db/schema";
import { LAI_CHAU, buildTemplate, removeTemplate, world, type World } from "./admin-fixtures";

let template: ReturnType<typeof buildTemplate>;
beforeAll(() => {
  template = buildTemplate();
});
afterAll(() => removeTemplate(template));

const SOURCE = { sourceTitle: "Báo Lai Châu: kiện toàn nhân sự", sourceDate: "2026-03-02" };
const lastEntry = (w: World) => w.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()!;
const outcome = (result: { ok: boolean; code?: string }) => (result.ok ? "ok" : result.code);

describe("reverting a change", () => {
  it("puts a person's earlier values back as a new audited write, and cannot be done twice", () => {
    const w = world(template);
    try {
      const before = w.person("Hoàng Kiều Anh");
      expect(w.run("inside", updatePerson, { id: before.id, version: before.version, fullName: "Tên Sai", birthYear: 1900 }).ok).toBe(true);
      const change = lastEntry(w);
      expect(outcome(w.run("admin", revertChange, { id: change.id, reason: "Sửa nhầm" }))).toBe("ok");
      const now = w.db.select().from(people).where(eq(people.id, before.id)).get()!;
      expect(now).toMatchObject({ fullName: before.fullName, birthYear: before.birthYear, version: before.version + 2 });
      expect(lastEntry(w)).toMatchObject({ action: "person.revert", entityId: before.id, reason: `#${change.id}: Sửa nhầm` });
      // The revert is itself a later change: the same entry cannot be reverted again.
      const again = w.run("admin", revertChange, { id: change.id, reason: "Lần nữa" });
      expect(outcome(again)).toBe("stale");
      if (!again.ok) expect(again.details.changes?.map((c) => c.action)).toEqual(["person.revert"]);
    } finally {
      w.close();
    }
  });

  it("refuses when later changes depend on it, listing them", () => {
    const w = world(template);
    try {
      const p = () => w.person("Hoàng Kiều Anh");
      w.run("inside", updatePerson, { id: p().id, version: p().version, fullName: p().fullName, birthYear: 1979 });
      const first = lastEntry(w);
      w.run("admin", updatePerson, { id: p().id, version: p().version, fullName: p().fullName, birthYear: 1980 });
      const refused = w.run("admin", revertChange, { id: first.id, reason: "Thử hoàn tác" });
      expect(outcome(refused)).toBe("stale");
      if (!refused.ok) expect(refused.details.fieldErrors?._form).toEqual(["later_changes"]);
      expect(p().birthYear).toBe(1980);
    } finally {
      w.close();
    }
  });

  it("lets an editor revert their own change in scope, not someone else's", () => {
    const w = world(template);
    try {
      const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
      expect(w.run("admin", endTerm, { id: term.id, version: term.version, endDate: "2026-05-01" }).ok).toBe(true);
      const byAdmin = lastEntry(w);
      expect(outcome(w.run("inside", revertChange, { id: byAdmin.id, reason: "Không phải của tôi" }))).toBe("forbidden");
      expect(outcome(w.run("admin", revertChange, { id: byAdmin.id, reason: "Kết thúc nhầm" }))).toBe("ok");
      expect(w.db.select().from(memberships).where(eq(memberships.id, term.id)).get()!.endDate).toBeNull();

      const appointed = w.run("inside", appointToPost, {
        personName: "Lò Thị Hoàn",
        postId: w.post(LAI_CHAU, "vice_chair").id,
        startDate: "2026-03",
        ...SOURCE,
      });
      if (!appointed.ok) expect.fail(JSON.stringify(appointed));
      const appointment = w.db.select().from(auditLog).where(eq(auditLog.action, "term.appoint")).orderBy(desc(auditLog.id)).get()!;
      expect(outcome(w.run("inside", revertChange, { id: appointment.id, reason: "Bổ nhiệm nhầm" }))).toBe("ok");
      expect(w.db.select().from(memberships).where(eq(memberships.id, appointed.value.id)).get()!.retractedAt).not.toBeNull();
      expect(outcome(w.run("outside", revertChange, { id: appointment.id, reason: "Thử" }))).toBe("forbidden");
    } finally {
      w.close();
    }
  });

  it("refuses to reopen an ended term when someone else holds the post since", () => {
    const w = world(template);
    try {
      const post = w.post(LAI_CHAU, "standing_vice_chair");
      const binh = w.term("Tống Thanh Bình", LAI_CHAU);
      expect(w.run("admin", endTerm, { id: binh.id, version: binh.version, endDate: "2026-05-01" }).ok).toBe(true);
      const ending = lastEntry(w);
      expect(w.run("admin", appointToPost, { personName: "Lò Văn Kế", postId: post.id, startDate: "2026-05-02", ...SOURCE }).ok).toBe(true);
      expect(outcome(w.run("admin", revertChange, { id: ending.id, reason: "Mở lại" }))).toBe("overlap");
    } finally {
      w.close();
    }
  });
});
