import { NextResponse, type NextRequest } from "next/server";

import { LOCALE_HEADER } from "./lib/i18n/locales";

/**
 * Vietnamese pages live at the bare paths and English under /en; both are served
 * by app/[locale]. Bare paths are rewritten to /vi/…, and /vi/… redirects to the
 * bare path so that every page has one address per language. The locale is also
 * passed on as a request header for the few places that get no route params
 * (the 404 page).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const headers = new Headers(request.headers);
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    headers.set(LOCALE_HEADER, "en");
    return NextResponse.next({ request: { headers } });
  }
  const url = request.nextUrl.clone();
  if (pathname === "/vi" || pathname.startsWith("/vi/")) {
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  headers.set(LOCALE_HEADER, "vi");
  url.pathname = `/vi${pathname}`;
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  // Everything except API routes, Next's own files and files with an extension.
  matcher: ["/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};
