"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";

/** Links to the same page, with the same query (a date, a filter), in the other language. */
export function LanguageSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const pathname = usePathname() ?? "/";
  const query = useSearchParams()?.toString();
  const barePath = locale === "en" ? pathname.replace(/^\/en(?=\/|$)/, "") || "/" : pathname;
  const other: Locale = locale === "en" ? "vi" : "en";
  return (
    <Link
      href={`${localePath(other, barePath)}${query ? `?${query}` : ""}`}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
      prefetch={false}
      className="rounded border border-white/60 px-2 py-1 text-sm text-white hover:bg-white/10 hover:no-underline"
    >
      {label}
    </Link>
  );
}
