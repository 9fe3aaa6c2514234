/**
 * Public pages are rendered by Next for every request that reaches it, and the
 * production server keeps them (server/page-cache.ts) only as long as no record
 * they read has changed: triggers in the database count every write, so that
 * cache needs nothing from here. Revalidating the pages a write changed drops
 * them from the client router's cache, so the editor's next navigation shows it.
 */
import { inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { memberships, organizations, people } from "@/db/schema";

function both(path: string) {
  for (const prefix of ["", "/vi", "/en"]) revalidatePath(`${prefix}${path}`);
}

export interface PublicChange {
  personIds?: number[];
  organizationIds?: number[];
  termIds?: number[];
}

export function revalidatePublic(change: PublicChange) {
  const db = getDb();
  const personIds = [...(change.personIds ?? [])];
  const organizationIds = [...(change.organizationIds ?? [])];
  if (change.termIds?.length) {
    const terms = db
      .select({ personId: memberships.personId, organizationId: memberships.organizationId })
      .from(memberships)
      .where(inArray(memberships.id, change.termIds))
      .all();
    for (const term of terms) {
      personIds.push(term.personId);
      organizationIds.push(term.organizationId);
    }
  }
  if (personIds.length)
    for (const { slug } of db.select({ slug: people.slug }).from(people).where(inArray(people.id, personIds)).all())
      both(`/people/${slug}`);
  if (organizationIds.length)
    for (const { slug } of db
      .select({ slug: organizations.slug })
      .from(organizations)
      .where(inArray(organizations.id, organizationIds))
      .all()) {
      both(`/organizations/${slug}`);
      both(`/organizations/${slug}/members`);
    }
  // Lists that show people and organisations: the home page, the hierarchy and search.
  revalidatePath("/[locale]", "page");
  revalidatePath("/[locale]/hierarchy", "page");
  revalidatePath("/[locale]/search", "page");
}
