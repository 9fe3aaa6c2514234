import { headers } from "next/headers";

/** Absolute URLs (canonical, hreflang, OpenGraph, JSON-LD) need a base: SITE_URL when set, else the host the request came to. */
export async function siteUrl(): Promise<URL> {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const protocol = h.get("x-forwarded-proto") ?? "http";
  return new URL(`${protocol}://${host}`);
}

/** A function making this site's paths absolute, for structured data (which has no metadataBase). */
export async function absoluteUrls(): Promise<(path: string) => string> {
  const base = await siteUrl();
  return (path) => new URL(path, base).href;
}
