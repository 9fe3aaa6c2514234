import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { resolveSlug } from "@/app/_lib/params";
import { findOrganization } from "./data";

/**
 * Checks that the organisation exists before anything streams: the loading
 * state of this segment wraps the page but not this layout, so an unknown slug
 * still gets a real 404 status.
 */
export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!findOrganization(await resolveSlug(params))) notFound();
  return children;
}
