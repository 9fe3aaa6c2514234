import { notFound } from "next/navigation";
import { getMessages, isLocale, type Locale } from "../../lib/i18n/index";

/** Reads the [locale] route parameter; anything but vi/en is a 404. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<{ locale: Locale; m: ReturnType<typeof getMessages> }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, m: getMessages(locale) };
}
