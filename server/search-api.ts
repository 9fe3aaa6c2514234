/**
 * GET /api/search's answer, shared by its route handler (app/api/search, for
 * `next dev` and any server without workers) and the production server's search
 * workers (server/search-worker.ts), so both paths answer alike.
 */
import type { Db } from "../db/client";
import { searchDirectory } from "../db/queries/search";
import { describeError, readSearchParams } from "../lib/search/params";
import type { Term } from "../lib/search/query";

function uniqueTerms(terms: Term[]): { word: string; prefix: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const t of terms) seen.set(t.word, (seen.get(t.word) ?? false) || t.prefix);
  return [...seen].map(([word, prefix]) => ({ word, prefix }));
}

/**
 * GET /api/search's answer to its query string, as a status and a JSON body:
 * {"query", "total", "totalIsLowerBound", "results": [{type, slug, name, url, roles, score}], "suggestion",
 * "respelled", "dropped", "relaxedQuery", "terms"}: when the query as typed found nothing, `respelled` is the
 * respelling whose results these are, or `dropped` lists the words left out and `relaxedQuery` what
 * was searched instead (`strict=1` asks for neither).
 * Bad parameters get a 400 with {"error", "code"} (the API's one error shape); no input reaches FTS5 as syntax.
 */
export function answerSearchRequest(db: Db, searchParams: URLSearchParams): { status: number; body: object } {
  const params = readSearchParams(searchParams);
  if (!params.success) return { status: 400, body: { error: describeError(params.error), code: "bad_request" } };
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
        respelled: outcome.respelled,
        dropped: outcome.dropped,
        relaxedQuery: outcome.relaxedQuery,
        // The words matched, corrections included, for marking them in the results.
        terms: uniqueTerms(outcome.terms),
      },
    };
  } catch (error) {
    // Only the database itself failing (busy, missing) can land here; say so without a trace.
    console.error("[search]", error);
    return { status: 503, body: { error: "search is unavailable; try again shortly", code: "unavailable" } };
  }
}
