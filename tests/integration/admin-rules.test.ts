/** The rules the data must keep, and the audit trail, through the write path. */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  addSourceToTerm,
  appointToPost,
  correctTerm,
  createOrganization,
  createPerson,
  endTerm,
  retractPerson,
  retractTerm,
  transferTerm,
  updatePerson,
  updatePost,
  type MutationOutcome,
} from "@/db/mutations";
import { getPastRoles, getRolesAt } from "@/db/queries/people";
import { auditLog, memberships, people, posts } from "@/db/schema";
import { worldPerTest, LAI_CHAU, snapshot, type World } from "./admin-fixtures";

const SOURCE = { sourceTitle: "Báo Lai Châu: Hội nghị kiện toàn", sourceDate: "2026-04-10", sourceQuote: "được bầu giữ chức" };

const worlds = worldPerTest();
let w: World;

function failure<O>(result: MutationOutcome<O>) {
  if (result.ok) expect.fail(`expected a refusal, got ${JSON.stringify(result)}`);
  return result;
}
function success<O>(result: MutationOutcome<O>): O {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
}

describe("appointing", () => {
  it("records the term, its source and quote, and one audit entry in the same transaction", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "vice_chair");
    const { id, personId } = success(
      w.run("inside", appointToPost, {
        personName: "Lò Thị Thử",
        personBirthYear: "1982",
        postId: post.id,
        startDate: "03/2026",
        ...SOURCE,
      }),
    );
    const term = w.db.select().from(memberships).where(eq(memberships.id, id)).get()!;
    expect(term).toMatchObject({
      personId,
      postId: post.id,
      organizationId: post.organizationId,
      startDate: "2026-03",
      startPrecision: "month",
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(getRolesAt(w.db, personId, today).map((role) => role.membershipId)).toEqual([id]);
    const audit = w.audit().filter((entry) => entry.entityType === "membership");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "term.appoint", entityId: id, userId: w.userIds.inside, before: null });
    expect(audit[0].after).toMatchObject({ startDate: "2026-03", sources: [{ quote: "được bầu giữ chức" }] });
  });

  it("refuses an overlapping term on a one-holder post, naming the holder, and ends it on request", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "standing_vice_chair");
    const binh = w.term("Tống Thanh Bình", LAI_CHAU);
    const input = { personName: "Lò Văn Kế", postId: post.id, startDate: "2026-05-15", ...SOURCE };
    const before = snapshot(w.db);
    const refused = failure(w.run("inside", appointToPost, input));
    expect(refused.code).toBe("overlap");
    expect(refused.details.conflicts).toEqual([
      expect.objectContaining({ membershipId: binh.id, personName: "Tống Thanh Bình", attestedDate: "2026-01-22", endable: true }),
    ]);
    expect(snapshot(w.db)).toEqual(before);

    const { id } = success(
      w.run("inside", appointToPost, { ...input, endConflicting: true, conflictVersions: `${binh.id}:${binh.version}` }),
    );
    const ended = w.db.select().from(memberships).where(eq(memberships.id, binh.id)).get()!;
    expect(ended).toMatchObject({ endDate: "2026-05-15", endPrecision: "day", version: binh.version + 1 });
    const actions = w
      .audit()
      .filter((entry) => entry.entityType === "membership")
      .map(({ action, entityId }) => ({ action, entityId }));
    expect(actions).toEqual([
      { action: "term.handover", entityId: binh.id },
      { action: "term.appoint", entityId: id },
    ]);
  });

  it("does not end a holder's term that changed after the editor was shown it", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "standing_vice_chair");
    const binh = w.term("Tống Thanh Bình", LAI_CHAU);
    const input = { personName: "Lò Văn Kế", postId: post.id, startDate: "2026-05-15", endConflicting: true, ...SOURCE };
    // Meanwhile someone else corrects the holder's term.
    success(w.run("admin", correctTerm, { id: binh.id, version: binh.version, startDate: "2025-10", reason: "Theo quyết định" }));
    const before = snapshot(w.db);
    const refused = failure(w.run("inside", appointToPost, { ...input, conflictVersions: `${binh.id}:${binh.version}` }));
    expect(refused.code).toBe("overlap");
    expect(refused.details.conflicts?.[0]).toMatchObject({ membershipId: binh.id, version: binh.version + 1 });
    expect(snapshot(w.db)).toEqual(before);
    // Without the versions it was shown, nothing is ended either.
    expect(failure(w.run("inside", appointToPost, input)).code).toBe("overlap");
    success(w.run("inside", appointToPost, { ...input, conflictVersions: `${binh.id}:${binh.version + 1}` }));
  });

  it("cannot end the current holder's term before it was known to be held", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "standing_vice_chair");
    const refused = failure(
      w.run("inside", appointToPost, { personName: "Lò Văn Kế", postId: post.id, startDate: "2025-12", endConflicting: true, ...SOURCE }),
    );
    expect(refused.code).toBe("overlap");
    expect(refused.details.conflicts?.[0].endable).toBe(false);
  });

  it("allows any number of Vice Chairs at once, but not the same person twice in one post", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "vice_chair");
    success(w.run("inside", appointToPost, { personName: "Lò Thị Thử", postId: post.id, startDate: "2026-03", ...SOURCE }));
    const hanh = w.person("Ngô Thị Bích Hạnh");
    const refused = failure(w.run("inside", appointToPost, { personId: hanh.id, postId: post.id, startDate: "2026-03", ...SOURCE }));
    expect(refused.code).toBe("overlap");
    expect(refused.details.conflicts?.[0].personName).toBe("Ngô Thị Bích Hạnh");
  });

  it("treats a handover on the same day, or within the same month at month precision, as no overlap", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "chair");
    success(
      w.run("admin", appointToPost, { personName: "Chủ tịch Cũ", postId: post.id, startDate: "2020", endDate: "2025-07", ...SOURCE }),
    );
    success(w.run("admin", appointToPost, { personName: "Chủ tịch Mới", postId: post.id, startDate: "2025-07-20", ...SOURCE }));
  });

  it("needs a person, a date and a source, and says so beside each field", () => {
    w = worlds.open();
    const refused = failure(w.run("inside", appointToPost, { postId: w.post(LAI_CHAU, "vice_chair").id, startDate: "32/13/2026" }));
    expect(refused.code).toBe("invalid");
    expect(refused.details.fieldErrors).toEqual({
      personName: ["person_required"],
      startDate: ["invalid_date"],
      sourceTitle: ["source_required"],
    });
  });
});

