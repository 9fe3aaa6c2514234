"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";

/** Links to the same page in the other language. */
export function LanguageSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const pathname = usePathname() ?? "/";
  const barePath = locale === "en" ? pathname.replace(/^\/en(?=\/|$)/, "") || "/" : pathname;
  const other: Locale = locale === "en" ? "vi" : "en";
  return (
    <Link
      href={localePath(other, barePath)}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
      className="rounded border border-white/40 px-2 py-1 text-sm text-white"
    >
      {label}
    </Link>
  );
}
