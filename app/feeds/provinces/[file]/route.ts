/** GET /feeds/provinces/<area-slug>.atom?lang=vi|en: the changes in one province's committees and those of its communes. */
import { getDb } from "@/db/client";
import { getProvinceArea } from "@/db/queries/changes";
import { feedPaths, feedResponse, feedSlug } from "@/app/_lib/feeds";
import { apiError, preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const slug = feedSlug((await params).file);
  const area = slug ? getProvinceArea(getDb(), slug) : null;
  if (!area) return apiError(404, "not_found", "no such province");
  return feedResponse(
    request,
    { kind: "province", areaId: area.id },
    { selfPath: feedPaths.province(area.slug), pagePath: "/hierarchy", scope: area.name },
  );
});

export const OPTIONS = preflight;
