import { notFound } from "next/navigation";
import { z } from "zod";
import { isoDaySchema, todayIso } from "../../lib/dates";

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);

/** A slug route parameter; anything that cannot be a slug is a 404, never an error. */
export async function resolveSlug(params: Promise<{ slug: string }>): Promise<string> {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The ?at= date of a page: a valid YYYY-MM-DD, else today. */
export function resolveAtDate(value: string | string[] | undefined): { at: string; historical: boolean } {
  const parsed = isoDaySchema.safeParse(typeof value === "string" ? value : "");
  return parsed.success ? { at: parsed.data, historical: parsed.data !== todayIso() } : { at: todayIso(), historical: false };
}

/** The slug of a record file's name ("<slug>.json"), or null for a name that is none. */
export function recordSlug(file: string): string | null {
  if (!file.endsWith(".json")) return null;
  const parsed = slugSchema.safeParse(file.slice(0, -".json".length));
  return parsed.success ? parsed.data : null;
}
