/**
 * Writing an import: every accepted row through the admin write path (scope,
 * validation, data rules, audit entries), all in the caller's one transaction,
 * each fact citing the article. The analysis is run again here, inside the
 * transaction, so nothing rests on what the page was shown earlier; the page
 * sends only the editor's decisions. A refused row does not stop the others
 * from being checked (each runs in a savepoint), so the editor sees every
 * problem at once; if any row is refused, nothing is written.
 */
import { eq, inArray } from "drizzle-orm";
import { importFieldErrors, importInput, rowField, type ImportInput, type RowDecision } from "../../lib/import/input";
import type { ReviewRow } from "../../lib/import/review";
import type { Actor } from "../auth/sessions";
import type { FieldErrors } from "../../lib/validation/fields";
import type { Db } from "../client";
import { MutationError, addSourceToTerm, appointToPost, createSource, endTerm } from "../mutations";
import { recordAudit } from "../mutations/audit";
import { requireActor, type Mutation } from "../mutations/guard";
import { memberships, people, posts } from "../schema";
import { termStanding } from "./posts";
import { ImportRecords, type ImportCounts } from "./records";
import { buildReview } from "./review";

export interface ImportOutcome {
  sourceId: number;
  /** Everyone a row was written for, to link to their public profiles. */
  people: { id: number; slug: string; fullName: string }[];
  counts: ImportCounts;
  organizationIds: number[];
  termIds: number[];
}

/** Which cell of the table a field of a refused write belongs to. */
const CELL_OF_FIELD: Record<string, string> = {
  personId: "person",
  personName: "person",
  fullName: "person",
  postId: "post",
  title: "post",
  roleKey: "post",
  organizationId: "post",
  parentId: "post",
  name: "post",
  kind: "post",
  memberType: "post",
  level: "post",
  startDate: "date",
  attestedDate: "date",
  endDate: "date",
};

function rowErrors(error: MutationError, key: string): FieldErrors {
  if (error.code === "duplicate") return { [rowField("person", key)]: ["duplicate"] };
  if (error.code !== "invalid") return { [rowField("row", key)]: [error.code] };
  const errors: FieldErrors = {};
  for (const [field, keys] of Object.entries(error.details.fieldErrors ?? {})) {
    const name = rowField(CELL_OF_FIELD[field] ?? "row", key);
    errors[name] = [...new Set([...(errors[name] ?? []), ...keys])];
  }
  return errors;
}

/** Writes rows, remembering what it created so that rows sharing a new person, organisation or post share one record. */
class Writer extends ImportRecords {
  constructor(
    tx: Db,
    actor: Actor,
    private readonly sourceId: number,
  ) {
    super(tx, actor);
  }

  write(row: ReviewRow, decision: RowDecision): void {
    const { tx, actor, sourceId } = this;
    if (decision.post === "proposed" && !row.post) throw new MutationError("invalid", { fieldErrors: { postId: ["post_required"] } });
    const postId = decision.post === "proposed" ? this.post(row.post!) : decision.post;
    const post = tx.select().from(posts).where(eq(posts.id, postId)).get();
    if (!post) throw new MutationError("invalid", { fieldErrors: { postId: ["not_found"] } });
    const personId = this.person(row.person.candidates, decision, post.organizationId);
    const date = decision.date.value;
    const quote = row.quote || undefined;
    const standing = termStanding(tx, post, personId, date, decision.dateKind);
    if (standing.status === "known") {
      const term = tx.select().from(memberships).where(eq(memberships.id, standing.termId)).get()!;
      if (decision.dateKind === "end" && term.endDate === null) {
        // The report says the term ended: it is closed on that date, citing the report's words.
        endTerm(tx, actor, { id: term.id, version: term.version, endDate: date, sourceId, sourceQuote: quote });
        this.counts.endedTerms++;
      } else {
        // The term is on record: the article becomes one more source of it.
        addSourceToTerm(tx, actor, { id: standing.termId, sourceId, sourceQuote: quote });
        this.counts.sourcedTerms++;
      }
      this.touched.terms.add(standing.termId);
    } else if (decision.dateKind === "end") {
      // Left a post the directory did not record: a past term, seen held up to its end.
      const term = appointToPost(tx, actor, { personId, postId, attestedDate: date, endDate: date, sourceId, sourceQuote: quote });
      this.counts.newTerms++;
      this.touched.terms.add(term.id);
    } else {
      if (standing.status === "conflict") {
        if (!decision.endConflicting) throw new MutationError("overlap", { conflicts: [] });
        for (const conflict of standing.conflicts) {
          endTerm(tx, actor, { id: conflict.membershipId, version: conflict.version, endDate: date, sourceId });
          this.counts.endedTerms++;
          this.touched.terms.add(conflict.membershipId);
        }
      }
      const dateField = decision.dateKind === "start" ? "startDate" : "attestedDate";
      const term = appointToPost(tx, actor, { personId, postId, [dateField]: date, sourceId, sourceQuote: quote });
      this.counts.newTerms++;
      this.touched.terms.add(term.id);
    }
    this.touched.people.add(personId);
    this.touched.organizations.add(post.organizationId);
  }
}

