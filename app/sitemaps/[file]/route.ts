/** GET /sitemaps/<n>.xml: the n-th file of a sitemap split past 50,000 addresses (listed by /sitemap.xml). */
import { getDb } from "@/db/client";
import { countSitemapRecords, getSitemapRecords } from "@/db/queries/sitemap";
import { RECORDS_PER_FILE, sitemapFileCount, urlsetXml } from "@/lib/sitemap";
import { baseUrl, xmlResponse } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file);
  const db = getDb();
  const n = match ? Number(match[1]) : -1;
  if (n < 0 || n >= sitemapFileCount(countSitemapRecords(db))) return new Response("Not found\n", { status: 404 });
  return xmlResponse(urlsetXml(getSitemapRecords(db, n * RECORDS_PER_FILE, RECORDS_PER_FILE), baseUrl(request)));
}
