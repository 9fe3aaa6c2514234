/**
 * The Popolo export of the real demo directory (every report loaded) against the
 * Popolo JSON Schemas (draft-03, tests/fixtures/popolo, checked with jsonschema):
 * the whole document, the per-record files, what the records say (dates at their
 * precision, sources with their words, English labels, references that resolve),
 * and the reader's own connection and snapshot.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPopoloOrganization, getPopoloPerson, openPopoloReader } from "@/db/queries/popolo";
import { seedDemo } from "@/db/seed";
import { UNLINKED_SOURCE_URL } from "@/lib/popolo/document";
import { tempDatabase } from "../helpers/db";
import { PHOTO_BASE, documentErrors, exportDocument, popoloErrors, type PopoloDocument } from "../helpers/popolo";

let demo: ReturnType<typeof tempDatabase>;
let document: PopoloDocument;
const TODAY = new Date().toISOString().slice(0, 10);

beforeAll(() => {
  demo = tempDatabase({ seed: false });
  seedDemo(demo.db);
  document = exportDocument(demo.db);
}, 120_000);
afterAll(() => demo.close());

const count = (query: string) => demo.db.get<{ n: number }>(sql.raw(query))!.n;

describe("the whole directory as Popolo JSON", () => {
  it("validates against the Popolo schemas with zero errors", () => {
    expect(documentErrors(document)).toEqual([]);
  });

  it("the schemas' checks are really applied (a broken record fails)", () => {
    const person = document.persons[0];
    expect(popoloErrors({ ...person, birth_date: "22/01/1970" }, "person")).not.toEqual([]);
    const membership = document.memberships.find((m) => Array.isArray(m.sources))!;
    expect(popoloErrors({ ...membership, sources: [{ note: "no url" }] }, "membership")).not.toEqual([]);
    expect(popoloErrors({ ...document.organizations[0], other_names: [{ name: 42 }] }, "organization")).not.toEqual([]);
  });

  it("holds every public record once", () => {
    expect(document.persons).toHaveLength(count("SELECT count(*) AS n FROM people WHERE retracted_at IS NULL"));
    expect(document.organizations).toHaveLength(count("SELECT count(*) AS n FROM organizations"));
    expect(document.posts).toHaveLength(count("SELECT count(*) AS n FROM posts"));
    expect(document.areas).toHaveLength(count("SELECT count(*) AS n FROM areas"));
    expect(document.memberships).toHaveLength(
      count(
        "SELECT count(*) AS n FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.retracted_at IS NULL AND p.retracted_at IS NULL",
      ),
    );
    for (const section of Object.values(document)) expect(new Set(section.map((record) => record.id)).size).toBe(section.length);
  });

  it("every reference names a record of the document", () => {
    const ids = new Set(Object.values(document).flatMap((section) => section.map((record) => record.id)));
    const references = [
      ...document.organizations.flatMap((o) => [o.parent_id, o.area_id]),
      ...document.posts.flatMap((p) => [p.organization_id, p.area_id]),
      ...document.memberships.flatMap((m) => [m.person_id, m.organization_id, m.post_id]),
      ...document.areas.flatMap((a) => [a.parent_id, a.successor_id]),
    ].filter((id) => id !== undefined);
    expect(references.length).toBeGreaterThan(1000);
    expect(references.filter((id) => !ids.has(id))).toEqual([]);
    // A membership's organisation is its post's.
    const postOrganization = new Map(document.posts.map((p) => [p.id, p.organization_id]));
    expect(document.memberships.filter((m) => postOrganization.get(m.post_id) !== m.organization_id)).toEqual([]);
  });

  it("dates keep the precision they are known at", () => {
    const starts = document.memberships.map((m) => m.start_date).filter((d): d is string => typeof d === "string");
    expect(starts.some((d) => /^\d{4}$/.test(d))).toBe(true);
    expect(starts.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(starts.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    const stored = demo.db.get<{ start_date: string; id: number }>(
      sql`SELECT id, start_date FROM memberships WHERE start_precision = 'month' LIMIT 1`,
    )!;
    expect(document.memberships.find((m) => m.id === `membership/${stored.id}`)?.start_date).toBe(stored.start_date);
    // A term known only from a report's date says so, and has no start.
    const attested = document.memberships.filter((m) => m.attested_date !== undefined);
    expect(attested.length).toBeGreaterThan(100);
    expect(attested.every((m) => typeof m.attested_date === "string")).toBe(true);
  });

  it("sources carry the address, title, date and the words quoted; one without an address says so", () => {
    const quoted = demo.db.get<{ id: number; quote: string; url: string; title: string; date: string }>(sql`
      SELECT ms.membership_id AS id, ms.quote, s.url, s.title, s.published_date AS date
      FROM membership_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.quote IS NOT NULL AND s.url IS NOT NULL LIMIT 1`)!;
    const membership = document.memberships.find((m) => m.id === `membership/${quoted.id}`)!;
    expect(membership.sources).toContainEqual(
      expect.objectContaining({ url: quoted.url, title: quoted.title, date: quoted.date, quote: quoted.quote }),
    );
    const unlinked = document.memberships
      .flatMap((m) => (m.sources as { url: string; title: string }[] | undefined) ?? [])
      .filter((s) => s.url === UNLINKED_SOURCE_URL);
    expect(unlinked.length).toBeGreaterThan(0);
    expect(unlinked[0].title).toMatch(/Lai Châu/);
  });

  it("English labels beside the Vietnamese record; role keys kept", () => {
    const central = document.posts.find(
      (p) => p.organization_id === "organization/uy-ban-trung-uong-mttq-viet-nam" && p.role_key === "chair",
    )!;
    expect(central).toMatchObject({ label: "Chủ tịch", role: "President", other_label: ["President"] });
    const named = document.organizations.find((o) => o.id === "organization/uy-ban-mttq-viet-nam-tinh-lai-chau")!;
    expect(named.other_names).toContainEqual(expect.objectContaining({ lang: "en", name: expect.stringMatching(/Lai Châu/) }));
    expect(named).toMatchObject({
      classification: "front_committee",
      level: "province",
      parent_id: "organization/uy-ban-trung-uong-mttq-viet-nam",
    });
  });

  it("streams from its own connection in one snapshot: a write during the stream is not in it", () => {
    const reader = openPopoloReader((file) => PHOTO_BASE + file, demo.file);
    const first = reader.chunks.next();
    expect(first.done).toBe(false);
    // The shared connection is free while the export reads, and writes go on.
    demo.db.run(sql`UPDATE people SET full_name = 'Tống Thanh Bình (sửa)' WHERE slug = 'tong-thanh-binh'`);
    const rest = [...reader.chunks].join("");
    const streamed = JSON.parse(first.value + rest) as PopoloDocument;
    expect(streamed.persons.find((p) => p.id === "person/tong-thanh-binh")?.name).toBe("Tống Thanh Bình");
    demo.db.run(sql`UPDATE people SET full_name = 'Tống Thanh Bình' WHERE slug = 'tong-thanh-binh'`);
  });
});

describe("per record", () => {
  it("/people/<slug>.json: the person with each term's post, organisation and sources, valid Popolo", () => {
    const person = getPopoloPerson(demo.db, "tong-thanh-binh", (file) => PHOTO_BASE + file)!;
    expect(popoloErrors(person, "person")).toEqual([]);
    const memberships = person.memberships as Record<string, unknown>[];
    expect(memberships.length).toBeGreaterThanOrEqual(3);
    const labels = memberships.map((m) => `${m.label} · ${(m.organization as { name: string }).name}`);
    expect(labels).toContain("Phó Chủ tịch Thường trực · Ủy ban MTTQ Việt Nam tỉnh Lai Châu");
    expect(getPopoloPerson(demo.db, "no-such-person", (file) => file)).toBeUndefined();
  });

  it("/organizations/<slug>.json: its posts with current and past holders, valid Popolo", () => {
    const organization = getPopoloOrganization(demo.db, "uy-ban-mttq-viet-nam-tinh-lai-chau", TODAY)!;
    expect(popoloErrors(organization, "organization")).toEqual([]);
    const posts = organization.posts as { label: string; memberships: { current: boolean; person: { name: string } }[] }[];
    const standing = posts.find((p) => p.label === "Phó Chủ tịch Thường trực")!;
    expect(standing.memberships.filter((m) => m.current).map((m) => m.person.name)).toContain("Tống Thanh Bình");
    // Long ago nobody's term is known to be current.
    const past = getPopoloOrganization(demo.db, "uy-ban-mttq-viet-nam-tinh-lai-chau", "1990-01-01")!;
    expect((past.posts as typeof posts).flatMap((p) => p.memberships).filter((m) => m.current)).toEqual([]);
  });
});
