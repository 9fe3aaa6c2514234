/**
 * An Atom 1.0 feed of the directory's changes (new terms, ended terms,
 * corrections), written by the `feed` package from changes as
 * db/queries/changes.ts reads them. Pure: the changes, the words and the site's
 * address come in, the feed's XML goes out.
 */
import { Feed } from "feed";
import { formatPartialDate } from "../dates";
import type { Locale } from "../i18n/locales";
import { localePath } from "../i18n/locales";
import type { getMessages } from "../i18n";
import { postTitle } from "../roles";
import type { TermLike } from "../spreadsheet/tables";

/** A change to a term: the term as a spreadsheet row shows it, without its source, and what happened when. */
export type FeedChange = Omit<TermLike, "sourceTitle" | "sourceUrl" | "sourceDate"> & {
  id: number;
  at: string;
  kind: "new" | "ended" | "correction";
  reason: string | null;
  organizationSlug: string;
};

export function changesFeed(options: {
  changes: FeedChange[];
  locale: Locale;
  messages: ReturnType<typeof getMessages>;
  base: string;
  /** The feed's own path ("/feeds/changes.atom") and the page it follows ("/hierarchy"). */
  selfPath: string;
  pagePath: string;
  scope: string;
}): string {
  const { changes, locale, messages: m, base } = options;
  const absolute = (path: string) => new URL(path, base).href;
  const self = absolute(`${options.selfPath}?lang=${locale}`);
  const feed = new Feed({
    id: self,
    title: `${m.openData.feedTitle(options.scope)} · ${m.common.siteShortName}`,
    link: absolute(localePath(locale, options.pagePath)),
    language: locale,
    updated: new Date(changes[0]?.at ?? "2025-07-01T00:00:00Z"),
    generator: m.common.siteName,
    feedLinks: { atom: self },
    author: { name: m.common.siteName, link: absolute(localePath(locale, "/")) },
    copyright: "CC BY 4.0",
  });
  for (const change of changes) {
    const organization = locale === "en" && change.organizationNameEn ? change.organizationNameEn : change.organizationName;
    const post = `${postTitle({ roleKey: change.roleKey, title: change.postTitle }, locale, change.level)}, ${organization}`;
    const title =
      change.kind === "new"
        ? m.openData.feedNewTerm(change.personName, post)
        : change.kind === "ended"
          ? m.openData.feedEndedTerm(change.personName, post)
          : m.openData.feedCorrection(change.personName, post);
    const dates = [change.startDate, change.attestedDate, change.endDate]
      .filter((date): date is string => date !== null)
      .map((date) => formatPartialDate(date, locale))
      .join(" – ");
    feed.addItem({
      id: `${absolute("/feeds/changes.atom")}#change-${change.id}`,
      title,
      link: absolute(localePath(locale, `/people/${change.personSlug}`)),
      date: new Date(change.at),
      description: [dates, change.reason].filter(Boolean).join(". ") || title,
    });
  }
  return feed.atom1();
}
