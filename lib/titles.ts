/** How organisations and roles read in each language. */
import type { Locale } from "./i18n/locales";
import { postTitle } from "./roles";

export interface NamedOrganization {
  name: string;
  nameEn: string | null;
  level: string;
}

export function organizationName(organization: NamedOrganization, locale: Locale): string {
  return (locale === "en" && organization.nameEn) || organization.name;
}

/** "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lai Châu" / "Vice Chair, Viet Nam Fatherland Front Committee of Lai Châu Province". */
export function roleTitle(post: { roleKey: string; title: string }, organization: NamedOrganization, locale: Locale): string {
  const title = postTitle(post, locale, organization.level);
  const name = organizationName(organization, locale);
  return locale === "en" ? `${title}, ${name}` : `${title} ${name}`;
}
