/** GET /api/openapi.json: the OpenAPI 3.1 description of the public JSON endpoints (lib/api/openapi.ts). */
import { apiJson, baseUrl, preflight, publicApi } from "@/app/_lib/api";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export const GET = publicApi((request: Request) =>
  apiJson(request, openApiDocument(baseUrl(request)), { cacheControl: "public, max-age=3600" }),
);

export const OPTIONS = preflight;
