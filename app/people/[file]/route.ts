/** GET /people/<slug>.json: one person in Popolo JSON, with their terms, each with its post, organisation and sources. */
import { getDb } from "@/db/client";
import { getPopoloPerson } from "@/db/queries/popolo";
import { recordSlug } from "@/app/_lib/params";
import { apiError, apiJson, photoUrlsFor, preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const slug = recordSlug((await params).file);
  const person = slug ? getPopoloPerson(getDb(), slug, photoUrlsFor(request)) : undefined;
  return person ? apiJson(request, person) : apiError(404, "not_found", "no such person");
});

export const OPTIONS = preflight;
