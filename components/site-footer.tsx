import Link from "next/link";
import { getMessages, localePath, type Locale } from "@/lib/i18n";

export function SiteFooter({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const m = messages.common;
  return (
    <footer className="site-footer border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-3 px-4 py-6 text-sm text-stone-700">
        <p>
          {m.siteName}. {m.footerNote}
        </p>
        <nav aria-label={m.footerNavigation} className="flex gap-4">
          <Link href={localePath(locale, "/hierarchy")} prefetch={false}>
            {m.navHierarchy}
          </Link>
          <Link href={localePath(locale, "/search")} prefetch={false}>
            {m.navSearch}
          </Link>
          <Link href={localePath(locale, "/data")} prefetch={false}>
            {messages.openData.navData}
          </Link>
          <Link href={localePath(locale, "/api")} prefetch={false}>
            {messages.openData.navApi}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
