import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../components/form";

/** The named parameters that have a value, in the order named (the URL may carry others). */
export function pickParams(
  get: (key: string) => string | null | undefined,
  keys: readonly string[],
): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of keys) {
    const value = get(key);
    if (value) out.set(key, value);
  }
  return out;
}

/**
 * A filter form's values as typed, started from the URL; applying hands on only the ones set,
 * resetting empties them all. `clears` names a field whose change empties another (a goal
 * belongs to its action field).
 */
export function useFilterDraft(
  keys: readonly string[],
  params: URLSearchParams,
  onApply: (next: URLSearchParams) => void,
  clears: Readonly<Record<string, string>> = {},
) {
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ""])),
  );
  const set = (key: string) => (value: string) =>
    setDraft((d) => {
      const cleared = clears[key];
      return { ...d, [key]: value, ...(cleared ? { [cleared]: "" } : {}) };
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(pickParams((k) => draft[k], keys));
  };
  const reset = () => {
    setDraft(Object.fromEntries(keys.map((k) => [k, ""])));
    onApply(new URLSearchParams());
  };
  return { draft, set, submit, reset };
}

/** The frame of a list's filter form: its heading, the fields in a grid, the apply button. */
export function FilterForm({
  titleId,
  onSubmit,
  children,
  actions,
}: {
  titleId: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
  /** Further buttons after "apply". */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form className="kurs-section" onSubmit={onSubmit} aria-labelledby={titleId}>
      <h2 id={titleId} className="kern-heading-medium">
        {t("measures.filter.title")}
      </h2>
      <div className="kurs-filter-grid">{children}</div>
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("measures.filter.apply")}</span>
        </button>
        {actions}
      </div>
    </form>
  );
}

/** The sort direction of a filtered list: ascending (the default) or descending. */
export function SortDirectionField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t("measures.filter.order")}
      value={value || "asc"}
      onChange={onChange}
      options={[
        { value: "asc", label: t("measures.filter.asc") },
        { value: "desc", label: t("measures.filter.desc") },
      ]}
    />
  );
}
