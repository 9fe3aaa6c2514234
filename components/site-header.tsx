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
      {/* Fixed grid areas rather than wrapping flex: the rows do not change when the web font replaces the fallback. */}
      <div className="site-header-grid mx-auto max-w-6xl px-4 py-3">
        <Link
          href={localePath(locale, "/")}
          prefetch={false}
          className="[grid-area:logo] whitespace-nowrap text-lg font-bold text-white hover:no-underline"
        >
          {m.siteShortName}
        </Link>
        <nav aria-label={m.mainNavigation} className="flex gap-4 whitespace-nowrap text-sm [grid-area:nav]">
          <Link href={localePath(locale, "/")} prefetch={false} className="text-white">
            {m.navHome}
          </Link>
          <Link href={localePath(locale, "/hierarchy")} prefetch={false} className="text-white">
            {m.navHierarchy}
          </Link>
          <Link href={localePath(locale, "/search")} prefetch={false} className="text-white">
            {m.navSearch}
          </Link>
        </nav>
        <div className="[grid-area:search]">
          <HeaderSearch locale={locale} />
        </div>
        <div className="justify-self-end [grid-area:lang]">
          {/* The switch reads the query string; the fallback keeps its place while it does. */}
          <Suspense fallback={<span className="inline-block h-8 w-20" />}>
            <LanguageSwitch locale={locale} label={m.languageSwitch} ariaLabel={m.languageSwitchLabel} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
