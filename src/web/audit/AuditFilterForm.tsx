import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../components/form";
import type { AuditFilter } from "./auditFilter";
import { entityTypeLabel, entityTypeOptions, isKnownEntityType } from "./auditLabels";

const other = "__other";

/** The filter, edited here and applied to the address (and so to the query) on submit. */
export function AuditFilterForm({
  filter,
  seenTypes,
  onApply,
  onReset,
}: {
  filter: AuditFilter;
  seenTypes: string[];
  onApply: (filter: AuditFilter) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filter);
  const options = entityTypeOptions(seenTypes, filter.entityType);
  const [freeText, setFreeText] = useState(false);
  const selected = freeText ? other : draft.entityType;
  const set = (changes: Partial<AuditFilter>) => setDraft({ ...draft, ...changes });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <section className="kurs-section" aria-labelledby="audit-filter-title">
      <h2 id="audit-filter-title" className="kern-heading-medium">
        {t("audit.filterTitle")}
      </h2>
      <form className="kurs-audit-filter" onSubmit={submit} data-testid="audit-filter">
        <div className="kurs-filters">
          <SelectField
            id="audit-entity-type"
            label={t("audit.entityType")}
            value={selected}
            onChange={(value) => {
              setFreeText(value === other);
              if (value !== other) set({ entityType: value });
            }}
          >
            <option value="">{t("audit.allEntityTypes")}</option>
            {options.map((type) => (
              <option key={type} value={type}>
                {isKnownEntityType(type) ? `${entityTypeLabel(t, type)} (${type})` : type}
              </option>
            ))}
            <option value={other}>{t("audit.otherEntityType")}</option>
          </SelectField>
          {freeText ? (
            <TextField
              id="audit-entity-type-text"
              label={t("audit.entityTypeText")}
              hint={t("audit.entityTypeTextHint")}
              maxLength={100}
              spellCheck={false}
              value={draft.entityType}
              onChange={(v) => set({ entityType: v })}
            />
          ) : null}
          <TextField
            id="audit-actor"
            label={t("audit.actor")}
            hint={t("audit.actorHint")}
            type="search"
            maxLength={200}
            autoComplete="off"
            value={draft.actor}
            onChange={(v) => set({ actor: v })}
          />
          <TextField
            id="audit-from"
            label={t("audit.from")}
            type="date"
            max={draft.to || undefined}
            value={draft.from}
            onChange={(v) => set({ from: v })}
          />
          <TextField
            id="audit-to"
            label={t("audit.to")}
            type="date"
            min={draft.from || undefined}
            value={draft.to}
            onChange={(v) => set({ to: v })}
          />
          <TextField
            id="audit-limit"
            label={t("audit.limit")}
            required
            hint={t("audit.limitHint")}
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            step={1}
            value={String(draft.limit)}
            onChange={(v) => set({ limit: Number(v) })}
          />
        </div>
        <div className="kurs-audit-filter__actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("audit.apply")}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onReset}>
            <span className="kern-label">{t("audit.reset")}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