describe("term dates", () => {
  it("never end before they start, at any precision", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "vice_chair");
    const refused = failure(
      w.run("inside", appointToPost, { personName: "Lò Thị Thử", postId: post.id, startDate: "2026-03-10", endDate: "2026-02", ...SOURCE }),
    );
    expect(refused.details.fieldErrors).toEqual({ endDate: ["end_before_start"] });

    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    const beforeAttested = failure(w.run("inside", endTerm, { id: term.id, version: term.version, endDate: "2025-12-31" }));
    expect(beforeAttested.details.fieldErrors).toEqual({ endDate: ["end_before_attested"] });
    // The same month as the attestation is not "before" it at month precision.
    success(w.run("inside", endTerm, { id: term.id, version: term.version, endDate: "2026-01" }));
  });

  it("a correction is checked the same way and needs a reason", () => {
    w = worlds.open();
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    // @ts-expect-error the reason is left out on purpose
    const noReason = failure(w.run("inside", correctTerm, { id: term.id, version: term.version, startDate: "2027" }));
    expect(noReason.details.fieldErrors).toEqual({ reason: ["reason_required"] });
    const late = failure(
      w.run("inside", correctTerm, { id: term.id, version: term.version, startDate: "2027", reason: "Theo quyết định" }),
    );
    expect(late.details.fieldErrors).toEqual({ startDate: ["start_after_attested"] });
    const noDate = failure(
      w.run("inside", correctTerm, { id: term.id, version: term.version, attestedDate: "", reason: "Theo quyết định" }),
    );
    expect(noDate.details.fieldErrors).toEqual({ startDate: ["date_required"] });
  });

  it("an ended term moves from the current roles to the past ones", () => {
    w = worlds.open();
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    success(w.run("inside", endTerm, { id: term.id, version: term.version, endDate: "2026-06-30", endReason: "Nghỉ hưu" }));
    expect(getRolesAt(w.db, term.personId, "2026-07-01")).toEqual([]);
    expect(getPastRoles(w.db, term.personId, "2026-07-01")).toEqual([
      expect.objectContaining({ membershipId: term.id, endReason: "Nghỉ hưu" }),
    ]);
    const again = failure(w.run("inside", endTerm, { id: term.id, version: term.version + 1, endDate: "2026-07" }));
    expect(again.details.fieldErrors).toEqual({ endDate: ["already_ended"] });
  });
});

