/** Request-scoped reads shared by this route's layout, metadata and page, so each runs once per request. */
import { cache } from "react";
import { getDb } from "@/db/client";
import { getOrganizationBySlug } from "@/db/queries/organizations";

export const findOrganization = cache((slug: string) => getOrganizationBySlug(getDb(), slug));
