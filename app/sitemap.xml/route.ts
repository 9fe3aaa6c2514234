/**
 * GET /sitemap.xml: every public page in both languages; past 50,000 addresses a
 * sitemap index of /sitemaps/<n>.xml. A route rather than Next's sitemap
 * convention because the number of files follows the live data, which
 * generateSitemaps fixes at build time.
 */
import { getDb } from "@/db/client";
import { countSitemapRecords, getSitemapRecords } from "@/db/queries/sitemap";
import { RECORDS_PER_FILE, sitemapFileCount, sitemapIndexXml, urlsetXml } from "@/lib/sitemap";
import { baseUrl, xmlResponse } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const db = getDb();
  const base = baseUrl(request);
  const files = sitemapFileCount(countSitemapRecords(db));
  if (files === 1) return xmlResponse(urlsetXml(getSitemapRecords(db, 0, RECORDS_PER_FILE), base));
  return xmlResponse(sitemapIndexXml(Array.from({ length: files }, (_, n) => new URL(`/sitemaps/${n}.xml`, base).href)));
}
