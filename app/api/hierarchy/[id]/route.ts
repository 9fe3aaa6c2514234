/** The children of one node of the organisation tree, for the tree to load on demand. */
import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getTreeChildren, getTreeNodeById } from "@/db/queries/hierarchy";
import { resolveAtDate } from "@/app/_lib/params";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** ?at=YYYY-MM-DD: the tree as it stood that day (default today). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = idSchema.safeParse((await params).id);
  const { at } = resolveAtDate(new URL(request.url).searchParams.get("at") ?? undefined);
  const db = getDb();
  if (!parsed.success || !getTreeNodeById(db, parsed.data, at)) {
    return NextResponse.json({ error: "not_found" }, { status: 404 });
  }
  return NextResponse.json({ nodes: getTreeChildren(db, [parsed.data], at) }, { headers: { "Cache-Control": "public, max-age=60" } });
}
