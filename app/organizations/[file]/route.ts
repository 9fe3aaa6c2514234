/**
 * GET /organizations/<slug>.json[?at=YYYY-MM-DD]: one organisation in Popolo JSON with its posts,
 * each with its current and past holders' terms (`current` on the date, default today).
 */
import { getDb } from "@/db/client";
import { getPopoloOrganization } from "@/db/queries/popolo";
import { recordSlug } from "@/app/_lib/params";
import { apiError, apiJson, preflight, publicApi, readAtParam } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const slug = recordSlug((await params).file);
  const date = readAtParam(request);
  if ("response" in date) return date.response;
  const organization = slug ? getPopoloOrganization(getDb(), slug, date.at) : undefined;
  return organization ? apiJson(request, organization) : apiError(404, "not_found", "no such organisation");
});

export const OPTIONS = preflight;
