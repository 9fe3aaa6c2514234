import { levelLabel, kindLabel } from "@/components/labels";
import { LEVELS, ORGANIZATION_KINDS } from "@/lib/domain";
import { getMessages, localePath, type Locale } from "@/lib/i18n";
import { FilterSelect } from "@/components/filter-select";
import { hasFilters, searchHref, type SearchState } from "./search-href";

/** The search page's GET form: the query and the filters, so the URL holds the whole search. */
export function SearchForm({
  locale,
  state,
  provinces,
}: {
  locale: Locale;
  state: SearchState;
  provinces: { slug: string; name: string }[];
}) {
  const { search: m, browse } = getMessages(locale);
  const current = state.current === undefined ? "" : String(state.current);
  return (
    <form action={localePath(locale, "/search")} method="get" role="search" aria-label={m.title} className="card space-y-4">
      <div>
        <label htmlFor="search-q" className="block font-semibold">
          {m.queryLabel}
        </label>
        <div className="mt-2 flex">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={state.q}
            placeholder={m.placeholder}
            aria-describedby="search-hint"
            maxLength={200}
            className="field w-full rounded-r-none text-base"
          />
          <button type="submit" className="button rounded-l-none">
            {m.submit}
          </button>
        </div>
        <p id="search-hint" className="mt-1 text-sm text-stone-600">
          {m.hint}
        </p>
      </div>
      <fieldset>
        <legend className="mb-2 font-semibold">{m.filters}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <FilterSelect
            id="search-province"
            name="province"
            label={m.province}
            value={state.province ?? ""}
            options={[{ value: "", label: m.anyProvince }, ...provinces.map((p) => ({ value: p.slug, label: p.name }))]}
          />
          <FilterSelect
            id="search-level"
            name="level"
            label={m.level}
            value={state.level ?? ""}
            options={[{ value: "", label: m.anyLevel }, ...LEVELS.map((l) => ({ value: l, label: levelLabel(l, browse) }))]}
          />
          <FilterSelect
            id="search-kind"
            name="kind"
            label={m.kind}
            value={state.kind ?? ""}
            options={[{ value: "", label: m.anyKind }, ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: kindLabel(k, browse) }))]}
          />
          <FilterSelect
            id="search-current"
            name="current"
            label={m.status}
            value={current}
            options={[
              { value: "", label: m.statusAny },
              { value: "true", label: m.statusCurrent },
              { value: "false", label: m.statusFormer },
            ]}
          />
          <FilterSelect
            id="search-type"
            name="type"
            label={m.type}
            value={state.type ?? ""}
            options={[
              { value: "", label: m.typeAll },
              { value: "person", label: m.typePeople },
              { value: "organization", label: m.typeOrganizations },
            ]}
          />
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" className="button-secondary">
            {m.apply}
          </button>
          {hasFilters(state) ? <a href={searchHref(locale, { q: state.q })}>{m.clearFilters}</a> : null}
        </div>
      </fieldset>
    </form>
  );
}
