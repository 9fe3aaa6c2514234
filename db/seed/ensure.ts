/**
 * Insert-if-missing helpers keyed by natural keys, so that seeding is idempotent:
 * running it again finds every record and changes nothing.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { uniqueSlug } from "../slugs";
import { areas, membershipSources, memberships, organizations, people, posts, sources } from "../schema";
import { type DatePrecision, type MemberOrganizationType, type OrganizationKind } from "../../lib/domain";
import { fold, slugify } from "../../lib/fold";
import { standardPosts } from "../../lib/structure";

export function ensureArea(db: Db, values: Omit<typeof areas.$inferInsert, "slug"> & { slug?: string }) {
  const slug = values.slug ?? slugify(values.name);
  const found = db.select().from(areas).where(eq(areas.slug, slug)).get();
  return (
    found ??
    db
      .insert(areas)
      .values({ ...values, slug })
      .returning()
      .get()
  );
}

export function ensureOrganization(
  db: Db,
  values: Omit<typeof organizations.$inferInsert, "slug"> & {
    /** Default: from the name; a historic body sharing today's name gets its own. */
    slug?: string;
    kind: OrganizationKind;
    memberType?: MemberOrganizationType | null;
  },
) {
  const slug = values.slug ?? slugify(values.name);
  const found = db.select().from(organizations).where(eq(organizations.slug, slug)).get();
  if (found) return found;
  const organization = db
    .insert(organizations)
    .values({ ...values, slug })
    .returning()
    .get();
  standardPosts(values.kind, values.memberType).forEach((template, index) => {
    db.insert(posts)
      .values({ ...template, organizationId: organization.id, sortOrder: index })
      .run();
  });
  return organization;
}

export function postOf(db: Db, organizationId: number, roleKey: string) {
  const post = db
    .select()
    .from(posts)
    .where(and(eq(posts.organizationId, organizationId), eq(posts.roleKey, roleKey)))
    .get();
  if (!post) throw new Error(`organisation ${organizationId} has no post ${roleKey}`);
  return post;
}

export function ensurePerson(db: Db, values: Omit<typeof people.$inferInsert, "slug" | "foldedName">) {
  const folded = fold(values.fullName);
  const found = db.select().from(people).where(eq(people.foldedName, folded)).get();
  if (found) return found;
  return db
    .insert(people)
    .values({ ...values, foldedName: folded, slug: uniqueSlug(db, "people", values.fullName) })
    .returning()
    .get();
}

export function ensureSource(db: Db, values: typeof sources.$inferInsert) {
  const found = db
    .select()
    .from(sources)
    .where(and(eq(sources.title, values.title), eq(sources.publishedDate, values.publishedDate ?? "")))
    .get();
  return found ?? db.insert(sources).values(values).returning().get();
}

/** A term attested by a source on a date, its start unknown (the usual news-report case). */
export function ensureAttestedTerm(
  db: Db,
  args: {
    personId: number;
    post: { id: number; organizationId: number };
    attested: { date: string; precision: DatePrecision };
    sourceId: number;
    quote: string;
  },
) {
  const existing = db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.personId, args.personId),
        eq(memberships.postId, args.post.id),
        isNull(memberships.endDate),
        isNull(memberships.retractedAt),
      ),
    )
    .get();
  const term =
    existing ??
    db
      .insert(memberships)
      .values({
        personId: args.personId,
        postId: args.post.id,
        organizationId: args.post.organizationId,
        attestedDate: args.attested.date,
        attestedPrecision: args.attested.precision,
      })
      .returning()
      .get();
  db.insert(membershipSources).values({ membershipId: term.id, sourceId: args.sourceId, quote: args.quote }).onConflictDoNothing().run();
  return term;
}
