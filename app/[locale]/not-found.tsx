"use client";

import Link from "next/link";
import { localePath } from "@/lib/i18n/locales";
import { useRouteLocale } from "@/components/use-route-locale";
import { common } from "@/lib/i18n/messages/common";

/** A real 404 inside the site's layout, in the language of the address (not-found pages get no route params, so the client hook reads them). */
export default function NotFound() {
  const locale = useRouteLocale();
  const m = common[locale];
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-semibold">{m.notFoundTitle}</h1>
      <p className="mt-2 text-stone-700">{m.notFoundBody}</p>
      <p className="mt-1 text-stone-700">{m.notFoundHint}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-4">
        <Link href={localePath(locale, "/")}>{m.backHome}</Link>
        <Link href={localePath(locale, "/search")} prefetch={false}>
          {m.navSearch}
        </Link>
        <Link href={localePath(locale, "/hierarchy")} prefetch={false}>
          {m.navHierarchy}
        </Link>
      </div>
    </div>
  );
}
