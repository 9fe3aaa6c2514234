import { useParams } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../lib/i18n/locales";

/** The locale of the current route, for client components that get no params (the error and 404 pages). */
export function useRouteLocale(): Locale {
  const param = useParams()?.locale;
  return typeof param === "string" && isLocale(param) ? param : DEFAULT_LOCALE;
}
