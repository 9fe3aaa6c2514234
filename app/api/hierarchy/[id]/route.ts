/** The children of one node of the organisation tree, for the tree to load on demand. */
import { z } from "zod";
import { getDb } from "@/db/client";
import { getTreeChildren, getTreeNodeById } from "@/db/queries/hierarchy";
import { apiError, apiJson, preflight, publicApi, readAtParam } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** ?at=YYYY-MM-DD: the tree as it stood that day (default today). */
export const GET = publicApi(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const parsed = idSchema.safeParse((await params).id);
  const date = readAtParam(request);
  if ("response" in date) return date.response;
  const db = getDb();
  if (!parsed.success || !getTreeNodeById(db, parsed.data, date.at)) return apiError(404, "not_found", "no such organisation on that day");
  return apiJson(request, { nodes: getTreeChildren(db, [parsed.data], date.at) });
});

export const OPTIONS = preflight;
