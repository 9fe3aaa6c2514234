/**
 * GET /api/search's answer, shared by its route handler (app/api/search, for
 * `next dev` and any server without workers) and the production server's search
 * workers (server/search-worker.ts), so both paths answer alike.
 */
import type { Db } from "../db/client";
import { searchDirectory } from "../db/queries/search";
import { describeError, readSearchParams } from "../lib/search/params";

/**
 * GET /api/search's answer to its query string, as a status and a JSON body:
 * {"query", "total", "totalIsLowerBound", "results": [{type, slug, name, url, roles, score}], "suggestion"}.
 * Bad parameters get a 400 with {"error"}; no input reaches FTS5 as syntax.
 */
export function answerSearchRequest(db: Db, searchParams: URLSearchParams): { status: number; body: object } {
  const params = readSearchParams(searchParams);
  if (!params.success) return { status: 400, body: { error: describeError(params.error) } };
  try {
    const outcome = searchDirectory(db, params.data);
    return {
      status: 200,
      body: {
        query: outcome.query,
        total: outcome.total,
        totalIsLowerBound: outcome.totalIsLowerBound,
        results: outcome.results.map(({ type, slug, name, url, roles, score }) => ({ type, slug, name, url, roles, score })),
        suggestion: outcome.suggestion,
      },
    };
  } catch (error) {
    // Only the database itself failing (busy, missing) can land here; say so without a trace.
    console.error("[search]", error);
    return { status: 503, body: { error: "search is unavailable; try again shortly" } };
  }
}
