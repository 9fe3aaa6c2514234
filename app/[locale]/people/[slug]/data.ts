/** Request-scoped reads shared by this route's layout, metadata and page, so each runs once per request. */
import { cache } from "react";
import { getDb } from "@/db/client";
import { getPersonBySlug, getRolesAt } from "@/db/queries/people";

/** The person, unless unknown or retracted (retracted people never show to readers). */
export const findPerson = cache((slug: string) => {
  const person = getPersonBySlug(getDb(), slug);
  return person && !person.retractedAt ? person : undefined;
});

export const findRolesAt = cache((personId: number, at: string) => getRolesAt(getDb(), personId, at));
