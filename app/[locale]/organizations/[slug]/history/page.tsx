import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { vietnameseLang } from "@/components/labels";
import { organizationHref, personHref } from "@/components/links";
import { Citations, numberSources, SourceList } from "@/components/source-list";
import { termDates } from "@/components/term-dates";
import { getDb } from "@/db/client";
import { getPostHistories } from "@/db/queries/history";
import { getAncestors } from "@/db/queries/hierarchy";
import { localePath } from "@/lib/i18n";
import { postTitle } from "@/lib/roles";
import { organizationName } from "@/lib/titles";
import { resolveLocale } from "@/app/_lib/locale";
import { resolveSlug } from "@/app/_lib/params";
import { findOrganization, organizationMetadata } from "../data";

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return organizationMetadata(params, "/history", (name, m) => ({
    title: m.history.postHistoryTitle(name),
    description: m.history.postHistoryDescription(name),
  }));
}

/** Who held each post of an organisation over time, with the dates at their precision and the source of every term. */
export default async function PostHistoryPage({ params }: Props) {
  const { locale, m } = await resolveLocale(params);
  const slug = await resolveSlug(params);
  const found = findOrganization(slug);
  if (!found) notFound();
  const { organization } = found;
  const db = getDb();
  const { posts, sources } = getPostHistories(db, organization.id);
  const { list, byMembership } = numberSources(sources);
  const name = organizationName(organization, locale);
  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumbs}
        items={[
          { href: localePath(locale, "/"), label: m.common.navHome },
          ...getAncestors(db, organization.id).map((a) => ({ href: organizationHref(locale, a.slug), label: organizationName(a, locale) })),
          { href: organizationHref(locale, slug), label: name },
        ]}
        current={m.history.postHistoryLink}
      />
      <h1 className="text-2xl font-bold sm:text-3xl">{m.history.postHistoryTitle(name)}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{m.history.postHistoryIntro}</p>
      {posts.length === 0 ? <p className="mt-6 text-stone-700">{m.history.postHistoryEmpty}</p> : null}
      {posts.map((post) => (
        <section key={post.postId} aria-labelledby={`post-${post.postId}`} className="mt-8">
          <h2 id={`post-${post.postId}`} className="section-title">
            {postTitle(post, locale, organization.level)}{" "}
            <span className="text-base font-normal text-stone-600">
              ({m.history.holderCount(new Set(post.terms.map((t) => t.personSlug)).size)})
            </span>
          </h2>
          <ol className="space-y-2">
            {post.terms.map((term) => (
              <li key={term.membershipId} className="flex flex-wrap gap-x-3" data-testid="post-history-term">
                <a href={personHref(locale, term.personSlug)} lang={vietnameseLang(locale)} className="font-medium">
                  {term.personName}
                </a>
                <span className="text-stone-700">
                  {termDates(term, locale)}
                  <Citations numbers={byMembership.get(term.membershipId)} locale={locale} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <SourceList sources={list} locale={locale} />
    </article>
  );
}
