/**
 * A labelled <select> in a GET filter form (search, a committee's list, the audit
 * log): its value travels in the address, so it needs no form state. The admin's
 * POST forms use SelectField (components/admin/fields.tsx), which shows errors
 * and keeps what was chosen after a refusal.
 */
export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  styles = PUBLIC_STYLES,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  /** The first option is usually "all" with the value "". */
  options: FilterOption[];
  styles?: { wrapper: string; label: string; select: string };
}) {
  return (
    <div className={styles.wrapper}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={styles.select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const PUBLIC_STYLES = { wrapper: "flex flex-col gap-1", label: "text-sm font-semibold", select: "field py-1.5" };

export const ADMIN_FILTER_STYLES = { wrapper: "adm-field", label: "adm-field-label", select: "adm-input" };
