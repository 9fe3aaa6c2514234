import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SignedInOnly } from "@/app/_lib/signed-in";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DownloadLinks } from "@/components/download-links";
import { organizationHref } from "@/components/links";
import { MemberList } from "@/components/org-chart";
import { TimeTravel } from "@/components/time-travel";
import { getDb } from "@/db/client";
import { getAncestors } from "@/db/queries/hierarchy";
import { getOtherMembers } from "@/db/queries/organizations";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { resolveAtDate, resolveSlug } from "@/app/_lib/params";
import { organizationName } from "@/lib/titles";
import { findOrganization, organizationMetadata } from "../data";

interface Props {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return organizationMetadata(params, "/members", (name, m) => ({
    title: m.browse.membersPageTitle(name),
    description: m.browse.membersPageDescription(name),
  }));
}

/** Every member of an organisation outside its leadership chart, which its own page lists only in part. */
export default async function OrganizationMembersPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const slug = await resolveSlug(params);
  const { at, historical } = resolveAtDate((await searchParams).at);
  const found = findOrganization(slug);
  if (!found) notFound();
  const { organization } = found;
  const db = getDb();
  const posts = getOtherMembers(db, organization, at);
  const name = organizationName(organization, locale);
  const linkAt = historical ? at : null;
  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumbs}
        items={[
          { href: localePath(locale, "/"), label: m.common.navHome },
          ...getAncestors(db, organization.id).map((a) => ({
            href: organizationHref(locale, a.slug, linkAt),
            label: organizationName(a, locale),
          })),
          { href: organizationHref(locale, slug, linkAt), label: name },
        ]}
        current={m.browse.otherMembers}
      />
      <h1 className="text-2xl font-bold sm:text-3xl">{m.browse.membersPageTitle(name)}</h1>
      <TimeTravel locale={locale} at={at} historical={historical} path={localePath(locale, `/organizations/${slug}/members`)} />
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        <DownloadLinks
          locale={locale}
          formats={["xlsx", "csv"]}
          href={(format) => `/api/organizations/${slug}/members?format=${format}&lang=${locale}${linkAt ? `&at=${linkAt}` : ""}`}
          describe={m.spreadsheet.downloadMembers}
          testId="members-download"
        />
        <SignedInOnly>
          <a href={localePath(locale, `/admin/import/spreadsheet?organization=${organization.id}`)} className="no-print text-sm">
            {m.spreadsheet.updateFromSheet}
          </a>
        </SignedInOnly>
      </div>
      <div className="mt-6">
        {posts.length > 0 ? (
          <MemberList posts={posts} level={organization.level} locale={locale} at={linkAt} />
        ) : (
          <p className="text-stone-700">{m.browse.noOtherMembers}</p>
        )}
      </div>
    </article>
  );
}