describe("transfer", () => {
  it("ends one term and starts the next on the same date, in one step", () => {
    w = worlds.open();
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    const head = w.post("ban-cong-tac-cong-doan-uy-ban-mttq-viet-nam-tinh-lai-chau", "head");
    const { id } = success(
      w.run("inside", transferTerm, { id: term.id, version: term.version, endDate: "2026-04-01", postId: head.id, ...SOURCE }),
    );
    expect(w.db.select().from(memberships).where(eq(memberships.id, term.id)).get()).toMatchObject({ endDate: "2026-04-01" });
    expect(w.db.select().from(memberships).where(eq(memberships.id, id)).get()).toMatchObject({ postId: head.id, startDate: "2026-04-01" });
  });

  it("is all or nothing: a refused new term leaves the old one open", () => {
    w = worlds.open();
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    const standing = w.post(LAI_CHAU, "standing_vice_chair");
    const before = snapshot(w.db);
    const refused = failure(
      w.run("inside", transferTerm, { id: term.id, version: term.version, endDate: "2026-04-01", postId: standing.id, ...SOURCE }),
    );
    expect(refused.code).toBe("overlap");
    expect(snapshot(w.db)).toEqual(before);
  });
});

describe("likely duplicates", () => {
  it("are flagged by folded name with the same birth year, and created once confirmed", () => {
    w = worlds.open();
    success(w.run("inside", createPerson, { fullName: "Đỗ Văn Đức", birthYear: 1970 }));
    const flagged = failure(w.run("inside", createPerson, { fullName: "do van duc", birthYear: "1970" }));
    expect(flagged.code).toBe("duplicate");
    expect(flagged.details.candidates).toEqual([expect.objectContaining({ fullName: "Đỗ Văn Đức", match: "birth_year" })]);
    success(w.run("inside", createPerson, { fullName: "Đỗ Văn Đức", birthYear: 1985 }));
    success(w.run("inside", createPerson, { fullName: "Đỗ Văn Đức", birthYear: 1970, confirmNotDuplicate: "on" }));
  });

  it("are flagged by folded name in the same organisation when appointing a new person", () => {
    w = worlds.open();
    const post = w.post(LAI_CHAU, "committee_member");
    const flagged = failure(
      w.run("inside", appointToPost, {
        personName: "Hoang Kieu Anh",
        personBirthYear: 1980,
        postId: post.id,
        startDate: "2026",
        ...SOURCE,
      }),
    );
    expect(flagged.code).toBe("duplicate");
    expect(flagged.details.candidates).toEqual([expect.objectContaining({ fullName: "Hoàng Kiều Anh", match: "organization" })]);
  });
});

