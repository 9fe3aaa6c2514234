import type { ChartHolder, ChartPost, OrgChart as OrgChartData } from "@/db/queries/organizations";
import { getMessages, type Locale } from "@/lib/i18n";
import { firstHolders } from "@/lib/lists";
import { postTitle } from "@/lib/roles";
import { roleTitle } from "@/lib/titles";
import { Avatar } from "./avatar";
import { DownloadLinks } from "./download-links";
import { PrintButton } from "./print-button";
import { vietnameseLang } from "./labels";
import { termDates } from "./term-dates";
import { organizationHref, personHref } from "./links";

interface ChartProps {
  chart: OrgChartData;
  organization: { slug: string; kind: string; level: string };
  locale: Locale;
  /** The date of a historical view (links keep it), or null for today. */
  at: string | null;
  /** Where the same chart is downloaded from (as SVG, PNG or PDF, by its ?format=). */
  chartHref: string;
  /** Where the full list of the other members is, when the chart shows only the first of them. */
  membersHref: string;
}

/** Names listed under the chart; a provincial committee has about a hundred members, and the rest are a link away. */
export const MEMBERS_SHOWN = 24;

/**
 * The leadership chart: one row per rank (Chair, Standing Vice Chair, Vice
 * Chairs, Standing Board members), a card per holder. Plain HTML and CSS: it
 * reads without JavaScript, becomes a list on narrow screens and prints.
 */
export function OrgChart({ chart, organization, locale, at, chartHref, membersHref }: ChartProps) {
  const m = getMessages(locale).browse;
  const heading = organization.kind === "front_committee" ? m.leadership : m.leadershipOther;
  return (
    <section aria-labelledby="chart-heading" className="mt-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="chart-heading" className="section-title mb-0">
          {heading}
        </h2>
        <div className="no-print flex flex-wrap items-baseline gap-x-4">
          <DownloadLinks
            locale={locale}
            formats={["svg", "png", "pdf"]}
            href={(format) => `${chartHref}&format=${format}`}
            describe={m.downloadChart}
            testId="chart-download"
          />
          <PrintButton label={m.printChart} />
        </div>
      </div>
      {chart.tiers.length === 0 ? (
        <p className="text-stone-600">{m.notRecorded}</p>
      ) : (
        <div className="org-chart" data-testid="org-chart">
          {chart.tiers.map((tier, index) => (
            <ol key={index} className="chart-tier">
              {tier.flatMap((post) => postCards(post, organization.level, locale, at))}
            </ol>
          ))}
        </div>
      )}
      {chart.members.length > 0 ? (
        <div className="mt-6">
          <h3 className="mb-2 font-semibold">{m.otherMembers}</h3>
          <MemberList
            posts={chart.members}
            level={organization.level}
            locale={locale}
            at={at}
            limit={MEMBERS_SHOWN}
            allHref={membersHref}
          />
        </div>
      ) : null}
    </section>
  );
}

function postCards(post: ChartPost, level: string, locale: Locale, at: string | null) {
  const m = getMessages(locale).browse;
  const title = postTitle(post, locale, level);
  const cards = post.holders.map((holder) => (
    <HolderCard key={holder.membershipId} roleKey={post.roleKey} title={title} holder={holder} locale={locale} at={at} />
  ));
  if (post.holders.length === 0 || post.notKnown > 0) {
    const text = post.holders.length > 0 ? m.moreNotKnown(post.notKnown) : post.notKnown > 0 ? m.notKnownAtDate : m.notRecorded;
    cards.push(
      <li key={`empty-${post.postId}`} className="chart-card chart-card-empty" data-post={post.roleKey}>
        <span aria-hidden="true" className="avatar-placeholder" />
        <div className="min-w-0">
          <p className="chart-title">{title}</p>
          <p className="text-stone-600">{text}</p>
        </div>
      </li>,
    );
  }
  return cards;
}

function HolderCard({
  roleKey,
  title,
  holder,
  locale,
  at,
}: {
  roleKey: string;
  title: string;
  holder: ChartHolder;
  locale: Locale;
  at: string | null;
}) {
  const m = getMessages(locale).browse;
  return (
    <li className="chart-card" data-post={roleKey} data-person={holder.slug}>
      <Avatar name={holder.name} photoPath={holder.photoPath} size={56} />
      <div className="min-w-0">
        <p className="chart-title">{title}</p>
        <p>
          <a href={personHref(locale, holder.slug, at)} className="font-semibold" lang={vietnameseLang(locale)}>
            {holder.name}
          </a>
        </p>
        <p className="text-xs text-stone-600">{termDates(holder, locale)}</p>
        {holder.otherRoles.length > 0 ? (
          <div className="mt-2 text-sm" data-testid="other-roles">
            <p className="font-medium text-stone-700">{m.alsoHolds}:</p>
            <ul className="list-disc space-y-0.5 pl-5">
              {holder.otherRoles.map((role) => (
                <li key={role.membershipId}>
                  <a href={organizationHref(locale, role.organizationSlug, at)}>
                    {roleTitle(role, { name: role.organizationName, nameEn: role.organizationNameEn, level: role.level }, locale)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** The holders of seats outside the chart, post by post; with a limit, the first `limit` of them and a link to all. */
export function MemberList({
  posts,
  level,
  locale,
  at,
  limit = Infinity,
  allHref,
}: {
  posts: ChartPost[];
  level: string;
  locale: Locale;
  at: string | null;
  limit?: number;
  allHref?: string;
}) {
  const m = getMessages(locale).browse;
  const { shown, total } = firstHolders(posts, limit);
  return (
    <>
      <dl className="space-y-2">
        {shown.map((post) => (
          <div key={post.postId} className="card">
            <dt className="chart-title">{postTitle(post, locale, level)}</dt>
            <dd>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {post.holders.map((holder) => (
                  <li key={holder.membershipId}>
                    <a href={personHref(locale, holder.slug, at)} lang={vietnameseLang(locale)}>
                      {holder.name}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      {total > limit && allHref ? (
        <p className="mt-3">
          <a href={allHref} className="font-medium">
            {`${m.allMembers(total)} →`}
          </a>
        </p>
      ) : null}
    </>
  );
}
