/**
 * Importing a Popolo JSON document (as /data/popolo.json writes it), reviewed as
 * the other imports are: every record is new, already on record unchanged, or in
 * conflict with what is on record under its id; references that name no record
 * are unresolved. The commit writes the new records, keeping the document's
 * slugs and ids (so an export of the result names everything as the document
 * did), in one IMMEDIATE transaction with one `import.popolo` audit entry, and
 * only by an administrator (or the operator's command line) and only when nothing
 * conflicts or is unresolved. Records already on record unchanged are left as they are.
 * Export → import into an empty database → export gives the same document
 * (tests/integration/popolo-import.test.ts).
 */
import { fold } from "../../lib/fold";
import { linkUrl, readPopolo, type PopoloImport, type PopoloLinkInput } from "../../lib/import/popolo";
import { localPart } from "../../lib/popolo/document";
import type { Actor } from "../auth/sessions";
import { inTransaction, type Db } from "../client";
import { recordAudit } from "../mutations/audit";
import { requireAdmin, type Mutation } from "../mutations/guard";
import { MutationError } from "../mutations/errors";
import { popoloSections } from "../queries/popolo";

type Section = keyof PopoloImport;
export type PopoloStanding = "new" | "known" | "conflict";

export interface PopoloReview {
  counts: Record<Section, Record<PopoloStanding, number>>;
  /** "persons[3] person/…: differs from the record on file", at most 200 listed. */
  conflicts: string[];
  /** References to ids neither the document nor the directory holds. */
  unresolved: string[];
}

const SECTIONS: Section[] = ["areas", "organizations", "posts", "persons", "memberships"];

/** The directory's records as its export writes them, by id, compared as JSON text. */
function recordsOnFile(db: Db, photoUrl: (file: string) => string): Map<string, string> {
  const onFile = new Map<string, string>();
  for (const [, records] of popoloSections(db, photoUrl))
    for (const record of records) onFile.set(String(record.id), JSON.stringify(record));
  return onFile;
}

/**
 * `document`'s sections as the file has them (the records readPopolo checked, with
 * every field, derived ones too), each compared with what the directory would export.
 */
export function reviewPopolo(
  db: Db,
  popolo: PopoloImport,
  document: Record<string, unknown>,
  photoUrl: (file: string) => string,
): PopoloReview & { standing: Map<string, PopoloStanding> } {
  const onFile = recordsOnFile(db, photoUrl);
  // Retracted records are not exported, but their slugs and ids are taken.
  const retracted = new Set([
    ...(db.$client.prepare("SELECT 'person/' || slug FROM people WHERE retracted_at IS NOT NULL").pluck().all() as string[]),
    ...(db.$client
      .prepare(
        "SELECT 'membership/' || m.id FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.retracted_at IS NOT NULL OR p.retracted_at IS NOT NULL",
      )
      .pluck()
      .all() as string[]),
  ]);
  const standing = new Map<string, PopoloStanding>();
  const counts = Object.fromEntries(SECTIONS.map((s) => [s, { new: 0, known: 0, conflict: 0 }])) as PopoloReview["counts"];
  const conflicts: string[] = [];
  for (const section of SECTIONS) {
    ((document[section] as Record<string, unknown>[] | undefined) ?? []).forEach((record, index) => {
      const id = String(record.id);
      const existing = onFile.get(id);
      const withdrawn = existing === undefined && retracted.has(id);
      const verdict: PopoloStanding = withdrawn
        ? "conflict"
        : existing === undefined
          ? "new"
          : existing === JSON.stringify(record)
            ? "known"
            : "conflict";
      standing.set(id, verdict);
      counts[section][verdict] += 1;
      if (verdict === "conflict" && conflicts.length < 200) {
        conflicts.push(`${section}[${index}] ${id}: ${withdrawn ? "retracted on record" : "differs from the record on file"}`);
      }
    });
  }
  const known = (id: string | undefined) => id === undefined || standing.has(id) || onFile.has(id);
  const unresolved: string[] = [];
  const check = (where: string, ids: (string | undefined)[]) => {
    for (const id of ids)
      if (!known(id) && unresolved.length < 200) unresolved.push(`${where}: ${id} is neither in the file nor on record`);
  };
  popolo.areas.forEach((a, i) => check(`areas[${i}]`, [a.parent_id, a.successor_id]));
  popolo.organizations.forEach((o, i) => check(`organizations[${i}]`, [o.parent_id, o.area_id]));
  popolo.posts.forEach((p, i) => check(`posts[${i}]`, [p.organization_id]));
  popolo.memberships.forEach((m, i) => check(`memberships[${i}]`, [m.person_id, m.organization_id, m.post_id]));
  return { counts, conflicts, unresolved, standing };
}

