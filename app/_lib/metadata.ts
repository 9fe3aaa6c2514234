/** Page metadata that every public page shares: canonical URL, hreflang alternates, OpenGraph. */
import type { Metadata } from "next";
import { getMessages } from "../../lib/i18n";
import { DEFAULT_LOCALE, LOCALES, localePath, type Locale } from "../../lib/i18n/locales";

export const OPEN_GRAPH_LOCALES: Record<Locale, string> = { vi: "vi_VN", en: "en_GB" };

/** Canonical address of `path` in `locale` and its address in every language (relative; the layout sets metadataBase). */
export function pageAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)]));
  languages["x-default"] = localePath(DEFAULT_LOCALE, path);
  return { canonical: localePath(locale, path), languages };
}

export function pageMetadata(options: {
  locale: Locale;
  path: string;
  title: string;
  description: string;
  siteName: string;
  type?: "website" | "profile";
  image?: string | null;
  /** Atom feeds of this page's changes, besides the national one every page links. */
  feeds?: { url: string; title: string }[];
}): Metadata {
  const { locale, path, title, description, siteName } = options;
  const url = localePath(locale, path);
  const m = getMessages(locale).openData;
  const feeds = [...(options.feeds ?? []), { url: `/feeds/changes.atom?lang=${locale}`, title: m.feedTitle(m.feedNationalScope) }];
  return {
    title,
    description,
    alternates: { ...pageAlternates(locale, path), types: { "application/atom+xml": feeds } },
    openGraph: {
      title,
      description,
      url,
      siteName,
      type: options.type ?? "website",
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OPEN_GRAPH_LOCALES[l]),
      ...(options.image ? { images: [{ url: options.image }] } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}
