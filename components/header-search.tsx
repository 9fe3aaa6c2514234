"use client";

/**
 * The search box in the header: a GET form to the search page (so it works
 * without JavaScript) that, once scripts run, suggests people and organisations
 * as one types: an ARIA 1.2 combobox with a listbox popup. Suggestions come from
 * /api/search after two characters, debounced; a newer keystroke aborts the
 * older request. They are the best few people and the best few organisations,
 * in rank order, so a prefix that fits many officials still shows the bodies
 * it names (and the words a typo was corrected to are marked). Arrows move through the suggestions, Enter opens the one
 * chosen (or, with none chosen, the search page), Escape closes the list.
 */
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { common } from "@/lib/i18n/messages/common";
import { search as searchMessages } from "@/lib/i18n/messages/search";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { bestMatching } from "@/lib/search/highlight";
import { allTerms, parseQuery, type Term } from "@/lib/search/query";
import { Highlighted } from "./search/highlighted";

const MIN_CHARACTERS = 2;
const DEBOUNCE_MS = 150;
/** Results asked for, of which the first people and organisations are shown. */
const FETCHED = 20;
const PEOPLE_SHOWN = 5;
const ORGANIZATIONS_SHOWN = 3;

interface Suggestion {
  type: "person" | "organization";
  name: string;
  url: string;
  roles: string[];
}

type Status = "idle" | "loading" | "ready";
interface Suggestions {
  suggestions: Suggestion[];
  /** The words the results matched, corrections included, for marking. */
  terms: Term[];
  status: Status;
}
const IDLE: Suggestions = { suggestions: [], terms: [], status: "idle" };

/** The first people and the first organisations of ranked results, in their rank order. */
function bestOfEach(results: Suggestion[]): Suggestion[] {
  let people = 0;
  let organizations = 0;
  return results.filter((r) => (r.type === "person" ? ++people <= PEOPLE_SHOWN : ++organizations <= ORGANIZATIONS_SHOWN));
}

/** Fetches suggestions for the latest text only: each new text aborts the previous request. */
function useSuggestions(text: string, locale: Locale): Suggestions {
  const [state, setState] = useState<Suggestions>(IDLE);
  useEffect(() => {
    const q = text.trim();
    if (q.length < MIN_CHARACTERS) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((previous) => ({ ...previous, status: "loading" }));
      try {
        const params = new URLSearchParams({ q, limit: String(FETCHED), locale });
        const response = await fetch(`/api/search?${params}`, { signal: controller.signal });
        const body = response.ok ? ((await response.json()) as { results: Suggestion[]; terms: Term[] }) : { results: [], terms: [] };
        setState({ suggestions: bestOfEach(body.results), terms: body.terms, status: "ready" });
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits to the search page.
        if (!controller.signal.aborted) setState({ suggestions: [], terms: [], status: "ready" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, locale]);
  // Too short a text has no suggestions, whatever an earlier, longer one found.
  return text.trim().length < MIN_CHARACTERS ? IDLE : state;
}

export function HeaderSearch({ locale }: { locale: Locale }) {
  const m = { ...common[locale], ...searchMessages[locale] };
  const router = useRouter();
  const listboxId = useId();
  const statusId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { suggestions, terms: matched, status } = useSuggestions(text, locale);
  const searchPage = `${localePath(locale, "/search")}?${new URLSearchParams({ q: text.trim() })}`;
  // The suggestions, then "see all results" leading to the search page.
  const options = [
    ...suggestions.map((s) => ({ label: s.name, url: s.url, suggestion: s })),
    { label: m.seeAll(text.trim()), url: searchPage, suggestion: null },
  ];
  const expanded = open && status !== "idle" && text.trim().length >= MIN_CHARACTERS;
  // The words as typed mark what they match at once; the server's list adds the corrections.
  const terms = expanded ? [...allTerms(parseQuery(text)), ...matched] : [];
  const optionId = (i: number) => `${listboxId}-option-${i}`;

  // New suggestions start with none highlighted (state adjusted while rendering, as React recommends over an effect).
  const [shownSuggestions, setShownSuggestions] = useState(suggestions);
  if (shownSuggestions !== suggestions) {
    setShownSuggestions(suggestions);
    setActive(-1);
  }

  function go(url: string) {
    setOpen(false);
    router.push(url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      const last = options.length - 1;
      if (event.key === "ArrowDown") setActive((i) => (i >= last ? 0 : i + 1));
      else setActive((i) => (i <= 0 ? last : i - 1));
    } else if (event.key === "Enter" && expanded && active >= 0 && active < options.length) {
      event.preventDefault();
      go(options[active].url);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        setText("");
      }
    }
  }

  return (
    <form action={localePath(locale, "/search")} method="get" role="search" className="relative flex">
      <label htmlFor="header-search" className="sr-only">
        {m.searchLabel}
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        autoComplete="off"
        placeholder={m.searchPlaceholder}
        value={text}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={statusId}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-l border-0 px-3 py-1.5 text-sm text-stone-900"
      />
      <button type="submit" className="rounded-r bg-brand-800 px-3 text-sm font-semibold text-white">
        {m.searchButton}
      </button>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={m.suggestions}
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded border border-stone-300 bg-white py-1 text-stone-900 shadow-lg"
      >
        {options.map((option, i) => (
          <li
            key={option.url}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Keep the focus in the box: the option is chosen on click, before the box would blur.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(option.url)}
            onMouseEnter={() => setActive(i)}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-50" : ""} ${option.suggestion ? "" : "border-t border-stone-200 text-brand-700"}`}
          >
            {option.suggestion ? (
              <>
                <span className="block font-semibold">
                  <Highlighted text={option.label} terms={terms} />
                </span>
                <span className="block truncate text-xs text-stone-600">
                  {option.suggestion.type === "person" ? (bestMatching(option.suggestion.roles, terms) ?? m.person) : m.organization}
                </span>
              </>
            ) : (
              option.label
            )}
          </li>
        ))}
      </ul>
      <p id={statusId} className="sr-only" aria-live="polite">
        {expanded
          ? status === "loading"
            ? m.searching
            : suggestions.length
              ? m.suggestionCount(suggestions.length)
              : m.noSuggestions
          : ""}
      </p>
    </form>
  );
}
