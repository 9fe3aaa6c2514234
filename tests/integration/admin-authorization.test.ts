/**
 * The authorization matrix: every write the admin offers, called through the
 * same function the server actions use (executeMutation with a real session
 * token against a real SQLite file) as anonymous, as an editor outside the
 * scope, as an editor inside it, and as an admin. Refusals change nothing at
 * all; successes change nothing outside the actor's scope.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships, people } from "@/db/schema";
import {
  addSourceToTerm,
  appointToPost,
  changeOwnPassword,
  correctTerm,
  createOrganization,
  createPerson,
  createPost,
  createSource,
  createUser,
  endTerm,
  renameOrganization,
  resetUserPassword,
  retractPerson,
  retractTerm,
  revokeSessionsOf,
  setPersonPhoto,
  transferTerm,
  updatePerson,
  updatePost,
  updateUser,
  type Mutation,
} from "@/db/mutations";
import {
  EVERYONE,
  HA_NOI,
  LAI_CHAU,
  PASSWORD,
  buildTemplate,
  outsideScope,
  refusals,
  removeTemplate,
  snapshot,
  world,
  type Who,
  type World,
} from "./admin-fixtures";

type Outcome = "ok" | "unauthenticated" | "forbidden";
const BOARD = "ban-cong-tac-cong-doan-uy-ban-mttq-viet-nam-tinh-lai-chau";
const SOURCE = { sourceTitle: "Báo Lai Châu: kiện toàn nhân sự", sourceDate: "2026-03-02", sourceQuote: "…" };

interface Case {
  name: string;
  // Each case pairs a mutation with an input built for it; the table mixes their input types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mutation: Mutation<any, unknown>;
  input: (w: World) => unknown;
  expected: Record<Who, Outcome>;
}

const scoped: Record<Who, Outcome> = { anonymous: "unauthenticated", outside: "forbidden", inside: "ok", admin: "ok" };
const anyEditor: Record<Who, Outcome> = { anonymous: "unauthenticated", outside: "ok", inside: "ok", admin: "ok" };
const adminOnly: Record<Who, Outcome> = { anonymous: "unauthenticated", outside: "forbidden", inside: "forbidden", admin: "ok" };

const subtree = (scopeId: number) =>
  sql`(WITH RECURSIVE down(id) AS (SELECT ${scopeId} UNION ALL SELECT o.id FROM organizations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)`;
const kieuAnh = (w: World) => w.person("Hoàng Kiều Anh");
const kieuAnhTerm = (w: World) => w.term("Hoàng Kiều Anh", LAI_CHAU);

const CASES: Case[] = [
  { name: "createPerson", mutation: createPerson, input: () => ({ fullName: "Lò Văn Mới", birthYear: 1980 }), expected: anyEditor },
  {
    name: "updatePerson",
    mutation: updatePerson,
    input: (w) => ({ id: kieuAnh(w).id, version: kieuAnh(w).version, fullName: "Hoàng Kiều Anh", birthYear: 1979 }),
    expected: scoped,
  },
  {
    name: "setPersonPhoto",
    mutation: setPersonPhoto,
    input: (w) => ({ id: kieuAnh(w).id, version: kieuAnh(w).version, photoPath: "0123456789abcdef0123456789abcdef.webp" }),
    expected: scoped,
  },
  {
    name: "retractPerson",
    mutation: retractPerson,
    input: (w) => ({ id: kieuAnh(w).id, version: kieuAnh(w).version, reason: "Ghi nhầm người" }),
    expected: scoped,
  },
  {
    name: "appointToPost",
    mutation: appointToPost,
    input: (w) => ({ personName: "Lò Thị Thử", postId: w.post(LAI_CHAU, "vice_chair").id, startDate: "2026-03", ...SOURCE }),
    expected: scoped,
  },
  {
    name: "endTerm",
    mutation: endTerm,
    input: (w) => ({ id: kieuAnhTerm(w).id, version: kieuAnhTerm(w).version, endDate: "2026-05-01", endReason: "Nghỉ hưu" }),
    expected: scoped,
  },
  {
    name: "transferTerm",
    mutation: transferTerm,
    input: (w) => ({
      id: kieuAnhTerm(w).id,
      version: kieuAnhTerm(w).version,
      endDate: "2026-05-01",
      postId: w.post(BOARD, "head").id,
      ...SOURCE,
    }),
    expected: scoped,
  },
  {
    name: "correctTerm",
    mutation: correctTerm,
    input: (w) => ({ id: kieuAnhTerm(w).id, version: kieuAnhTerm(w).version, startDate: "2025-10", reason: "Theo quyết định số 12" }),
    expected: scoped,
  },
  {
    name: "retractTerm",
    mutation: retractTerm,
    input: (w) => ({ id: kieuAnhTerm(w).id, version: kieuAnhTerm(w).version, reason: "Ghi nhầm chức vụ" }),
    expected: scoped,
  },
  { name: "addSourceToTerm", mutation: addSourceToTerm, input: (w) => ({ id: kieuAnhTerm(w).id, ...SOURCE }), expected: scoped },
  {
    name: "createOrganization",
    mutation: createOrganization,
    input: (w) => ({ parentId: w.organization(LAI_CHAU).id, name: "Văn phòng Ủy ban MTTQ Việt Nam tỉnh Lai Châu", kind: "office" }),
    expected: scoped,
  },
  {
    name: "renameOrganization",
    mutation: renameOrganization,
    input: (w) => ({ id: w.organization(BOARD).id, version: w.organization(BOARD).version, name: "Ban Công tác Công đoàn (mới)" }),
    expected: scoped,
  },
  {
    name: "createPost",
    mutation: createPost,
    input: (w) => ({
      organizationId: w.organization(LAI_CHAU).id,
      title: "Ủy viên Ban Thường trực chuyên trách",
      roleKey: "standing_board_member",
    }),
    expected: scoped,
  },
  {
    name: "updatePost",
    mutation: updatePost,
    input: (w) => {
      const post = w.post(LAI_CHAU, "vice_chair");
      return { id: post.id, version: post.version, title: "Phó Chủ tịch", roleKey: "vice_chair", maxHolders: 6 };
    },
    expected: scoped,
  },
  { name: "createSource", mutation: createSource, input: () => SOURCE, expected: anyEditor },
  {
    name: "createUser",
    mutation: createUser,
    input: (w) => ({
      username: "moi",
      displayName: "Mới",
      password: PASSWORD,
      role: "editor",
      scopeOrganizationId: w.organization(LAI_CHAU).id,
    }),
    expected: adminOnly,
  },
  {
    name: "updateUser",
    mutation: updateUser,
    input: (w) => ({
      id: w.userIds.outside,
      displayName: "Hà Nội",
      role: "editor",
      scopeOrganizationId: w.organization(HA_NOI).id,
      disabled: true,
      version: 1,
    }),
    expected: adminOnly,
  },
  {
    name: "resetUserPassword",
    mutation: resetUserPassword,
    input: (w) => ({ id: w.userIds.inside, password: "a new long password" }),
    expected: adminOnly,
  },
  { name: "revokeSessionsOf", mutation: revokeSessionsOf, input: (w) => ({ id: w.userIds.inside }), expected: adminOnly },
  {
    name: "changeOwnPassword",
    mutation: changeOwnPassword,
    input: () => ({ currentPassword: PASSWORD, newPassword: "a new long password" }),
    expected: anyEditor,
  },
];

let template: ReturnType<typeof buildTemplate>;
beforeAll(() => {
  template = buildTemplate();
});
afterAll(() => removeTemplate(template));

describe.each(CASES)("$name", ({ mutation, input, expected }) => {
  it.each(EVERYONE)("as %s", (who) => {
    const w = world(template);
    try {
      const before = snapshot(w.db);
      const scopeId = w.organization(LAI_CHAU).id;
      const outsideBefore = outsideScope(w.db, scopeId);
      const result = w.run(who, mutation, input(w));
      const outcome = result.ok ? "ok" : result.code;
      expect(outcome, JSON.stringify(result)).toBe(expected[who]);
      if (!result.ok) {
        expect(snapshot(w.db)).toEqual(before);
        // A refusal for lack of rights is itself audited, naming who tried.
        if (result.code === "forbidden") expect(refusals(w.db).at(-1)?.userId).toBe(w.userIds[who as "inside" | "outside"]);
        return;
      }
      const after = snapshot(w.db);
      expect(after.audit_log.length).toBeGreaterThan(before.audit_log.length);
      if (who === "inside") {
        const outsideAfter = outsideScope(w.db, scopeId);
        expect(outsideAfter.organizations).toEqual(outsideBefore.organizations);
        expect(outsideAfter.posts).toEqual(outsideBefore.posts);
        expect(outsideAfter.memberships).toEqual(outsideBefore.memberships);
        // New people belong to no scope until they hold a term; existing ones must be untouched.
        const existing = new Set(outsideBefore.people.map((row) => (row as { id: number }).id));
        expect(outsideAfter.people.filter((row) => existing.has((row as { id: number }).id))).toEqual(outsideBefore.people);
      }
    } finally {
      w.close();
    }
  });
});

describe("an editor inside Lai Châu, on records that reach outside it", () => {
  let w: World;
  const refused = (result: { ok: boolean; code?: string }) => {
    expect(result.ok).toBe(false);
    expect(result.code).toBe("forbidden");
  };

  it("may not edit, photograph or retract a person who also holds a post outside the scope", () => {
    w = world(template);
    try {
      const before = snapshot(w.db);
      const binh = w.person("Tống Thanh Bình");
      refused(w.run("inside", retractPerson, { id: binh.id, version: binh.version, reason: "Thử rút lại" }));
      refused(w.run("inside", updatePerson, { id: binh.id, version: binh.version, fullName: "Tống Thanh Bình", birthYear: 1975 }));
      refused(w.run("inside", setPersonPhoto, { id: binh.id, version: binh.version, photoPath: "0123456789abcdef0123456789abcdef.webp" }));
      expect(snapshot(w.db)).toEqual(before);
    } finally {
      w.close();
    }
  });

  it("may appoint someone from elsewhere to a post in scope, but that does not let them rewrite the person", () => {
    w = world(template);
    try {
      // A person whose only terms are in Hà Nội, appointed by the Lai Châu editor to a seat in Lai Châu.
      const scopeId = w.organization(LAI_CHAU).id;
      const outsider = w.db.all<{ personId: number }>(sql`
        SELECT person_id AS personId FROM memberships WHERE retracted_at IS NULL
        GROUP BY person_id HAVING sum(organization_id IN ${subtree(scopeId)}) = 0 LIMIT 1`)[0];
      const stranger = w.db.select().from(people).where(eq(people.id, outsider.personId)).get()!;
      const appointed = w.run("inside", appointToPost, {
        personId: stranger.id,
        postId: w.post(LAI_CHAU, "committee_member").id,
        startDate: "2026-03",
        ...SOURCE,
      });
      expect(appointed.ok, JSON.stringify(appointed)).toBe(true);
      const now = w.db.select().from(people).where(eq(people.id, stranger.id)).get()!;
      refused(w.run("inside", updatePerson, { id: now.id, version: now.version, fullName: "Tên bị đổi" }));
      refused(w.run("inside", setPersonPhoto, { id: now.id, version: now.version, photoPath: "0123456789abcdef0123456789abcdef.webp" }));
      refused(w.run("inside", retractPerson, { id: now.id, version: now.version, reason: "Thử rút lại" }));
      // Retracting the new term (which the editor may) leaves the person as they were.
      if (!appointed.ok) return;
      const term = w.db.select().from(memberships).where(eq(memberships.id, appointed.value.id)).get()!;
      expect(w.run("inside", retractTerm, { id: term.id, version: term.version, reason: "Ghi nhầm" }).ok).toBe(true);
      refused(w.run("inside", updatePerson, { id: now.id, version: now.version, fullName: "Tên bị đổi" }));
      expect(w.db.select().from(people).where(eq(people.id, stranger.id)).get()).toEqual(now);
    } finally {
      w.close();
    }
  });

  it("may edit a person they created who holds no term elsewhere; a person with no live term only admins and their creator may", () => {
    w = world(template);
    try {
      const created = w.run("inside", createPerson, { fullName: "Lò Văn Tạo", birthYear: 1985 });
      if (!created.ok) expect.fail(JSON.stringify(created));
      const load = () => w.db.select().from(people).where(eq(people.id, created.value.id)).get()!;
      expect(w.run("inside", updatePerson, { id: load().id, version: load().version, fullName: "Lò Văn Tạo", birthYear: 1986 }).ok).toBe(
        true,
      );
      refused(w.run("outside", updatePerson, { id: load().id, version: load().version, fullName: "Lò Văn Khác" }));
      expect(w.run("admin", updatePerson, { id: load().id, version: load().version, fullName: "Lò Văn Tạo", birthYear: 1985 }).ok).toBe(
        true,
      );
      // Once the person holds a term outside the creator's scope, the creator may no longer change them.
      const haNoi = w.run("outside", appointToPost, {
        personId: load().id,
        postId: w.post(HA_NOI, "committee_member").id,
        startDate: "2026-04",
        ...SOURCE,
      });
      expect(haNoi.ok, JSON.stringify(haNoi)).toBe(true);
      refused(w.run("inside", updatePerson, { id: load().id, version: load().version, fullName: "Lò Văn Đổi" }));
      // …and the Hà Nội editor, whose scope now holds every term of theirs, may.
      expect(w.run("outside", updatePerson, { id: load().id, version: load().version, fullName: "Lò Văn Tạo", birthYear: 1984 }).ok).toBe(
        true,
      );
    } finally {
      w.close();
    }
  });

  it("may not edit a person whose every term was retracted, unless they created them", () => {
    w = world(template);
    try {
      const kieuAnhNow = w.person("Hoàng Kiều Anh");
      for (const term of w.db.select().from(memberships).where(eq(memberships.personId, kieuAnhNow.id)).all())
        expect(w.run("admin", retractTerm, { id: term.id, version: term.version, reason: "Thử rút lại" }).ok).toBe(true);
      const person = w.person("Hoàng Kiều Anh");
      refused(w.run("inside", updatePerson, { id: person.id, version: person.version, fullName: "Hoàng Kiều Anh", birthYear: 1979 }));
      expect(w.run("admin", updatePerson, { id: person.id, version: person.version, fullName: "Hoàng Kiều Anh", birthYear: 1979 }).ok).toBe(
        true,
      );
    } finally {
      w.close();
    }
  });

  it("may not end, correct or cite a term in the Provincial Party Committee", () => {
    w = world(template);
    try {
      const before = snapshot(w.db);
      const term = w.term("Tống Thanh Bình", "tinh-uy-lai-chau");
      refused(w.run("inside", endTerm, { id: term.id, version: term.version, endDate: "2026-06" }));
      refused(w.run("inside", correctTerm, { id: term.id, version: term.version, startDate: "2020", reason: "Sửa ngày" }));
      refused(w.run("inside", addSourceToTerm, { id: term.id, ...SOURCE }));
      expect(snapshot(w.db)).toEqual(before);
    } finally {
      w.close();
    }
  });

  it("may not appoint to, transfer into, or move a term to a post outside the scope", () => {
    w = world(template);
    try {
      const before = snapshot(w.db);
      const haNoiViceChair = w.post(HA_NOI, "vice_chair");
      const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
      refused(w.run("inside", appointToPost, { personId: term.personId, postId: haNoiViceChair.id, startDate: "2026-03", ...SOURCE }));
      refused(
        w.run("inside", transferTerm, { id: term.id, version: term.version, endDate: "2026-03", postId: haNoiViceChair.id, ...SOURCE }),
      );
      refused(w.run("inside", correctTerm, { id: term.id, version: term.version, postId: haNoiViceChair.id, reason: "Chuyển nhầm" }));
      expect(snapshot(w.db)).toEqual(before);
    } finally {
      w.close();
    }
  });

  it("may not create an organisation at the top or under another province", () => {
    w = world(template);
    try {
      const before = snapshot(w.db);
      refused(w.run("inside", createOrganization, { name: "Tổ chức mới", kind: "board", level: "province" }));
      refused(w.run("inside", createOrganization, { parentId: w.organization(HA_NOI).id, name: "Ban mới", kind: "board" }));
      expect(snapshot(w.db)).toEqual(before);
    } finally {
      w.close();
    }
  });

  it("a stale account form cannot re-enable an account disabled since it was loaded", () => {
    w = world(template);
    try {
      const form = {
        id: w.userIds.outside,
        displayName: "hanoi",
        role: "editor" as const,
        scopeOrganizationId: w.organization(HA_NOI).id,
        version: 1,
      };
      // Two admins open the same account page; the first disables it.
      expect(w.run("admin", updateUser, { ...form, disabled: true }).ok).toBe(true);
      // The second saves the form they loaded before, with "disabled" unticked.
      const stale = w.run("admin", updateUser, { ...form, displayName: "Hà Nội" });
      expect(stale.ok ? "ok" : stale.code).toBe("stale");
      if (!stale.ok) expect(stale.details.changes?.[0]).toMatchObject({ action: "user.update" });
      expect(
        w.db.all<{ disabledAt: string | null }>(sql`SELECT disabled_at AS disabledAt FROM users WHERE id = ${w.userIds.outside}`)[0]
          .disabledAt,
      ).not.toBeNull();
    } finally {
      w.close();
    }
  });

  it("loses every right as soon as the session is revoked or the account disabled", () => {
    w = world(template);
    try {
      const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
      expect(w.run("admin", revokeSessionsOf, { id: w.userIds.inside }).ok).toBe(true);
      const result = w.run("inside", endTerm, { id: term.id, version: term.version, endDate: "2026-06" });
      expect(result.ok ? "ok" : result.code).toBe("unauthenticated");
    } finally {
      w.close();
    }
  });
});
