/**
 * GET /api/search?q=&limit=&offset=&province=&level=&kind=&current=&type=&locale=
 * The answer is server/search-api.ts answerSearchRequest. In production the
 * server in server/main.ts answers this path from its search workers before
 * Next sees it (with the same rate limit, CORS and ETag); this handler serves
 * `next dev` and any server without them.
 */
import { getDb } from "@/db/client";
import { answerSearchRequest } from "@/server/search-api";
import { apiJson, preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi((request: Request) => {
  const { status, body } = answerSearchRequest(getDb(), new URL(request.url).searchParams);
  return apiJson(request, body, { status, cacheControl: "no-store" });
});

export const OPTIONS = preflight;
