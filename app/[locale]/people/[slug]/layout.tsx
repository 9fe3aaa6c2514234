import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { resolveSlug } from "@/app/_lib/params";
import { findPerson } from "./data";

/**
 * Checks that the person exists (and is not retracted) before anything
 * streams: the loading state of this segment wraps the page but not this
 * layout, so an unknown slug still gets a real 404 status.
 */
export default async function PersonLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!findPerson(await resolveSlug(params))) notFound();
  return children;
}
