/** GET /feeds/organizations/<slug>.atom?lang=vi|en: the changes in one organisation and the bodies under it. */
import { getDb } from "@/db/client";
import { getOrganizationBySlug } from "@/db/queries/organizations";
import { feedPaths, feedResponse, feedSlug } from "@/app/_lib/feeds";
import { apiError, preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const slug = feedSlug((await params).file);
  const organization = slug ? getOrganizationBySlug(getDb(), slug)?.organization : undefined;
  if (!organization) return apiError(404, "not_found", "no such organisation");
  const url = new URL(request.url);
  const name = url.searchParams.get("lang") === "en" && organization.nameEn ? organization.nameEn : organization.name;
  return feedResponse(
    request,
    { kind: "organization", organizationId: organization.id },
    { selfPath: feedPaths.organization(organization.slug), pagePath: `/organizations/${organization.slug}`, scope: name },
  );
});

export const OPTIONS = preflight;
