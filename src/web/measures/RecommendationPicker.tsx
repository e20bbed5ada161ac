import { useTranslation } from "react-i18next";
import type { MeasureOptions } from "../../contract/measures";
import { CheckboxGroup } from "../components/form";

/** Recommendations of the adopted concept as checkboxes, grouped by field and goal. */
export function RecommendationPicker({
  options,
  selected,
  onChange,
  error,
}: {
  options: MeasureOptions;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={error ? "kern-fieldset kern-fieldset--error" : "kern-fieldset"}>
      <legend className="kern-label">{t("measures.form.recommendations")}</legend>
      <div className="kern-hint">{t("measures.form.recommendationsHint")}</div>
      {error ? (
        <p className="kern-error" id="recommendationIds-error">
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
      {options.actionFields.map((field) =>
        field.goals.map((goal) =>
          goal.recommendations.length ? (
            <div className="kurs-recommendation-group" key={goal.id}>
              <CheckboxGroup
                id={`rec-${goal.id}`}
                legend={`${field.position} ${field.title} › ${goal.title}`}
                options={goal.recommendations.map((r) => ({ value: r.id, label: r.title }))}
                selected={selected.filter((id) => goal.recommendations.some((r) => r.id === id))}
                onChange={(ids) =>
                  onChange([
                    ...selected.filter((id) => !goal.recommendations.some((r) => r.id === id)),
                    ...ids,
                  ])
                }
              />
            </div>
          ) : null,
        ),
      )}
    </fieldset>
  );
}
