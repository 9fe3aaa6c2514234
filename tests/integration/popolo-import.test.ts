/**
 * The Popolo import against real SQLite files: the demo directory (every report)
 * exported, imported into an empty database and exported again gives the same
 * document; importing it again finds every record already on record and writes
 * nothing; a record changed in the file is a conflict and a reference to nothing
 * unresolved, either of which refuses the commit; a broken record is named by
 * section, index and field; only an administrator may import.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/db/auth/sessions";
import { importPopolo, reviewPopolo } from "@/db/import/popolo";
import { MutationError } from "@/db/mutations";
import { seedDemo } from "@/db/seed";
import { readPopolo } from "@/lib/import/popolo";
import { tempDatabase } from "../helpers/db";
import { PHOTO_BASE, documentErrors, exportDocument, type PopoloDocument } from "../helpers/popolo";

const photoUrl = (file: string) => PHOTO_BASE + file;
let source: ReturnType<typeof tempDatabase>;
let target: ReturnType<typeof tempDatabase>;
let document: PopoloDocument;

beforeAll(() => {
  source = tempDatabase({ seed: false });
  seedDemo(source.db);
  document = exportDocument(source.db);
  target = tempDatabase({ seed: false });
}, 120_000);
afterAll(() => {
  source.close();
  target.close();
});

/** The file as an import reads it (parsed from its text, as an upload would be). */
function read(doc: unknown) {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  const read = readPopolo(copy);
  if (!read.ok) expect.fail(read.problems.join("\n"));
  return { popolo: read.popolo, document: copy };
}

describe("Popolo import", () => {
  it("export → import into an empty database → export gives the same document", () => {
    expect(documentErrors(document)).toEqual([]);
    const review = reviewPopolo(target.db, read(document).popolo, read(document).document, photoUrl);
    expect(review.conflicts).toEqual([]);
    expect(review.unresolved).toEqual([]);
    expect(review.counts.memberships).toEqual({ new: document.memberships.length, known: 0, conflict: 0 });
    const outcome = importPopolo(target.db, null, read(document), { photoUrl, fileName: "popolo.json" });
    expect(outcome.counts).toMatchObject({
      persons: document.persons.length,
      memberships: document.memberships.length,
      areas: document.areas.length,
    });
    expect(exportDocument(target.db)).toEqual(document);
    // One audit entry records the import.
    const audit = target.db.all<{ action: string }>(sql`SELECT action FROM audit_log`);
    expect(audit).toEqual([{ action: "import.popolo" }]);
    // The imported directory is searchable like the original (the index is kept by the same triggers).
    const found = target.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people WHERE folded_name = 'tong thanh binh'`);
    expect(found?.n).toBe(1);
  });

  it("importing the same file again: everything already on record, nothing written", () => {
    const review = reviewPopolo(target.db, read(document).popolo, read(document).document, photoUrl);
    expect(review.counts.persons).toEqual({ new: 0, known: document.persons.length, conflict: 0 });
    expect(review.counts.memberships).toEqual({ new: 0, known: document.memberships.length, conflict: 0 });
    const outcome = importPopolo(target.db, null, read(document), { photoUrl });
    expect(outcome.counts).toMatchObject({ persons: 0, organizations: 0, posts: 0, memberships: 0, areas: 0, sources: 0 });
    expect(exportDocument(target.db)).toEqual(document);
  });

  it("a record that differs from the one on record is a conflict, a reference to nothing unresolved; either refuses", () => {
    const changed = JSON.parse(JSON.stringify(document)) as PopoloDocument;
    const person = changed.persons.find((p) => p.id === "person/tong-thanh-binh")!;
    person.name = "Tống Thanh Bính";
    const review = reviewPopolo(target.db, read(changed).popolo, read(changed).document, photoUrl);
    expect(review.conflicts).toEqual([expect.stringMatching(/^persons\[\d+\] person\/tong-thanh-binh: differs/)]);
    expect(() => importPopolo(target.db, null, read(changed), { photoUrl })).toThrow(MutationError);

    const dangling = {
      persons: [],
      organizations: [],
      areas: [],
      posts: [],
      memberships: [{ ...document.memberships[0], id: "membership/999999", person_id: "person/khong-co-ai" }],
    };
    const unresolved = reviewPopolo(target.db, read(dangling).popolo, read(dangling).document, photoUrl);
    expect(unresolved.unresolved).toEqual(["memberships[0]: person/khong-co-ai is neither in the file nor on record"]);
    expect(() => importPopolo(target.db, null, read(dangling), { photoUrl })).toThrow(MutationError);
    expect(exportDocument(target.db)).toEqual(document);
  });

  it("a record retracted on record is a conflict, not new (its slug is taken)", () => {
    target.db.run(
      sql`UPDATE people SET retracted_at = '2026-05-01T00:00:00Z', retracted_reason = 'kiểm tra' WHERE slug = 'tong-thanh-binh'`,
    );
    const review = reviewPopolo(target.db, read(document).popolo, read(document).document, photoUrl);
    expect(review.conflicts).toContain(
      `persons[${document.persons.findIndex((p) => p.id === "person/tong-thanh-binh")}] person/tong-thanh-binh: retracted on record`,
    );
    expect(() => importPopolo(target.db, null, read(document), { photoUrl })).toThrow(MutationError);
    target.db.run(sql`UPDATE people SET retracted_at = NULL, retracted_reason = NULL WHERE slug = 'tong-thanh-binh'`);
  });

  it("a broken record is named by its section, index and field", () => {
    const broken = JSON.parse(JSON.stringify(document)) as PopoloDocument;
    broken.memberships[2].start_date = "22/01/2026";
    broken.persons[5].id = "someone";
    const result = readPopolo(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual(expect.stringMatching(/^memberships\[2\]\.start_date: a date/));
      expect(result.problems).toContainEqual(expect.stringMatching(/^persons\[5\]\.id: an id "person\/<slug>"/));
    }
    expect(readPopolo([1, 2]).ok).toBe(false);
  });

  it("only an administrator may import", () => {
    const editor: Actor = { id: 1, username: "laichau", displayName: "laichau", role: "editor", scopeOrganizationId: 1 };
    expect(() => importPopolo(target.db, editor, read(document), { photoUrl })).toThrow(MutationError);
  });
});
