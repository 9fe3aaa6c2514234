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
import { fold } from "../../lib/fold";
import { importFieldErrors, importInput, rowField, type ImportInput, type RowDecision } from "../../lib/import/input";
import type { OrgTarget, PostTarget, ReviewRow } from "../../lib/import/review";
import type { Actor } from "../auth/sessions";
import type { FieldErrors } from "../../lib/validation/fields";
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
import { pickPost, termStanding } from "./posts";
import { buildReview } from "./review";

export interface ImportOutcome {
  sourceId: number;
  /** Everyone a row was written for, to link to their public profiles. */
  people: { id: number; slug: string; fullName: string }[];
  counts: { newTerms: number; sourcedTerms: number; endedTerms: number; people: number; organizations: number; posts: number };
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
class Writer {
  private organizations = new Map<string, number>();
  private people = new Map<string, number>();
  readonly touched = { people: new Set<number>(), organizations: new Set<number>(), terms: new Set<number>() };
  readonly counts: ImportOutcome["counts"] = { newTerms: 0, sourcedTerms: 0, endedTerms: 0, people: 0, organizations: 0, posts: 0 };

  constructor(
    private readonly tx: Db,
    private readonly actor: Actor,
    private readonly sourceId: number,
  ) {}

  /** What a savepoint rollback must also forget. */
  checkpoint() {
    const saved = {
      organizations: new Map(this.organizations),
      people: new Map(this.people),
      touched: {
        people: new Set(this.touched.people),
        organizations: new Set(this.touched.organizations),
        terms: new Set(this.touched.terms),
      },
      counts: { ...this.counts },
    };
    return () => {
      this.organizations = saved.organizations;
      this.people = saved.people;
      Object.assign(this.touched, saved.touched);
      Object.assign(this.counts, saved.counts);
    };
  }

  private organization(target: OrgTarget): number {
    if ("id" in target) return target.id;
    const { proposed } = target;
    const known = this.organizations.get(proposed.key);
    if (known) return known;
    const parentId = proposed.parent ? this.organization(proposed.parent) : undefined;
    const { id } = createOrganization(this.tx, this.actor, {
      parentId,
      name: proposed.name,
      nameEn: proposed.nameEn,
      shortName: proposed.shortName,
      kind: proposed.kind,
      memberType: proposed.memberType,
      level: proposed.level,
    });
    this.organizations.set(proposed.key, id);
    this.counts.organizations++;
    return id;
  }

  /** The post a row means, created (with its organisation) when the directory lacks it. */
  private post(target: PostTarget): number {
    if (target.id !== null) return target.id;
    const organizationId = this.organization(target.organization);
    const existing = pickPost(this.tx.select().from(posts).where(eq(posts.organizationId, organizationId)).all(), target);
    if (existing) return existing.id;
    this.counts.posts++;
    return createPost(this.tx, this.actor, {
      organizationId,
      title: target.title,
      roleKey: target.roleKey,
      maxHolders: target.maxHolders ?? undefined,
    }).id;
  }

  private person(row: ReviewRow, decision: RowDecision, organizationId: number): number {
    if (decision.person !== "new") return decision.person;
    const fullName = decision.personName!;
    const seen = new Set((decision.seen ?? "").split(",").filter(Boolean).map(Number));
    const key = fold(fullName);
    const known = this.people.get(key);
    if (known) return known;
    const { id } = createPerson(this.tx, this.actor, {
      fullName,
      // Choosing "new" over namesakes the page showed answers the duplicate check; one recorded since was not seen, so it is asked.
      confirmNotDuplicate: row.person.candidates.length > 0 && row.person.candidates.every((candidate) => seen.has(candidate.id)),
      contextOrganizationId: organizationId,
    });
    this.people.set(key, id);
    this.counts.people++;
    return id;
  }

  write(row: ReviewRow, decision: RowDecision): void {
    const { tx, actor, sourceId } = this;
    if (decision.post === "proposed" && !row.post) throw new MutationError("invalid", { fieldErrors: { postId: ["post_required"] } });
    const postId = decision.post === "proposed" ? this.post(row.post!) : decision.post;
    const post = tx.select().from(posts).where(eq(posts.id, postId)).get();
    if (!post) throw new MutationError("invalid", { fieldErrors: { postId: ["not_found"] } });
    const personId = this.person(row, decision, post.organizationId);
    const date = decision.date.value;
    const quote = row.quote || undefined;
    const standing = termStanding(tx, post, personId, date, decision.dateKind);
    if (standing.status === "known") {
      // The term is on record: the article becomes one more source of it.
      addSourceToTerm(tx, actor, { id: standing.termId, sourceId, sourceQuote: quote });
      this.counts.sourcedTerms++;
      this.touched.terms.add(standing.termId);
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
