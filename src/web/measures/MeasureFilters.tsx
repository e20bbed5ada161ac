import { useTranslation } from "react-i18next";
import { type MeasureOptions, measureSorts } from "../../contract/measures";
import { measureStatuses } from "../../domain/measure-status";
import { SelectField, TextField } from "../components/form";
import { FilterForm, SortDirectionField, useFilterDraft } from "./FilterForm";
import { measureFilterParams } from "./measure-list-params";

/** The filter form; its state lives in the URL (applied on submit, page reset to 1). */
export function MeasureFilters({
  options,
  params,
  onApply,
}: {
  options: MeasureOptions;
  params: URLSearchParams;
  onApply: (next: URLSearchParams) => void;
}) {
  const { t } = useTranslation();
  const { draft, set, submit, reset } = useFilterDraft(measureFilterParams, params, onApply, {
    field: "goal",
  });
  const goals = options.actionFields
    .filter((f) => !draft.field || f.id === draft.field)
    .flatMap((f) => f.goals);
  const any = t("measures.filter.any");
  return (
    <FilterForm
      titleId="filter-title"
      onSubmit={submit}
      actions={
        <button type="button" className="kern-btn kern-btn--secondary" onClick={reset}>
          <span className="kern-label">{t("measures.filter.reset")}</span>
        </button>
      }
    >
      <TextField
        id="q"
        label={t("measures.filter.search")}
        hint={t("measures.filter.searchHint")}
        value={draft.q ?? ""}
        onChange={set("q")}
        type="search"
      />
      <SelectField
        id="field"
        label={t("measures.filter.field")}
        value={draft.field ?? ""}
        onChange={set("field")}
        emptyLabel={any}
        options={options.actionFields.map((f) => ({
          value: f.id,
          label: `${f.position} ${f.title}`,
        }))}
      />
      <SelectField
        id="goal"
        label={t("measures.filter.goal")}
        value={draft.goal ?? ""}
        onChange={set("goal")}
        emptyLabel={any}
        options={goals.map((g) => ({ value: g.id, label: g.title }))}
      />
      <SelectField
        id="status"
        label={t("measures.filter.status")}
        value={draft.status ?? ""}
        onChange={set("status")}
        emptyLabel={any}
        options={measureStatuses.map((s) => ({ value: s, label: t(`measures.status.${s}`) }))}
      />
      <SelectField
        id="partner"
        label={t("measures.filter.partner")}
        value={draft.partner ?? ""}
        onChange={set("partner")}
        emptyLabel={any}
        options={options.partners.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        id="municipality"
        label={t("measures.filter.municipality")}
        value={draft.municipality ?? ""}
        onChange={set("municipality")}
        emptyLabel={any}
        options={options.municipalities.map((m) => ({ value: m.id, label: m.name }))}
      />
      <SelectField
        id="overdue"
        label={t("measures.filter.overdue")}
        value={draft.overdue ?? ""}
        onChange={set("overdue")}
        emptyLabel={any}
        options={[
          { value: "true", label: t("measures.filter.overdueYes") },
          { value: "false", label: t("measures.filter.overdueNo") },
        ]}
      />
      <SelectField
        id="sort"
        label={t("measures.filter.sort")}
        value={draft.sort || "title"}
        onChange={set("sort")}
        options={measureSorts.map((s) => ({ value: s, label: t(`measures.sort.${s}`) }))}
      />
      <SortDirectionField id="order" value={draft.order ?? ""} onChange={set("order")} />
    </FilterForm>
  );
}
