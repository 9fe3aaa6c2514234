import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { slugify } from "../lib/fold";

type SluggedTable = "areas" | "organizations" | "people";

/** The slug of `text`, suffixed with -2, -3 … only when the plain one is taken. */
export function uniqueSlug(db: Db, table: SluggedTable, text: string): string {
  const base = slugify(text);
  const taken = new Set(
    db
      .all<{ slug: string }>(sql`SELECT slug FROM ${sql.identifier(table)} WHERE slug = ${base} OR slug GLOB ${`${base}-[0-9]*`}`)
      .map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
