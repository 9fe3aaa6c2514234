"use client";

import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { common } from "@/lib/i18n/messages/common";

/**
 * What a page shows while it loads: the shape of what is coming, and words for
 * screen readers. A client component because loading files get no route params.
 */
export function PageSkeleton({ cards = 6 }: { cards?: number }) {
  const param = useParams()?.locale;
  const locale = typeof param === "string" && isLocale(param) ? param : "vi";
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        {common[locale].loading}
      </p>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-4 w-48 rounded bg-stone-200" />
        <div className="mt-4 h-8 w-3/4 max-w-xl rounded bg-stone-200" />
        <div className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: cards }, (_, i) => (
            <div key={i} className="h-24 rounded-lg bg-stone-200" />
          ))}
        </div>
      </div>
    </div>
  );
}
