/**
 * Writing a spreadsheet import, beside the article's (commit.ts): the review
 * built again inside the caller's one transaction from the file's rows (so
 * nothing rests on what the page was shown), and every ticked row written
 * through the admin write path (scope, validation, data rules, an audit entry
 * per write), each term citing the row's own source. A refused row does not
 * stop the others from being checked (each runs in a savepoint), so the editor
 * sees every problem at once; if any row is refused, nothing is written. One
 * audit entry records the import itself: the file, the organisation and what
 * was written.
 */
import { eq, inArray } from "drizzle-orm";
import { todayIso } from "../../lib/dates";
import { fold } from "../../lib/fold";
import type { OrgTarget, PostTarget } from "../../lib/import/review";
import { sheetFieldErrors, sheetImportInput, type SheetDecision, type SheetImportInput, type SheetRow } from "../../lib/import/sheet";
import { rowField } from "../../lib/import/input";
import type { FieldErrors } from "../../lib/validation/fields";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import {
  MutationError,
  addSourceToTerm,
  appointToPost,
  createOrganization,
  createPerson,
  createPost,
  createSource,
  endTerm,
} from "../mutations";
import { recordAudit } from "../mutations/audit";
import { requireActor, type Mutation } from "../mutations/guard";
import { people, posts } from "../schema";
import type { ImportOutcome } from "./commit";
import { pickPost } from "./posts";
import {
  buildSheetReview,
  citedSources,
  citesSource,
  rowSource,
  TermsOnPosts,
  type SheetReview,
  type SheetReviewRow,
  type SheetSource,
} from "./sheet-review";

export type SheetOutcome = Omit<ImportOutcome, "sourceId"> & { organization: SheetReview["organization"]; rows: number };

/** Every problem of a refused row, as keys shown beside the row. */
function refusal(error: MutationError): string[] {
  if (error.code !== "invalid") return [error.code];
  return [...new Set(Object.values(error.details.fieldErrors ?? {}).flat())];
}

/** The records a file's rows share (a new person named on two rows, one source cited by many) are created once. */
class SheetWriter {
  private created = { organizations: new Map<string, number>(), people: new Map<string, number>(), sources: new Map<string, number>() };
  readonly touched = { people: new Set<number>(), organizations: new Set<number>(), terms: new Set<number>() };
  readonly counts: ImportOutcome["counts"] = { newTerms: 0, sourcedTerms: 0, endedTerms: 0, people: 0, organizations: 0, posts: 0 };

  constructor(
    private readonly tx: Db,
    private readonly actor: Actor,
  ) {}

  /** Restores what a rolled-back savepoint undid. */
  checkpoint(): () => void {
    const copy = <K, V>(map: Map<K, V>) => new Map(map);
    const created = {
      organizations: copy(this.created.organizations),
      people: copy(this.created.people),
      sources: copy(this.created.sources),
    };
    const touched = Object.fromEntries(Object.entries(this.touched).map(([name, set]) => [name, new Set(set)]));
    const counts = { ...this.counts };
    return () => {
      this.created = created;
      Object.assign(this.touched, touched);
      Object.assign(this.counts, counts);
    };
  }

  private source(source: SheetSource): number {
    const key = JSON.stringify(source);
    let id = this.created.sources.get(key);
    if (id === undefined) {
      id = createSource(this.tx, this.actor, { sourceTitle: source.title, sourceUrl: source.url, sourceDate: source.date }).id;
      this.created.sources.set(key, id);
    }
    return id;
  }

  private organization(target: OrgTarget): number {
    if ("id" in target) return target.id;
    const { proposed } = target;
    let id = this.created.organizations.get(proposed.key);
    if (id === undefined) {
      const { parent, key: _key, ...fields } = proposed;
      id = createOrganization(this.tx, this.actor, { ...fields, parentId: parent ? this.organization(parent) : undefined }).id;
      this.created.organizations.set(proposed.key, id);
      this.counts.organizations++;
    }
    return id;
  }

  private post(target: PostTarget): number {
    if (target.id !== null) return target.id;
    const organizationId = this.organization(target.organization);
    const existing = pickPost(this.tx.select().from(posts).where(eq(posts.organizationId, organizationId)).all(), target);
    if (existing) return existing.id;
    this.counts.posts++;
    const { title, roleKey, maxHolders } = target;
    return createPost(this.tx, this.actor, { organizationId, title, roleKey, maxHolders: maxHolders ?? undefined }).id;
  }

  private person(row: SheetReviewRow, decision: SheetDecision, organizationId: number): number {
    if (decision.person !== "new") return decision.person;
    const fullName = decision.personName!;
    const key = fold(fullName);
    let id = this.created.people.get(key);
    if (id === undefined) {
      const seen = new Set((decision.seen ?? "").split(",").filter(Boolean).map(Number));
      id = createPerson(this.tx, this.actor, {
        fullName,
        // Choosing "new" over the namesakes the page showed answers the duplicate check; one recorded since was not seen.
        confirmNotDuplicate: row.person.candidates.length > 0 && row.person.candidates.every((candidate) => seen.has(candidate.id)),
        contextOrganizationId: organizationId,
      }).id;
      this.created.people.set(key, id);
      this.counts.people++;
    }
    return id;
  }

