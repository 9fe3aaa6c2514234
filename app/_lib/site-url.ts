import { headers } from "next/headers";
import { env } from "@/lib/env";

/** Absolute URLs (canonical, hreflang, OpenGraph, JSON-LD) need a base: SITE_URL when set, else the host the request came to. */
export async function siteUrl(): Promise<URL> {
  const configured = env().SITE_URL;
  // Outside a request (a metadata route built ahead) only SITE_URL can be read.
  return configured ? new URL(configured) : siteUrlFor(await headers());
}

/**
 * The same base from a request's headers (route handlers): its Host, not `request.url`, which Next writes with its
 * own host name; `fallback` when the request names no host (one built in code).
 */
export function siteUrlFor(h: Pick<Headers, "get">, fallback = "http://localhost:3000"): URL {
  const configured = env().SITE_URL;
  if (configured) return new URL(configured);
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return new URL(fallback);
  return new URL(`${h.get("x-forwarded-proto") ?? "http"}://${host}`);
}

/** A function making this site's paths absolute, for structured data (which has no metadataBase). */
export async function absoluteUrls(): Promise<(path: string) => string> {
  const base = await siteUrl();
  return (path) => new URL(path, base).href;
}
