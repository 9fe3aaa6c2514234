/** Request-scoped reads shared by this route's layout, metadata and pages, so each runs once per request. */
import type { Metadata } from "next";
import { cache } from "react";
import { getDb } from "@/db/client";
import { provinceOfOrganization } from "@/db/queries/changes";
import { getOrganizationBySlug } from "@/db/queries/organizations";
import type { Messages } from "@/lib/i18n";
import { pageMetadata } from "@/app/_lib/metadata";
import { resolveLocale } from "@/app/_lib/locale";
import { feedPaths } from "@/app/_lib/feeds";
import { resolveSlug } from "@/app/_lib/params";
import { organizationName } from "@/lib/titles";

export const findOrganization = cache((slug: string) => getOrganizationBySlug(getDb(), slug));

/** The metadata of a page about one organisation (`subpath` below its address), titled from its name. */
export async function organizationMetadata(
  params: Promise<{ locale: string; slug: string }>,
  subpath: string,
  text: (name: string, m: Messages) => { title: string; description: string },
): Promise<Metadata> {
  const { locale, m } = await resolveLocale(params);
  const slug = await resolveSlug(params);
  const found = findOrganization(slug);
  if (!found) return {};
  const name = organizationName(found.organization, locale);
  const province = provinceOfOrganization(getDb(), found.organization.id);
  const feeds = [
    { url: `${feedPaths.organization(slug)}?lang=${locale}`, title: m.openData.feedTitle(name) },
    ...(province ? [{ url: `${feedPaths.province(province.slug)}?lang=${locale}`, title: m.openData.feedTitle(province.name) }] : []),
  ];
  return pageMetadata({
    locale,
    path: `/organizations/${slug}${subpath}`,
    ...text(name, m),
    siteName: m.common.siteName,
    feeds,
  });
}
