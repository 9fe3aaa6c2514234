import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../auth/sessions";
import type { PartialDate } from "../../lib/dates";
import { sourceInput } from "../../lib/validation/admin";
import type { Db } from "../client";
import { membershipSources, sources } from "../schema";
import { recordAudit } from "./audit";
import { invalid } from "./errors";
import { parseInput, requireActor, type Mutation } from "./guard";

export interface SourceFields {
  sourceId?: number;
  sourceTitle?: string;
  sourcePublisher?: string;
  sourceDate?: PartialDate;
  sourceUrl?: string;
  sourceQuote?: string;
}

/**
 * The source a write cites: the chosen one, or a new one, reusing a source
 * already recorded with the same address or the same title and date.
 */
export function resolveSource(tx: Db, actor: Actor, fields: SourceFields): number | null {
  if (fields.sourceId) {
    const found = tx.select({ id: sources.id }).from(sources).where(eq(sources.id, fields.sourceId)).get();
    if (!found) throw invalid("sourceId", "not_found");
    return found.id;
  }
  if (!fields.sourceTitle) return null;
  const byUrl = fields.sourceUrl && tx.select().from(sources).where(eq(sources.url, fields.sourceUrl)).get();
  if (byUrl) return byUrl.id;
  const byTitle = tx
    .select()
    .from(sources)
    .where(
      and(
        eq(sources.title, fields.sourceTitle),
        fields.sourceDate ? eq(sources.publishedDate, fields.sourceDate.value) : isNull(sources.publishedDate),
      ),
    )
    .get();
  if (byTitle) return byTitle.id;
  const created = tx
    .insert(sources)
    .values({
      title: fields.sourceTitle,
      publisher: fields.sourcePublisher ?? null,
      publishedDate: fields.sourceDate?.value ?? null,
      publishedPrecision: fields.sourceDate?.precision ?? null,
      url: fields.sourceUrl ?? null,
    })
    .returning()
    .get();
  recordAudit(tx, actor, { action: "source.create", entityType: "source", entityId: created.id, after: created });
  return created.id;
}

/** Cites a source for a term; citing it again with new words replaces the quote. */
export function citeSource(tx: Db, membershipId: number, sourceId: number, quote: string | undefined): void {
  tx.insert(membershipSources)
    .values({ membershipId, sourceId, quote: quote ?? null })
    .onConflictDoUpdate({
      target: [membershipSources.membershipId, membershipSources.sourceId],
      set: { quote: sql`coalesce(excluded.quote, ${membershipSources.quote})` },
    })
    .run();
}

export const createSource: Mutation<z.input<typeof sourceInput>, { id: number }> = (tx, actor, input) => {
  const signedIn = requireActor(actor);
  const fields = parseInput(sourceInput, input);
  return { id: resolveSource(tx, signedIn, fields)! };
};
