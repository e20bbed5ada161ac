import { useTranslation } from "react-i18next";
import { useMeasureOptions, useMeasures } from "../api/measures";
import { FieldError, SelectField, TextArea, TextField } from "../components/form";
import { RecommendationPicker } from "../measures/RecommendationPicker";
import type { ApplicationFormValues, MeasureMode } from "./application-form-values";

/** The messages of every path under `prefix` (a list's items), joined; undefined when none. */
function errorUnder(errors: Record<string, string>, prefix: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([, message]) => message);
  return messages.length ? [...new Set(messages)].join(" ") : undefined;
}

/**
 * „Maßnahme (bestehend oder neu)“: the application names an existing measure (or none yet) or
 * proposes a new one with what the measure form needs at least; the office creates it on granting.
 */
export function MeasureChoice({
  values,
  onChange,
  errors,
}: {
  values: ApplicationFormValues;
  onChange: (change: Partial<ApplicationFormValues>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const measures = useMeasures("pageSize=200");
  const options = useMeasureOptions();
  const proposed = values.proposed;
  const setProposed = (change: Partial<ApplicationFormValues["proposed"]>) =>
    onChange({ proposed: { ...proposed, ...change } });
  // "Either a measure or a proposal" names the choice itself, not one of the proposal's fields.
  const modeError = Object.keys(errors).some((path) => path.startsWith("proposedMeasure."))
    ? undefined
    : errors.proposedMeasure;
  const modes: MeasureMode[] = ["existing", "new"];
  return (
    <fieldset
      className="kurs-section kern-fieldset kurs-grant-fieldset"
      aria-describedby={modeError ? "grant-measure-mode-error" : undefined}
    >
      <legend className="kern-label">{t("grantApplication.measure.legend")}</legend>
      {modeError ? <FieldError id="grant-measure-mode-error">{modeError}</FieldError> : null}
      <div className="kern-fieldset__body">
        {modes.map((mode) => (
          <div className="kern-form-check" key={mode}>
            <input
              className="kern-form-check__radio"
              type="radio"
              name="grant-measure-mode"
              id={`grant-measure-mode-${mode}`}
              checked={values.measureMode === mode}
              onChange={() => onChange({ measureMode: mode })}
            />
            <label className="kern-label" htmlFor={`grant-measure-mode-${mode}`}>
              {t(`grantApplication.measure.${mode}`)}
            </label>
          </div>
        ))}
      </div>
      {values.measureMode === "existing" ? (
        <SelectField
          id="grant-measure-id"
          label={t("grantApplication.measure.existingSelect")}
          hint={t("grantApplication.measure.existingHint")}
          value={values.measureId}
          onChange={(measureId) => onChange({ measureId })}
          emptyLabel={t("grantApplication.measure.none")}
          options={(measures.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
          error={errors.measureId}
        />
      ) : (
        <>
          <p className="kern-body kern-body--small">{t("grantApplication.measure.newHint")}</p>
          <TextField
            id="grant-proposed-title"
            label={t("grantApplication.measure.title")}
            value={proposed.title}
            onChange={(title) => setProposed({ title })}
            error={errors["proposedMeasure.title"]}
          />
          <TextArea
            id="grant-proposed-description"
            label={t("grantApplication.measure.description")}
            optional
            value={proposed.description}
            onChange={(description) => setProposed({ description })}
            error={errors["proposedMeasure.description"]}
          />
          {options.data ? (
            <>
              <SelectField
                id="grant-proposed-type"
                label={t("grantApplication.measure.type")}
                value={proposed.measureTypeId}
                onChange={(measureTypeId) => setProposed({ measureTypeId })}
                options={options.data.measureTypes.map((m) => ({ value: m.id, label: m.name }))}
                error={errors["proposedMeasure.measureTypeId"]}
              />
              <RecommendationPicker
                options={options.data}
                selected={proposed.recommendationIds}
                onChange={(recommendationIds) => setProposed({ recommendationIds })}
                error={errorUnder(errors, "proposedMeasure.recommendationIds")}
              />
            </>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
