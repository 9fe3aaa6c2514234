import Link from "next/link";
import { headers } from "next/headers";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { LOCALE_HEADER } from "@/lib/i18n/locales";

export default async function NotFound() {
  // not-found receives no route params; the proxy passes the locale on as a header.
  const locale: Locale = (await headers()).get(LOCALE_HEADER) === "en" ? "en" : "vi";
  const m = getMessages(locale).common;
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
