import Link from "next/link";

export interface Crumb {
  href: string;
  label: string;
}

/** The trail from the home page down to the current page. */
export function Breadcrumbs({ items, current, label }: { items: Crumb[]; current: string; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-stone-600">
        {items.map((item) => (
          <li key={item.href} className="flex items-center gap-1">
            <Link href={item.href} prefetch={false}>
              {item.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="text-stone-900">
          {current}
        </li>
      </ol>
    </nav>
  );
}
