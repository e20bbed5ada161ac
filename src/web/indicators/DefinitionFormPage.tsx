import "./indicators.css";
import type { TFunction } from "i18next";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Indicator, IndicatorOptions, IndicatorSummary } from "../../contract/indicators";
import {
  aggregations,
  indicatorDirections,
  indicatorUnits,
  periodicities,
} from "../../domain/indicator";
import { ApiError } from "../api/client";
import {
  useIndicator,
  useIndicatorOptions,
  useIndicators,
  useSaveIndicator,
} from "../api/indicators";
import { ErrorSummary } from "../auth/form/ErrorSummary";
import type { FormErrors } from "../auth/form/formErrors";
import { Badge } from "../components/Badge";
import {
  Checkbox,
  CheckboxGroup,
  fieldErrors,
  SelectField,
  TextArea,
  TextField,
} from "../components/form";
import { Page } from "../components/Page";
import { Loading, QueryState } from "../components/QueryState";
import { type DefinitionValues, definitionInput, initialDefinition } from "./definition-values";

const definitionsPath = "/kennzahlen/verwalten";

function DefinitionForm({
  indicator,
  options,
  catalogue,
}: {
  indicator: Indicator | null;
  options: IndicatorOptions;
  catalogue: IndicatorSummary[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveIndicator(indicator?.id ?? null);
  const [v, setValues] = useState<DefinitionValues>(() => initialDefinition(indicator));
  const set =
    <K extends keyof DefinitionValues>(key: K) =>
    (value: DefinitionValues[K]) =>
      setValues((old) => ({ ...old, [key]: value }));
  const errors = fieldErrors(save.error);
  const labels: Record<string, string> = {
    key: t("indicators.definitions.key"),
    name: t("indicators.definitions.name"),
    description: t("indicators.definitions.description"),
    unit: t("indicators.definitions.unit"),
    direction: t("indicators.definitions.direction"),
    periodicity: t("indicators.definitions.periodicity"),
    source: t("indicators.definitions.source"),
    actionFieldLineageId: t("indicators.definitions.actionField"),
    goalLineageId: t("indicators.definitions.goal"),
    aggregation: t("indicators.definitions.aggregation"),
    numeratorId: t("indicators.definitions.numerator"),
    denominatorId: t("indicators.definitions.denominator"),
    publishable: t("indicators.definitions.publishable"),
    partnerIds: t("indicators.definitions.partners"),
  };
  const field = options.actionFields.find((f) => f.lineageId === v.actionFieldLineageId);
  const parts = catalogue
    .filter((i) => i.aggregation !== "ratio" && i.id !== indicator?.id)
    .map((i) => ({ value: i.id, label: i.name }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(definitionInput(v, indicator?.isProposal ?? false), {
      onSuccess: (saved) => navigate(definitionsPath, { state: { saved: saved.name } }),
    });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("indicators.definitions.formLabel")}
      data-testid="definition-form"
    >
      {indicator?.isProposal ? (
        <p className="kern-body">
          <Badge tone="warning" label={t("indicators.proposal")} />{" "}
          {t("indicators.definitions.editingProposal")}
        </p>
      ) : null}
      {save.isError ? (
        <ErrorSummary
          key={save.submittedAt}
          errors={summaryOf(save.error, errors, labels, t)}
          fieldIds={fieldIds(options)}
        />
      ) : null}
      <div className="kurs-definition-grid">
        <TextField
          id="key"
          label={t("indicators.definitions.key")}
          hint={t("indicators.definitions.keyHint")}
          value={v.key}
          onChange={set("key")}
          error={errors.key}
        />
        <TextField
          id="name"
          label={t("indicators.definitions.name")}
          value={v.name}
          onChange={set("name")}
          error={errors.name}
        />
      </div>
      <TextArea
        id="description"
        label={t("indicators.definitions.description")}
        optional
        value={v.description}
        onChange={set("description")}
        error={errors.description}
      />
      <div className="kurs-definition-grid">
        <SelectField
          id="unit"
          label={t("indicators.definitions.unit")}
          value={v.unit}
          onChange={(x) => set("unit")(x as DefinitionValues["unit"])}
          options={indicatorUnits.map((x) => ({ value: x, label: t(`indicators.unit.${x}`) }))}
          error={errors.unit}
        />
        <SelectField
          id="direction"
          label={t("indicators.definitions.direction")}
          value={v.direction}
          onChange={(x) => set("direction")(x as DefinitionValues["direction"])}
          options={indicatorDirections.map((x) => ({
            value: x,
            label: t(`indicators.direction.${x}`),
          }))}
          error={errors.direction}
        />
        <SelectField
          id="periodicity"
          label={t("indicators.definitions.periodicity")}
          value={v.periodicity}
          onChange={(x) => set("periodicity")(x as DefinitionValues["periodicity"])}
          options={periodicities.map((x) => ({
            value: x,
            label: t(`indicators.periodicity.${x}`),
          }))}
          error={errors.periodicity}
        />
        <TextField
          id="source"
          label={t("indicators.definitions.source")}
          hint={t("indicators.definitions.sourceHint")}
          optional
          value={v.source}
          onChange={set("source")}
          error={errors.source}
        />
        <SelectField
          id="actionFieldLineageId"
          label={t("indicators.definitions.actionField")}
          value={v.actionFieldLineageId}
          onChange={(x) =>
            setValues((old) => ({ ...old, actionFieldLineageId: x, goalLineageId: "" }))
          }
          emptyLabel={t("indicators.definitions.noField")}
          options={options.actionFields.map((f) => ({
            value: f.lineageId,
            label: `${f.position} ${f.title}`,
          }))}
          error={errors.actionFieldLineageId}
        />
        <SelectField
          id="goalLineageId"
          label={t("indicators.definitions.goal")}
          hint={field ? undefined : t("indicators.definitions.goalHint")}
          value={v.goalLineageId}
          onChange={set("goalLineageId")}
          emptyLabel={t("indicators.definitions.noGoal")}
          options={(field?.goals ?? []).map((g) => ({ value: g.lineageId, label: g.title }))}
          error={errors.goalLineageId}
        />
        <SelectField
          id="aggregation"
          label={t("indicators.definitions.aggregation")}
          hint={t("indicators.definitions.aggregationHint")}
          value={v.aggregation}
          onChange={(x) => set("aggregation")(x as DefinitionValues["aggregation"])}
          options={aggregations.map((x) => ({
            value: x,
            label: t(`indicators.definitions.aggregationName.${x}`),
          }))}
          error={errors.aggregation}
        />
      </div>
      {v.aggregation === "ratio" ? (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t("indicators.definitions.ratioLegend")}</legend>
          <div className="kern-fieldset__body kurs-definition-grid">
            <SelectField
              id="numeratorId"
              label={t("indicators.definitions.numerator")}
              value={v.numeratorId}
              onChange={set("numeratorId")}
              emptyLabel={t("indicators.definitions.choose")}
              options={parts}
              error={errors.numeratorId}
            />
            <SelectField
              id="denominatorId"
              label={t("indicators.definitions.denominator")}
              value={v.denominatorId}
              onChange={set("denominatorId")}
              emptyLabel={t("indicators.definitions.choose")}
              options={parts}
              error={errors.denominatorId}
            />
          </div>
        </fieldset>
      ) : null}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t("indicators.definitions.publication")}</legend>
        <div className="kern-fieldset__body">
          <Checkbox
            id="publishable"
            label={t("indicators.definitions.publishable")}
            checked={v.publishable}
            onChange={set("publishable")}
          />
          <p className="kern-body kern-body--small">
            {t("indicators.definitions.publishableHint", {
              threshold: options.disclosureThreshold,
            })}
          </p>
        </div>
      </fieldset>
      <CheckboxGroup
        id="partnerIds"
        legend={t("indicators.definitions.partners")}
        options={options.partners.map((p) => ({ value: p.id, label: p.name }))}
        selected={v.partnerIds}
        onChange={set("partnerIds")}
        error={errors.partnerIds}
      />
      <div className="kurs-definition-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">
            {save.isPending ? t("form.saving") : t("indicators.definitions.save")}
          </span>
        </button>
        <Link className="kern-link" to={definitionsPath}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}

/** The ids the summary's links focus, in form order (a checkbox group: its first box). */
function fieldIds(options: IndicatorOptions): Record<string, string> {
  const ids = [
    "key",
    "name",
    "description",
    "unit",
    "direction",
    "periodicity",
    "source",
    "actionFieldLineageId",
    "goalLineageId",
    "aggregation",
    "numeratorId",
    "denominatorId",
    "publishable",
  ];
  const firstPartner = options.partners[0];
  return {
    ...Object.fromEntries(ids.map((id) => [id, id])),
    ...(firstPartner ? { partnerIds: `partnerIds-${firstPartner.id}` } : {}),
  };
}

/** A refused save as the summary above the form: each field problem named by its label. */
function summaryOf(
  error: unknown,
  byField: Record<string, string>,
  labels: Record<string, string>,
  t: TFunction,
): FormErrors {
  const problem = error instanceof ApiError ? error.problem : null;
  if (!problem)
    return { title: t("state.errorTitle"), fields: {}, general: [t("state.networkError")] };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(byField)) {
    const label = labels[path];
    if (label) fields[path] = `${label}: ${message}`;
    else general.push(message);
  }
  if (!Object.keys(fields).length && !general.length && problem.detail)
    general.push(problem.detail);
  return { title: problem.title, fields, general };
}

/** /kennzahlen/neu and /kennzahlen/:id/bearbeiten: the office defines an indicator. */
export function DefinitionFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const options = useIndicatorOptions();
  const catalogue = useIndicators();
  const indicator = useIndicator(id ?? "");
  const title = id
    ? t("indicators.definitions.editTitle")
    : t("indicators.definitions.createTitle");
  return (
    <Page title={title}>
      <QueryState query={options}>
        {(opts) => (
          <QueryState query={catalogue}>
            {(list) =>
              id ? (
                <QueryState query={indicator}>
                  {(found) =>
                    // keepPreviousData may still hold another indicator: wait for this one.
                    found.id === id ? (
                      <DefinitionForm
                        key={found.id}
                        indicator={found}
                        options={opts}
                        catalogue={list.items}
                      />
                    ) : (
                      <Loading />
                    )
                  }
                </QueryState>
              ) : (
                <DefinitionForm indicator={null} options={opts} catalogue={list.items} />
              )
            }
          </QueryState>
        )}
      </QueryState>
    </Page>
  );
}