const precision = (date: string | undefined) =>
  date === undefined ? null : date.length === 4 ? "year" : date.length === 7 ? "month" : "day";

/** Parents before children, so each row's parent is written first. */
function parentsFirst<T extends { id: string; parent_id?: string }>(records: T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const done = new Set<string>();
  const order: T[] = [];
  const visit = (record: T, depth: number) => {
    if (done.has(record.id) || depth > 50) return;
    const parent = record.parent_id ? byId.get(record.parent_id) : undefined;
    if (parent) visit(parent, depth + 1);
    done.add(record.id);
    order.push(record);
  };
  for (const record of records) visit(record, 0);
  return order;
}

export interface PopoloImportOutcome {
  counts: Record<Section, number> & { sources: number };
}

function writePopolo(
  tx: Db,
  admin: Actor | null,
  input: { popolo: PopoloImport; document: Record<string, unknown> },
  options: { photoUrl: (file: string) => string; fileName?: string },
): PopoloImportOutcome {
  const { popolo, document } = input;
  const review = reviewPopolo(tx, popolo, document, options.photoUrl);
  if (review.conflicts.length > 0 || review.unresolved.length > 0) {
    throw new MutationError("invalid", { fieldErrors: { _form: [...review.conflicts, ...review.unresolved] } });
  }
  const isNew = (id: string) => review.standing.get(id) === "new";
  const counts = { areas: 0, organizations: 0, posts: 0, persons: 0, memberships: 0, sources: 0 };
  const client = tx.$client;
  const idOf = (table: "areas" | "organizations" | "people", slug: string | null | undefined): number | null =>
    slug ? ((client.prepare(`SELECT id FROM ${table} WHERE slug = ?`).pluck().get(slug) as number | undefined) ?? null) : null;

  const sourceIds = new Map<string, number>();
  const source = (link: PopoloLinkInput): number => {
    const url = linkUrl(link);
    const key = url ?? `${link.title}\u0000${link.date ?? ""}`;
    const cached = sourceIds.get(key);
    if (cached !== undefined) return cached;
    const found = (
      url
        ? client.prepare("SELECT id FROM sources WHERE url = ?").pluck().get(url)
        : client
            .prepare("SELECT id FROM sources WHERE url IS NULL AND title = ? AND published_date IS ?")
            .pluck()
            .get(link.title ?? link.note ?? "", link.date ?? null)
    ) as number | undefined;
    const id =
      found ??
      Number(
        client
          .prepare("INSERT INTO sources (title, publisher, published_date, published_precision, url) VALUES (?, ?, ?, ?, ?)")
          .run(link.title ?? link.note ?? url ?? "", link.publisher ?? null, link.date ?? null, precision(link.date), url).lastInsertRowid,
      );
    if (found === undefined) counts.sources += 1;
    sourceIds.set(key, id);
    return id;
  };

  for (const area of parentsFirst(popolo.areas).filter((a) => isNew(a.id))) {
    client
      .prepare("INSERT INTO areas (slug, name, full_name, kind, parent_id, code, valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(
        localPart(area.id, "area"),
        area.name,
        area.full_name,
        area.classification,
        idOf("areas", localPart(area.parent_id ?? "", "area")),
        area.identifier ?? null,
        area.valid_from ?? null,
        area.valid_until ?? null,
      );
    counts.areas += 1;
  }
  for (const area of popolo.areas.filter((a) => isNew(a.id) && a.successor_id && a.succession_date && a.sources.length > 0)) {
    client
      .prepare("INSERT INTO area_successions (area_id, successor_id, effective_date, source_id, quote) VALUES (?, ?, ?, ?, ?)")
      .run(
        idOf("areas", localPart(area.id, "area")),
        idOf("areas", localPart(area.successor_id!, "area")),
        area.succession_date,
        source(area.sources[0]),
        area.sources[0].quote ?? "",
      );
  }
  for (const organization of parentsFirst(popolo.organizations).filter((o) => isNew(o.id))) {
    const english = organization.other_names.find((n) => n.lang === "en")?.name ?? null;
    const short = organization.other_names.find((n) => n.note === "short")?.name ?? null;
    client
      .prepare(
        `INSERT INTO organizations (slug, name, name_en, short_name, kind, member_type, level, area_id, parent_id, sort_order, valid_from, valid_until, description)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        localPart(organization.id, "organization"),
        organization.name,
        english,
        short,
        organization.classification,
        organization.member_type ?? null,
        organization.level,
        idOf("areas", localPart(organization.area_id ?? "", "area")),
        idOf("organizations", localPart(organization.parent_id ?? "", "organization")),
        organization.sort_order,
        organization.founding_date ?? null,
        organization.dissolution_date ?? null,
        organization.description ?? null,
      );
    counts.organizations += 1;
  }
  for (const post of popolo.posts.filter((p) => isNew(p.id))) {
    client
      .prepare("INSERT INTO posts (id, organization_id, role_key, title, sort_order, max_holders) VALUES (?, ?, ?, ?, ?, ?)")
      .run(
        Number(localPart(post.id, "post")),
        idOf("organizations", localPart(post.organization_id, "organization")),
        post.role_key,
        post.label,
        post.sort_order,
        post.max_holders ?? null,
      );
    counts.posts += 1;
  }
  const photoPrefix = options.photoUrl("");
  for (const person of popolo.persons.filter((p) => isNew(p.id))) {
    client
      .prepare(
        `INSERT INTO people (slug, full_name, folded_name, gender, birth_year, ethnicity, hometown, photo_path, biography, other_names)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        localPart(person.id, "person"),
        person.name,
        fold(person.name),
        person.gender ?? null,
        person.birth_date ? Number(person.birth_date) : null,
        person.ethnicity ?? null,
        person.hometown ?? null,
        person.image?.startsWith(photoPrefix) ? person.image.slice(photoPrefix.length) : null,
        person.biography ?? null,
        JSON.stringify(person.other_names.map((n) => n.name)),
      );
    counts.persons += 1;
  }
  for (const membership of popolo.memberships.filter((m) => isNew(m.id))) {
    const id = Number(localPart(membership.id, "membership"));
    client
      .prepare(
        `INSERT INTO memberships (id, person_id, post_id, organization_id, start_date, start_precision, end_date, end_precision, end_reason, attested_date, attested_precision)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        idOf("people", localPart(membership.person_id, "person")),
        Number(localPart(membership.post_id, "post")),
        idOf("organizations", localPart(membership.organization_id, "organization")),
        membership.start_date ?? null,
        precision(membership.start_date),
        membership.end_date ?? null,
        precision(membership.end_date),
        membership.end_reason ?? null,
        membership.attested_date ?? null,
        precision(membership.attested_date),
      );
    for (const link of membership.sources) {
      client
        .prepare("INSERT OR IGNORE INTO membership_sources (membership_id, source_id, quote) VALUES (?, ?, ?)")
        .run(id, source(link), link.quote ?? null);
    }
    counts.memberships += 1;
  }
  recordAudit(tx, admin, {
    action: "import.popolo",
    entityType: "source",
    entityId: 0,
    after: { fileName: options.fileName ?? null, counts },
  });
  return { counts: { ...counts } };
}

/**
 * Writes the document's new records (see the module's note) in one transaction, as
 * the operator's command line (actor null) or an administrator. Refused with the
 * review's problems when anything conflicts or is unresolved.
 */
export function importPopolo(
  db: Db,
  actor: Actor | null,
  input: { popolo: PopoloImport; document: Record<string, unknown> },
  options: { photoUrl: (file: string) => string; fileName?: string },
): PopoloImportOutcome {
  const admin = actor === null ? null : requireAdmin(actor);
  return inTransaction(db, (tx) => writePopolo(tx, admin, input, options));
}

/** A document as text (an upload, or what the review form sends back), read and checked; a refusal names the problems. */
export function readPopoloText(text: string): { popolo: PopoloImport; document: Record<string, unknown> } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new MutationError("invalid", { fieldErrors: { file: ["not_json"] } });
  }
  const read = readPopolo(document);
  if (!read.ok) throw new MutationError("invalid", { fieldErrors: { file: read.problems.slice(0, 50) } });
  return { popolo: read.popolo, document: document as Record<string, unknown> };
}

/** The admin page's commit (through executeMutation, in its transaction): a signed-in administrator only. */
export const importPopoloFile: Mutation<{ document: string; fileName?: string; photoBase: string }, PopoloImportOutcome> = (
  tx,
  actor,
  input,
) => {
  const admin = requireAdmin(actor);
  return writePopolo(tx, admin, readPopoloText(input.document), {
    photoUrl: (file) => new URL(`/api/photos/${file}`, input.photoBase).href,
    fileName: input.fileName,
  });
};
