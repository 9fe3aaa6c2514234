/** Addresses of the browsing pages, carrying the ?at= date along while a reader looks at the past. */
import { localePath, type Locale } from "@/lib/i18n/locales";

function withAt(path: string, at: string | null | undefined): string {
  return at ? `${path}?at=${at}` : path;
}

export function organizationHref(locale: Locale, slug: string, at?: string | null): string {
  return withAt(localePath(locale, `/organizations/${slug}`), at);
}

/** The full list of an organisation's members outside its leadership chart. */
export function organizationMembersHref(locale: Locale, slug: string, at?: string | null): string {
  return withAt(localePath(locale, `/organizations/${slug}/members`), at);
}

export function personHref(locale: Locale, slug: string, at?: string | null): string {
  return withAt(localePath(locale, `/people/${slug}`), at);
}

export function hierarchyHref(locale: Locale, openSlug?: string | null, at?: string | null): string {
  const query = new URLSearchParams();
  if (openSlug) query.set("open", openSlug);
  if (at) query.set("at", at);
  const path = `${localePath(locale, "/hierarchy")}${query.size ? `?${query}` : ""}`;
  return openSlug ? `${path}#node-${openSlug}` : path;
}

/** A photo uploaded through the admin pages, served by its own route. */
export function photoSrc(photoPath: string): string {
  return `/api/photos/${encodeURIComponent(photoPath)}`;
}
