"use client";

/**
 * The loading state of in-site navigation: a bar across the top of the window
 * (and words for screen readers) from the click on a link until the new page
 * is there. Pages deliberately have no loading.js: a streamed fallback would
 * fix the status at 200 before a page can answer 404, and without JavaScript
 * a reader would see only the fallback.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { common } from "@/lib/i18n/messages/common";

/** Long enough for any page; short enough that a navigation that failed does not leave the bar up for ever. */
const GIVE_UP_MS = 15_000;

function isSiteNavigation(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const target = event.target as Element | null;
  // The tree's chevrons open branches; they do not navigate.
  if (!target || target.closest("[data-toggle]")) return false;
  const link = target.closest("a");
  if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) return false;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

export function NavigationProgress({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const search = useSearchParams()?.toString();
  const [pending, setPending] = useState(false);

  // A new address means the navigation arrived (state adjusted while rendering, as React recommends over an effect).
  const address = `${pathname}?${search ?? ""}`;
  const [shownAddress, setShownAddress] = useState(address);
  if (shownAddress !== address) {
    setShownAddress(address);
    setPending(false);
  }

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (isSiteNavigation(event)) setPending(true);
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setPending(false), GIVE_UP_MS);
    return () => window.clearTimeout(timer);
  }, [pending]);

  return (
    <>
      <div aria-hidden="true" className={pending ? "navigation-progress" : "hidden"} />
      <p role="status" className="sr-only">
        {pending ? common[locale].loading : ""}
      </p>
    </>
  );
}
