import { namespaces } from "./messages";
import type { Locale } from "./locales";

export * from "./locales";

type Namespaces = typeof namespaces;
export type Messages = { [K in keyof Namespaces]: Namespaces[K]["vi"] };

const byLocale = (locale: Locale) => Object.fromEntries(Object.entries(namespaces).map(([name, m]) => [name, m[locale]])) as Messages;

const cache: Record<Locale, Messages> = { vi: byLocale("vi"), en: byLocale("en") };

export function getMessages(locale: Locale): Messages {
  return cache[locale];
}
