/**
 * The post a seat means within an organisation, and how a new term there
 * stands against the terms on record: already known, clashing with another
 * holder of a one-holder post, or new.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { foldWords } from "../../lib/fold";
import { ROLE_TITLES } from "../../lib/roles";
import type { Seat } from "../../lib/import/title";
import type { DateKind, OrgTarget, PostTarget, TermConflict } from "../../lib/import/review";
import type { Db } from "../client";
import { notAfter, termsOverlap } from "../mutations/terms";
import { memberships, people, posts, type Post } from "../schema";

/**
 * The post for a seat: the one with its title, else the only one with its role
 * (a post may be titled differently, "Phó Chủ tịch Hội"), else none. A seat with
 * a title of its own ("Phó Bí thư Thường trực") is a different post from the
 * plain one of its role.
 */
export function pickPost(
  existing: Pick<Post, "id" | "roleKey" | "title" | "maxHolders">[],
  seat: Seat,
): Pick<Post, "id" | "title" | "maxHolders"> | null {
  const title = foldWords(seat.title);
  const byTitle = existing.find((post) => foldWords(post.title) === title);
  if (byTitle) return byTitle;
  if (seat.roleKey === "other" || title !== foldWords(ROLE_TITLES[seat.roleKey].vi)) return null;
  const byRole = existing.filter((post) => post.roleKey === seat.roleKey);
  return byRole.length === 1 ? byRole[0] : null;
}

export class PostResolver {
  private readonly byOrganization = new Map<number, Post[]>();

  constructor(private readonly db: Db) {}

  postsOf(organizationId: number): Post[] {
    let found = this.byOrganization.get(organizationId);
    if (!found) {
      found = this.db.select().from(posts).where(eq(posts.organizationId, organizationId)).orderBy(posts.sortOrder, posts.id).all();
      this.byOrganization.set(organizationId, found);
    }
    return found;
  }

  /** Loads the posts of many organisations in one query (for the post choices of the review). */
  preload(organizationIds: number[]): void {
    const missing = organizationIds.filter((id) => !this.byOrganization.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.byOrganization.set(id, []);
    const rows = this.db.select().from(posts).where(inArray(posts.organizationId, missing)).orderBy(posts.sortOrder, posts.id).all();
    for (const post of rows) this.byOrganization.get(post.organizationId)!.push(post);
  }

  resolve(organization: OrgTarget, seat: Seat): PostTarget {
    const post = "id" in organization ? pickPost(this.postsOf(organization.id), seat) : null;
    if (post) return { id: post.id, title: post.title, roleKey: seat.roleKey, maxHolders: post.maxHolders, organization };
    return { id: null, title: seat.title, roleKey: seat.roleKey, maxHolders: seat.maxHolders, organization };
  }
}

/**
 * A report that a person left a post: their term on record that it ends (open,
 * or already ended on that date, so reading the report again changes nothing)
 * is known; with none on record the term is new, known only by its end. Other
 * holders are no conflict: the post is being vacated.
 */
function endingStanding(db: Db, postId: number, personId: number | null, date: string): TermStanding {
  if (personId === null) return { status: "new" };
  const own = db
    .select()
    .from(memberships)
    .where(and(eq(memberships.postId, postId), eq(memberships.personId, personId), isNull(memberships.retractedAt)))
    .orderBy(memberships.id)
    .all()
    .find((term) => {
      const from = term.startDate ?? term.attestedDate;
      return (term.endDate === null || term.endDate === date) && (from === null || notAfter(from, date));
    });
  return own ? { status: "known", termId: own.id } : { status: "new" };
}

export type TermStanding = { status: "known"; termId: number } | { status: "conflict"; conflicts: TermConflict[] } | { status: "new" };

/**
 * How a term of `personId` (null: a person not yet recorded) on a post,
 * attested or started at `date`, stands against the post's terms on record.
 * The same person's overlapping term is the one the article speaks of; on a
 * post with a holder limit, other holders' overlapping terms are conflicts.
 */
export function termStanding(
  db: Db,
  post: { id: number; maxHolders: number | null },
  personId: number | null,
  date: string,
  dateKind: DateKind,
): TermStanding {
  if (dateKind === "end") return endingStanding(db, post.id, personId, date);
  const dates = { startDate: dateKind === "start" ? date : null, attestedDate: dateKind === "attested" ? date : null, endDate: null };
  const overlapping = db
    .select({ term: memberships, personName: people.fullName })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.postId, post.id), isNull(memberships.retractedAt)))
    .orderBy(memberships.id)
    .all()
    .filter(({ term }) => termsOverlap(term, dates));
  const own = overlapping.find(({ term }) => term.personId === personId);
  if (own) return { status: "known", termId: own.term.id };
  if (post.maxHolders === null || overlapping.length < post.maxHolders) return { status: "new" };
  return {
    status: "conflict",
    conflicts: overlapping.map(({ term, personName }) => {
      const from = term.startDate ?? term.attestedDate;
      return {
        membershipId: term.id,
        version: term.version,
        personName,
        from,
        endable: term.endDate === null && from !== null && notAfter(from, date),
      };
    }),
  };
}