function parse(raw: ImportInput) {
  const parsed = importInput.safeParse(raw);
  if (!parsed.success) throw new MutationError("invalid", { fieldErrors: importFieldErrors(parsed.error, raw.rows ?? []) });
  return parsed.data;
}

/**
 * Commits the editor's decisions on an article. Refusals come back as one
 * MutationError whose field errors are keyed by row (`person.3-1`, `row.0-2` …).
 */
export const importArticle: Mutation<ImportInput, ImportOutcome> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parse(raw);
  if (input.rows.length === 0) throw new MutationError("invalid", { fieldErrors: { rows: ["nothing_accepted"] } });
  const review = buildReview(tx, signedIn, { text: input.text, contextId: input.contextId, date: input.sourceDate.value });
  if (!review) throw new MutationError("invalid", { fieldErrors: { contextId: ["not_found"] } });
  const sourceId = createSource(tx, signedIn, {
    sourceTitle: input.sourceTitle,
    sourcePublisher: input.sourcePublisher,
    sourceDate: input.sourceDate.value,
    sourceUrl: input.sourceUrl,
  }).id;

  const rows = new Map(review.rows.map((row) => [row.key, row]));
  const writer = new Writer(tx, signedIn, sourceId);
  const errors: FieldErrors = {};
  for (const decision of input.rows) {
    const row = rows.get(decision.key);
    if (!row) {
      errors[rowField("row", decision.key)] = ["not_found"];
      continue;
    }
    const restore = writer.checkpoint();
    try {
      // A savepoint: a refused row is undone alone, and the next rows are still checked.
      tx.$client.transaction(() => writer.write(row, decision))();
    } catch (error) {
      if (!(error instanceof MutationError)) throw error;
      restore();
      Object.assign(errors, rowErrors(error, decision.key));
    }
  }
  if (Object.keys(errors).length > 0) throw new MutationError("invalid", { fieldErrors: errors });

  recordAudit(tx, signedIn, {
    action: "import.commit",
    entityType: "source",
    entityId: sourceId,
    after: {
      contextId: review.context.id,
      counts: writer.counts,
      rows: input.rows.map((decision) => ({
        key: decision.key,
        titles: rows.get(decision.key)!.titles,
        person: decision.person,
        post: decision.post,
      })),
    },
  });
  const personIds = [...writer.touched.people];
  const touchedPeople = personIds.length
    ? tx.select({ id: people.id, slug: people.slug, fullName: people.fullName }).from(people).where(inArray(people.id, personIds)).all()
    : [];
  return {
    sourceId,
    people: touchedPeople,
    counts: writer.counts,
    organizationIds: [...writer.touched.organizations],
    termIds: [...writer.touched.terms],
  };
};
