/** The sources that state terms, with the words each uses. */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { membershipSources, sources } from "../schema";

export interface CitedSource {
  membershipId: number;
  sourceId: number;
  title: string;
  publisher: string | null;
  publishedDate: string | null;
  url: string | null;
  quote: string | null;
}

/** The sources of many terms at once (no query per term). */
export function getSourcesForMemberships(db: Db, membershipIds: number[]): CitedSource[] {
  if (membershipIds.length === 0) return [];
  return db
    .select({
      membershipId: membershipSources.membershipId,
      sourceId: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      publishedDate: sources.publishedDate,
      url: sources.url,
      quote: membershipSources.quote,
    })
    .from(membershipSources)
    .innerJoin(sources, eq(sources.id, membershipSources.sourceId))
    .where(inArray(membershipSources.membershipId, membershipIds))
    .orderBy(sources.publishedDate, sources.id)
    .all();
}
