import Link from "next/link";
import { Suspense } from "react";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { HeaderSearch } from "./header-search";
import { LanguageSwitch } from "./language-switch";
import { NavigationProgress } from "./navigation-progress";

export function SiteHeader({ locale }: { locale: Locale }) {
  const m = getMessages(locale).common;
  return (
    <header className="site-header border-b border-brand-800 bg-brand-700 text-white">
      <Suspense fallback={null}>
        <NavigationProgress locale={locale} />
      </Suspense>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href={localePath(locale, "/")} className="text-lg font-bold text-white hover:no-underline">
          {m.siteShortName}
        </Link>
        <nav aria-label={m.mainNavigation} className="flex gap-4 text-sm">
          <Link href={localePath(locale, "/")} className="text-white">
            {m.navHome}
          </Link>
          <Link href={localePath(locale, "/hierarchy")} className="text-white">
            {m.navHierarchy}
          </Link>
          <Link href={localePath(locale, "/search")} prefetch={false} className="text-white">
            {m.navSearch}
          </Link>
        </nav>
        <div className="order-last w-full sm:order-none sm:ml-auto sm:w-72">
          <HeaderSearch locale={locale} />
        </div>
        {/* The switch reads the query string; the fallback keeps its place while it does. */}
        <Suspense fallback={<span className="inline-block h-8 w-20" />}>
          <LanguageSwitch locale={locale} label={m.languageSwitch} ariaLabel={m.languageSwitchLabel} />
        </Suspense>
      </div>
    </header>
  );
}
