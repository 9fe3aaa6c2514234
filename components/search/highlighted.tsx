import { Fragment } from "react";
import { highlight } from "@/lib/search/highlight";
import type { Term } from "@/lib/search/query";

/** Text with the words a search matched marked (tone marks kept; matching is on folded forms). */
export function Highlighted({ text, terms }: { text: string; terms: readonly Term[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 font-semibold text-inherit">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
