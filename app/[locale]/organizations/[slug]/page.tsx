import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getDb } from "@/db/client";
import {
  getAncestors,
  getChildOrganizations,
  getOrganizationBySlug,
  getPostsWithHolders,
  type PostHolder,
} from "@/db/queries/organizations";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { resolveAtDate, resolveSlug } from "@/lib/params";
import { postTitle } from "@/lib/roles";
import { organizationName } from "@/lib/titles";

interface Props {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolveLocale(params);
  const found = getOrganizationBySlug(getDb(), await resolveSlug(params));
  return found ? { title: organizationName(found.organization, locale) } : {};
}

/** Posts with their holders, one entry per post. */
function groupByPost(rows: PostHolder[]) {
  const posts = new Map<number, { post: PostHolder; holders: PostHolder[] }>();
  for (const row of rows) {
    const entry = posts.get(row.postId) ?? { post: row, holders: [] };
    if (row.personSlug) entry.holders.push(row);
    posts.set(row.postId, entry);
  }
  return [...posts.values()];
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const slug = await resolveSlug(params);
  const db = getDb();
  const found = getOrganizationBySlug(db, slug);
  if (!found) notFound();
  const { organization, area } = found;
  const { at } = resolveAtDate((await searchParams).at);

  const ancestors = getAncestors(db, organization.id);
  const posts = groupByPost(getPostsWithHolders(db, organization.id, at));
  // Seats that always show, held or not; other seats only when someone holds them.
  const shown = posts.filter(({ post, holders }) => post.maxHolders === 1 || post.roleKey === "vice_chair" || holders.length > 0);
  const children = getChildOrganizations(db, organization.id);
  const name = organizationName(organization, locale);

  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumbs}
        items={ancestors.map((a) => ({ href: localePath(locale, `/organizations/${a.slug}`), label: organizationName(a, locale) }))}
        current={name}
      />
      <h1 className="text-2xl font-bold sm:text-3xl">{name}</h1>
      {area ? (
        <p className="mt-1 text-stone-600">
          {m.browse.area}: {area.fullName}
        </p>
      ) : null}

      <section aria-labelledby="leadership-heading" className="mt-8">
        <h2 id="leadership-heading" className="section-title">
          {m.browse.leadership}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map(({ post, holders }) => (
            <PostCard key={post.postId} post={post} holders={holders} locale={locale} level={organization.level} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="children-heading" className="mt-8">
        <h2 id="children-heading" className="section-title">
          {m.browse.childOrganizations} ({children.total})
        </h2>
        {children.items.length === 0 ? (
          <p className="text-stone-600">{m.browse.noChildOrganizations}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {children.items.map((child) => (
              <li key={child.id}>
                <Link href={localePath(locale, `/organizations/${child.slug}`)}>{organizationName(child, locale)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function PostCard({ post, holders, locale, level }: { post: PostHolder; holders: PostHolder[]; locale: Locale; level: string }) {
  const m = getMessages(locale).browse;
  const known = holders.filter((holder) => !holder.unknownAtDate);
  return (
    <li className="card" data-post={post.roleKey}>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{postTitle(post, locale, level)}</p>
      {known.length === 0 ? (
        <p className="mt-1 text-stone-500">{holders.length > 0 ? m.notKnownAtDate : m.notRecorded}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {known.map((holder) => (
            <li key={holder.membershipId}>
              <Link href={localePath(locale, `/people/${holder.personSlug}`)} className="font-semibold">
                {holder.personName}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
