import type { Locale } from "@/lib/i18n";
import { Avatar } from "./avatar";
import { vietnameseLang } from "./labels";
import { personHref } from "./links";

/** A person in a list: photo or initials, the name as a link to the profile, and a line or two about them. */
export function PersonChip({
  person,
  lines,
  locale,
  at = null,
  size = 40,
  className = "flex items-center gap-3",
}: {
  person: { slug: string; fullName: string; photoPath: string | null };
  lines: (string | null)[];
  locale: Locale;
  at?: string | null;
  size?: number;
  className?: string;
}) {
  return (
    <li className={className}>
      <Avatar name={person.fullName} photoPath={person.photoPath} size={size} />
      <span className="min-w-0">
        <a href={personHref(locale, person.slug, at)} className="font-semibold" lang={vietnameseLang(locale)}>
          {person.fullName}
        </a>
        {lines.filter(Boolean).map((line) => (
          <span key={line} className="block text-sm text-stone-700">
            {line}
          </span>
        ))}
      </span>
    </li>
  );
}
