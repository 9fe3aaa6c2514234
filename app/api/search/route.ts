/**
 * GET /api/search?q=&limit=&offset=&province=&level=&kind=&current=&type=
 * → {"query", "total", "totalIsLowerBound", "results": [{type, slug, name, url, roles, score}], "suggestion"}
 * Bad parameters get a 400 with {"error"}; no input reaches FTS5 as syntax.
 */
import { getDb } from "@/db/client";
import { searchDirectory, type SearchHit } from "@/db/queries/search";
import { describeError, readSearchParams } from "@/lib/search/params";

export const dynamic = "force-dynamic";

function resultJson(hit: SearchHit) {
  return {
    type: hit.type,
    slug: hit.slug,
    name: hit.name,
    url: hit.url,
    roles: hit.roles,
    score: hit.score,
  };
}

export function GET(request: Request) {
  const params = readSearchParams(new URL(request.url).searchParams);
  if (!params.success) return Response.json({ error: describeError(params.error) }, { status: 400 });
  try {
    const outcome = searchDirectory(getDb(), params.data);
    return Response.json({
      query: outcome.query,
      total: outcome.total,
      totalIsLowerBound: outcome.totalIsLowerBound,
      results: outcome.results.map(resultJson),
      suggestion: outcome.suggestion,
    });
  } catch (error) {
    // Only the database itself failing (busy, missing) can land here; say so without a trace.
    console.error("[search]", error);
    return Response.json({ error: "search is unavailable; try again shortly" }, { status: 503 });
  }
}
