import type { ReactNode } from "react";

/** A titled region of a page: a landmark named by its heading, so screen readers can list and jump to it. */
export function Section({
  id,
  title,
  children,
  className = "mt-10",
  testId,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={className} data-testid={testId}>
      <h2 id={`${id}-heading`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
