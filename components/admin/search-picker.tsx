"use client";

/**
 * Choosing a record by searching for it (a person, a post, a source, an
 * organisation): an ARIA combobox over /api/admin/search. The chosen id travels
 * in a hidden field named `name`, its label in `${name}Label`, so that a form
 * refused by the server shows the choice again.
 */
import { useEffect, useId, useRef, useState } from "react";
import { useAdminForm } from "./action-form";
import { Described, describedBy, useField } from "./fields";

export type PickerKind = "person" | "post" | "source" | "organization" | "any-organization";

interface Hit {
  id: number;
  label: string;
  detail?: string;
}

export function SearchPicker({
  name,
  kind,
  label,
  hint,
  required,
  initial,
}: {
  name: string;
  kind: PickerKind;
  label: string;
  hint?: string;
  required?: boolean;
  initial?: { id: number; label: string } | null;
}) {
  const { state, m } = useAdminForm();
  const field = useField(name);
  const restoredId = state.values?.[name];
  const restored = restoredId ? { id: Number(restoredId), label: state.values?.[`${name}Label`] ?? restoredId } : null;
  const [chosen, setChosen] = useState<{ id: number; label: string } | null>(state.values ? restored : (initial ?? null));
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const listId = useId();
  const request = useRef(0);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch(`/api/admin/search?kind=${kind}&q=${encodeURIComponent(text)}`, { cache: "no-store" });
        const body = response.ok ? ((await response.json()) as { results: Hit[] }) : { results: [] };
        if (ticket === request.current) {
          setHits(body.results);
          setActive(body.results.length > 0 ? 0 : -1);
          setOpen(true);
        }
      } finally {
        if (ticket === request.current) setLoading(false);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [query, kind]);

  function choose(hit: Hit) {
    setChosen({ id: hit.id, label: hit.label });
    setQuery("");
    setHits([]);
    setOpen(false);
  }

  return (
    <Described field={field} label={label} hint={hint} required={required}>
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <input type="hidden" name={`${name}Label`} value={chosen?.label ?? ""} />
      {chosen ? (
        <p
          className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-stone-50 px-3 py-2"
          data-testid={`${name}-chosen`}
        >
          <span>{m.chosen(chosen.label)}</span>
          <button type="button" className="adm-btn adm-btn-small" onClick={() => setChosen(null)}>
            {m.clearChoice}
          </button>
        </p>
      ) : (
        <div className="relative">
          <input
            id={field.id}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open && hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            aria-invalid={field.errors.length > 0 || undefined}
            aria-describedby={describedBy(field, hint)}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              // Too short to search: the last results no longer answer it.
              if (event.target.value.trim().length < 2) setHits([]);
            }}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onFocus={() => hits.length > 0 && setOpen(true)}
            onKeyDown={(event) => {
              if (event.key === "ArrowDown") {
                event.preventDefault();
                setOpen(true);
                setActive((index) => Math.min(index + 1, hits.length - 1));
              } else if (event.key === "ArrowUp") {
                event.preventDefault();
                setActive((index) => Math.max(index - 1, 0));
              } else if (event.key === "Enter") {
                // Enter picks the highlighted result instead of submitting the form half-filled.
                if (open && hits[active]) {
                  event.preventDefault();
                  choose(hits[active]);
                }
              } else if (event.key === "Escape") {
                setOpen(false);
              }
            }}
            className="adm-input"
          />
          <p className="sr-only" aria-live="polite">
            {loading ? m.searching : query.trim().length >= 2 ? m.resultsCount(hits.length) : ""}
          </p>
          {open && query.trim().length >= 2 ? (
            <ul
              id={listId}
              role="listbox"
              aria-label={label}
              className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-stone-300 bg-white shadow-lg"
            >
              {hits.length === 0 && !loading ? <li className="px-3 py-2 text-stone-500">{m.searchNoResults}</li> : null}
              {hits.map((hit, index) => (
                <li
                  key={hit.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(hit);
                  }}
                  className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-50" : ""}`}
                >
                  <span className="block">{hit.label}</span>
                  {hit.detail ? <span className="block text-sm text-stone-600">{hit.detail}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </Described>
  );
}
