/**
 * GET /api/search?q=&limit=&offset=&province=&level=&kind=&current=&type=&locale=
 * The answer is server/search-api.ts answerSearchRequest. In production the
 * server in server/main.ts answers this path from its search workers before
 * Next sees it; this handler serves `next dev` and any server without them.
 */
import { getDb } from "@/db/client";
import { answerSearchRequest } from "@/server/search-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const { status, body } = answerSearchRequest(getDb(), new URL(request.url).searchParams);
  return Response.json(body, { status });
}