  write(row: SheetReviewRow, cells: SheetRow, decision: SheetDecision, fallback: SheetSource | null): void {
    const { tx, actor } = this;
    if (decision.post === "proposed" && !row.post) throw new MutationError("invalid", { fieldErrors: { postId: ["post_required"] } });
    const postId = decision.post === "proposed" ? this.post(row.post!) : decision.post;
    const post = tx.select().from(posts).where(eq(posts.id, postId)).get();
    if (!post) throw new MutationError("invalid", { fieldErrors: { postId: ["not_found"] } });
    const source = rowSource(cells, fallback);
    if (!source) throw new MutationError("invalid", { fieldErrors: { sourceTitle: ["source_required"] } });
    const personId = this.person(row, decision, post.organizationId);
    const sourceId = this.source(source);
    // Read afresh: earlier rows of this file may have written to the same post.
    const standing = new TermsOnPosts(tx).standing(post, personId, cells);
    if (standing.status === "known") {
      const { term } = standing;
      if (!citesSource(citedSources(tx, [term.id]).get(term.id) ?? [], source)) {
        addSourceToTerm(tx, actor, { id: term.id, sourceId });
        this.counts.sourcedTerms++;
      }
      if (cells.end && term.endDate === null) {
        endTerm(tx, actor, { id: term.id, version: term.version, endDate: cells.end, sourceId });
        this.counts.endedTerms++;
      }
      this.touched.terms.add(term.id);
    } else {
      if (standing.status === "conflict") {
        if (!decision.endConflicting || !standing.conflicts.every((c) => c.endable)) throw new MutationError("overlap", { conflicts: [] });
        for (const conflict of standing.conflicts) {
          endTerm(tx, actor, { id: conflict.membershipId, version: conflict.version, endDate: (cells.start ?? cells.attested)!, sourceId });
          this.counts.endedTerms++;
          this.touched.terms.add(conflict.membershipId);
        }
      }
      const term = appointToPost(tx, actor, {
        personId,
        postId,
        startDate: cells.start,
        attestedDate: cells.attested,
        endDate: cells.end,
        sourceId,
      });
      this.counts.newTerms++;
      this.touched.terms.add(term.id);
    }
    this.touched.people.add(personId);
    this.touched.organizations.add(post.organizationId);
  }
}

/**
 * Commits the editor's decisions on an uploaded sheet. Refusals come back as
 * one MutationError whose field errors are keyed by row (`row.12`).
 */
export const importSheet: Mutation<SheetImportInput, SheetOutcome> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const parsed = sheetImportInput.safeParse(raw);
  if (!parsed.success) throw new MutationError("invalid", { fieldErrors: sheetFieldErrors(parsed.error, raw.decisions ?? []) });
  const input = parsed.data;
  if (input.decisions.length === 0) throw new MutationError("invalid", { fieldErrors: { rows: ["nothing_accepted"] } });
  const fallback = input.sourceTitle
    ? { title: input.sourceTitle, url: input.sourceUrl ?? null, date: input.sourceDate?.value ?? null }
    : null;
  const review = buildSheetReview(tx, signedIn, {
    organizationId: input.organizationId,
    rows: input.rows,
    defaultSource: fallback,
    date: todayIso(),
  });
  if (!review) throw new MutationError("invalid", { fieldErrors: { organizationId: ["not_found"] } });

  const reviewed = new Map(review.rows.map((row) => [row.key, row]));
  const cells = new Map(input.rows.map((row) => [String(row.line), row]));
  const writer = new SheetWriter(tx, signedIn);
  const errors: FieldErrors = {};
  for (const decision of input.decisions) {
    const row = reviewed.get(decision.key);
    if (!row) {
      errors[rowField("row", decision.key)] = ["not_found"];
      continue;
    }
    const restore = writer.checkpoint();
    try {
      // A savepoint: a refused row is undone alone, and the next rows are still checked.
      tx.$client.transaction(() => writer.write(row, cells.get(decision.key)!, decision, fallback))();
    } catch (error) {
      if (!(error instanceof MutationError)) throw error;
      restore();
      errors[rowField("row", decision.key)] = refusal(error);
    }
  }
  if (Object.keys(errors).length > 0) throw new MutationError("invalid", { fieldErrors: errors });

  recordAudit(tx, signedIn, {
    action: "import.spreadsheet",
    entityType: "organization",
    entityId: review.organization.id,
    after: {
      fileName: input.fileName ?? null,
      counts: writer.counts,
      rows: input.decisions.map((decision) => ({ line: Number(decision.key), person: decision.person, post: decision.post })),
    },
  });
  const personIds = [...writer.touched.people];
  const touchedPeople = personIds.length
    ? tx.select({ id: people.id, slug: people.slug, fullName: people.fullName }).from(people).where(inArray(people.id, personIds)).all()
    : [];
  return {
    organization: review.organization,
    rows: input.decisions.length,
    people: touchedPeople,
    counts: writer.counts,
    organizationIds: [...writer.touched.organizations],
    termIds: [...writer.touched.terms],
  };
};
