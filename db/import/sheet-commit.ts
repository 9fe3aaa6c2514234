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
import { sheetFieldErrors, sheetImportInput, type SheetDecision, type SheetImportInput, type SheetRow } from "../../lib/import/sheet";
import { rowField } from "../../lib/import/input";
import type { FieldErrors } from "../../lib/validation/fields";
import { MutationError, addSourceToTerm, appointToPost, correctTerm, createSource, endTerm } from "../mutations";
import { recordAudit } from "../mutations/audit";
import { requireActor, type Mutation } from "../mutations/guard";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { people, posts } from "../schema";
import type { ImportOutcome } from "./commit";
import { ImportRecords } from "./records";
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

export type SheetOutcome = Omit<ImportOutcome, "sourceId" | "counts"> & {
  counts: ImportOutcome["counts"] & { startedTerms: number };
  organization: SheetReview["organization"];
  rows: number;
};

/** Every problem of a refused row, as keys shown beside the row. */
function refusal(error: MutationError): string[] {
  if (error.code !== "invalid") return [error.code];
  return [...new Set(Object.values(error.details.fieldErrors ?? {}).flat())];
}

/** The records a file's rows share (a new person named on two rows, one source cited by many) are created once. */
class SheetWriter extends ImportRecords {
  private sources = new Map<string, number>();
  /** Terms on record given the start they lacked. */
  startedTerms = 0;

  constructor(
    tx: Db,
    actor: Actor,
    private readonly fileName: string,
  ) {
    super(tx, actor);
  }

  checkpoint(): () => void {
    const restore = super.checkpoint();
    const [sources, startedTerms] = [new Map(this.sources), this.startedTerms];
    return () => {
      restore();
      [this.sources, this.startedTerms] = [sources, startedTerms];
    };
  }

  private source(source: SheetSource): number {
    const key = JSON.stringify(source);
    let id = this.sources.get(key);
    if (id === undefined) {
      id = createSource(this.tx, this.actor, { sourceTitle: source.title, sourceUrl: source.url, sourceDate: source.date }).id;
      this.sources.set(key, id);
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
    const personId = this.person(row.person.candidates, decision, post.organizationId);
    const sourceId = this.source(source);
    // Read afresh: earlier rows of this file may have written to the same post.
    const standing = new TermsOnPosts(tx, true).standing(post, personId, cells);
    if (standing.status === "known") {
      const { term } = standing;
      if (!citesSource(citedSources(tx, [term.id]).get(term.id) ?? [], source)) {
        addSourceToTerm(tx, actor, { id: term.id, sourceId });
        this.counts.sourcedTerms++;
      }
      let version = term.version;
      if (cells.start && term.startDate === null) {
        // The start the record lacked, as the file gives it; the audit keeps which file said so.
        correctTerm(tx, actor, {
          id: term.id,
          version,
          startDate: cells.start,
          reason: `Bổ sung ngày bắt đầu từ bảng tính “${this.fileName}”`,
        });
        version++;
        this.startedTerms++;
      }
      if (cells.end && term.endDate === null) {
        endTerm(tx, actor, { id: term.id, version, endDate: cells.end, sourceId });
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
  const writer = new SheetWriter(tx, signedIn, input.fileName ?? "");
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
      counts: { ...writer.counts, startedTerms: writer.startedTerms },
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
    counts: { ...writer.counts, startedTerms: writer.startedTerms },
    organizationIds: [...writer.touched.organizations],
    termIds: [...writer.touched.terms],
  };
};
