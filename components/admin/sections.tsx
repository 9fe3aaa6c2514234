import type { ReactNode } from "react";

/** A titled part of an admin page, usually one form. */
export function FormSection({
  id,
  title,
  intro,
  children,
  className,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="section-title">
        {title}
      </h2>
      {intro ? <p className="mb-2 text-sm text-stone-600">{intro}</p> : null}
      {children}
    </section>
  );
}

/** The same, folded away until opened: for the rarer tasks, so the common one is what a page opens on. */
export function FoldedSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <details className="card">
      <summary className="cursor-pointer">
        <h2 className="inline text-lg font-semibold">{title}</h2>
      </summary>
      {intro ? <p className="my-2 text-sm text-stone-600">{intro}</p> : null}
      {children}
    </details>
  );
}