describe("two editors on one record", () => {
  it("refuses the second save from a stale version, showing who changed what, and the first change stays", () => {
    w = worlds.open();
    const person = w.person("Hoàng Kiều Anh");
    const loaded = person.version;
    success(w.run("inside", updatePerson, { id: person.id, version: loaded, fullName: "Hoàng Kiều Anh", hometown: "Tam Đường" }));
    const before = snapshot(w.db);
    const stale = failure(w.run("admin", updatePerson, { id: person.id, version: loaded, fullName: "Hoàng Kiều Anh", birthYear: 1978 }));
    expect(stale.code).toBe("stale");
    expect(stale.details.currentVersion).toBe(loaded + 1);
    expect(stale.details.changes).toEqual([
      expect.objectContaining({
        by: "laichau",
        action: "person.update",
        fields: [{ field: "hometown", before: null, after: "Tam Đường" }],
      }),
    ]);
    expect(snapshot(w.db)).toEqual(before);
    // Saving again from the version the refusal reported goes through, and keeps the other editor's change.
    success(
      w.run("admin", updatePerson, {
        id: person.id,
        version: loaded + 1,
        fullName: "Hoàng Kiều Anh",
        hometown: "Tam Đường",
        birthYear: 1978,
      }),
    );
    expect(w.db.select().from(people).where(eq(people.id, person.id)).get()).toMatchObject({
      hometown: "Tam Đường",
      birthYear: 1978,
      version: loaded + 2,
    });
  });

  it("also guards terms and posts", () => {
    w = worlds.open();
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    success(w.run("inside", correctTerm, { id: term.id, version: term.version, startDate: "2025-10", reason: "Theo quyết định" }));
    expect(failure(w.run("admin", endTerm, { id: term.id, version: term.version, endDate: "2026-06" })).code).toBe("stale");
    const post = w.post(LAI_CHAU, "vice_chair");
    success(
      w.run("inside", updatePost, { id: post.id, version: post.version, title: "Phó Chủ tịch", roleKey: "vice_chair", maxHolders: 5 }),
    );
    expect(
      failure(w.run("admin", updatePost, { id: post.id, version: post.version, title: "Phó Chủ tịch", roleKey: "vice_chair" })).code,
    ).toBe("stale");
  });
});

describe("retraction", () => {
  it("keeps a retracted term with its reason, out of the public roles", () => {
    w = worlds.open();
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    success(w.run("inside", retractTerm, { id: term.id, version: term.version, reason: "Ghi nhầm chức vụ" }));
    const kept = w.db.select().from(memberships).where(eq(memberships.id, term.id)).get()!;
    expect(kept).toMatchObject({ retractedReason: "Ghi nhầm chức vụ", postId: term.postId });
    expect(kept.retractedAt).not.toBeNull();
    expect(getRolesAt(w.db, term.personId, "2026-02-01")).toEqual([]);
    expect(failure(w.run("inside", endTerm, { id: term.id, version: kept.version, endDate: "2026-06" })).details.fieldErrors).toEqual({
      _form: ["retracted"],
    });
  });

  it("retracts a person with their terms, keeping every row", () => {
    w = worlds.open();
    const person = w.person("Vừ Thị Mai Dinh");
    const count = () => w.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM memberships WHERE person_id = ${person.id}`)!.n;
    const terms = count();
    success(w.run("inside", retractPerson, { id: person.id, version: person.version, reason: "Trùng hồ sơ" }));
    expect(w.db.select().from(people).where(eq(people.id, person.id)).get()).toMatchObject({ retractedReason: "Trùng hồ sơ" });
    expect(count()).toBe(terms);
    const open = w.db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM memberships WHERE person_id = ${person.id} AND retracted_at IS NULL`,
    )!.n;
    expect(open).toBe(0);
  });
});

describe("the audit", () => {
  it("is written by every write and never by a refused one", () => {
    w = worlds.open();
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    const start = w.db.select().from(auditLog).all().length;
    const count = () => w.db.select().from(auditLog).all().length - start;
    success(w.run("inside", addSourceToTerm, { id: term.id, ...SOURCE }));
    expect(count()).toBe(2); // the new source, then the citation
    failure(w.run("inside", addSourceToTerm, { id: term.id }));
    expect(count()).toBe(2);
    const created = success(
      w.run("inside", createOrganization, {
        parentId: w.organization(LAI_CHAU).id,
        name: "Văn phòng Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
        kind: "office",
      }),
    );
    const seats = w.db.select().from(posts).where(eq(posts.organizationId, created.id)).all();
    expect(seats.map((post) => post.roleKey)).toEqual(["chief_of_office", "deputy_chief_of_office"]);
    expect(count()).toBe(2 + 1 + seats.length);
  });
});
