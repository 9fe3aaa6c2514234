/**
 * sitemap.xml (sitemaps.org 0.9): the public pages, in every language, and the
 * split past 50,000 addresses into files listed by a sitemap index. Pure: the
 * records come in, the XML goes out.
 */
import { LOCALES, localePath } from "./i18n/locales";

/** Addresses one sitemap file may hold (the protocol's limit). */
export const SITEMAP_LIMIT = 50_000;
/** Each record's page is listed once per language. */
export const RECORDS_PER_FILE = SITEMAP_LIMIT / LOCALES.length;

/** The pages that are not one record's. */
export const STATIC_PAGES = ["/", "/hierarchy", "/search", "/data", "/api"];

export interface SitemapRecord {
  /** "/organizations/<slug>" or "/people/<slug>". */
  path: string;
  lastModified: string | null;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/** A <urlset> of the records' pages in every language. */
export function urlsetXml(records: SitemapRecord[], base: string): string {
  const urls = records.flatMap((record) =>
    LOCALES.map((locale) => {
      const loc = escapeXml(new URL(localePath(locale, record.path), base).href);
      return `<url><loc>${loc}</loc>${record.lastModified ? `<lastmod>${record.lastModified.slice(0, 10)}</lastmod>` : ""}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** A <sitemapindex> of the files at these addresses. */
export function sitemapIndexXml(files: string[]): string {
  const entries = files.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

/** How many files `records` records need. */
export function sitemapFileCount(records: number): number {
  return Math.max(1, Math.ceil(records / RECORDS_PER_FILE));
}
