/**
 * Creating a person record, shared by "new person" and appointing someone not yet
 * in the directory; apart from people.ts so that terms.ts need not import it.
 */
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { fold } from "../../lib/fold";
import type { createPersonInput } from "../../lib/validation/admin";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { people, type Person } from "../schema";
import { uniqueSlug } from "../slugs";
import { recordAudit } from "./audit";
import { MutationError, type DuplicateCandidate } from "./errors";

/**
 * People who are likely the one being created: the same folded name and either
 * the same birth year (both unknown counts as the same) or a term in the same
 * organisation.
 */
export function findLikelyDuplicates(
  tx: Db,
  person: { fullName: string; birthYear?: number | null; organizationId?: number | null },
): DuplicateCandidate[] {
  return tx.all<DuplicateCandidate>(sql`
    SELECT p.id, p.slug, p.full_name AS fullName, p.birth_year AS birthYear,
      CASE WHEN p.birth_year IS ${person.birthYear ?? null} THEN 'birth_year' ELSE 'organization' END AS match
    FROM people p
    WHERE p.folded_name = ${fold(person.fullName.trim())} AND p.retracted_at IS NULL
      AND (p.birth_year IS ${person.birthYear ?? null}
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.retracted_at IS NULL
                   AND m.organization_id = ${person.organizationId ?? null}))
    ORDER BY p.id`);
}

/** Inserts a person after the duplicate check; shared with appointing a new person. */
export function insertPerson(tx: Db, actor: Actor, input: z.output<typeof createPersonInput>): Person {
  if (!input.confirmNotDuplicate) {
    const candidates = findLikelyDuplicates(tx, {
      fullName: input.fullName,
      birthYear: input.birthYear,
      organizationId: input.contextOrganizationId,
    });
    if (candidates.length > 0) throw new MutationError("duplicate", { candidates });
  }
  const { confirmNotDuplicate: _confirmed, contextOrganizationId: _context, ...fields } = input;
  const person = tx
    .insert(people)
    .values({ ...fields, foldedName: fold(fields.fullName), slug: uniqueSlug(tx, "people", fields.fullName) })
    .returning()
    .get();
  recordAudit(tx, actor, { action: "person.create", entityType: "person", entityId: person.id, after: person });
  return person;
}
