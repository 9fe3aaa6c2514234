import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "../globals.css";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { resolveLocale } from "@/app/_lib/locale";
import { siteUrl } from "@/app/_lib/site-url";

// Every page reads the live database.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#991b1b" };

/** A gold star on red, inline so that no request (and no 404 for /favicon.ico) is needed. */
const ICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#991b1b"/><path fill="#facc15" d="M16 5l3.2 7.6 8.2.7-6.2 5.4 1.9 8L16 22.4l-7.1 4.3 1.9-8-6.2-5.4 8.2-.7z"/></svg>',
  );

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return {
    metadataBase: await siteUrl(),
    title: { default: m.common.siteName, template: `%s · ${m.common.siteShortName}` },
    description: m.common.siteDescription,
    applicationName: m.common.siteName,
    icons: { icon: ICON },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="skip-link">
          {m.common.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
