import { getMessages, type Locale } from "@/lib/i18n";

export function SiteFooter({ locale }: { locale: Locale }) {
  const m = getMessages(locale).common;
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
        {m.siteName}. {m.footerNote}
      </div>
    </footer>
  );
}
