/** /robots.txt (Next's metadata route): everything public may be crawled, not the admin or the API's heavy exports; where the sitemap is. */
import type { MetadataRoute } from "next";
import { siteUrl } from "@/app/_lib/site-url";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await siteUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/en/admin", "/api/", "/data/popolo.json", "/data/files/"] },
    sitemap: new URL("/sitemap.xml", base).href,
  };
}
