import "./measures.css";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { Measure, MeasureOptions } from "../../contract/measures";
import { useMeasure, useMeasureOptions, useSaveMeasure } from "../api/measures";
import { CheckboxGroup, fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import {
  initialValues,
  type MeasureFormValues,
  plannedEuroProblem,
  toInput,
} from "./measure-form-values";
import { NewPartnerForm } from "./NewPartnerForm";
import { PublicationFields } from "./PublicationFields";
import { RecommendationPicker } from "./RecommendationPicker";

function MeasureForm({ options, measure }: { options: MeasureOptions; measure: Measure | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveMeasure(measure?.id ?? null);
  const [v, setValues] = useState<MeasureFormValues>(() =>
    initialValues(measure, options.measureTypes[0]?.id ?? ""),
  );
  const set =
    <K extends keyof MeasureFormValues>(key: K) =>
    (value: MeasureFormValues[K]) =>
      setValues((old) => ({ ...old, [key]: value }));
  const errors = fieldErrors(save.error);
  // The euro field is checked here first: "30,000" is refused with what was understood.
  const [euroError, setEuroError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const euroProblem = plannedEuroProblem(v.plannedEuro, i18n.language === "en" ? "en" : "de");
    setEuroError(euroProblem);
    if (euroProblem) {
      document.getElementById("plannedEuro")?.focus();
      return;
    }
    save.mutate(toInput(v), { onSuccess: (saved) => navigate(`/massnahmen/${saved.id}`) });
  };
  const text = (key: keyof MeasureFormValues, label: string, extra: object = {}) => (
    <TextField
      id={key}
      label={label}
      value={v[key] as string}
      onChange={set(key) as (s: string) => void}
      error={errors[key]}
      {...extra}
    />
  );
  const partnerOptions = options.partners.map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      <form onSubmit={submit} noValidate aria-label={t("measures.form.save")}>
        {save.isError ? <ErrorNotice error={save.error} /> : null}
        {text("title", t("measures.form.title"))}
        <TextArea
          id="description"
          label={t("measures.form.description")}
          optional
          value={v.description}
          onChange={set("description")}
          error={errors.description}
        />
        <SelectField
          id="measureTypeId"
          label={t("measures.form.type")}
          value={v.measureTypeId}
          onChange={set("measureTypeId")}
          options={options.measureTypes.map((m) => ({ value: m.id, label: m.name }))}
          error={errors.measureTypeId}
        />
        <RecommendationPicker
          options={options}
          selected={v.recommendationIds}
          onChange={set("recommendationIds")}
          error={errors.recommendationIds}
        />
        <div className="kurs-form-grid">
          {text("startOn", t("measures.form.startOn"), { type: "date", optional: true })}
          {text("endOn", t("measures.form.endOn"), { type: "date", optional: true })}
          {text("responsibleUnit", t("measures.form.responsibleUnit"), { optional: true })}
          {text("responsiblePerson", t("measures.form.responsiblePerson"), { optional: true })}
          {text("targetGroups", t("measures.form.targetGroups"), {
            optional: true,
            hint: t("measures.form.listHint"),
          })}
          {text("languages", t("measures.form.languages"), {
            optional: true,
            hint: t("measures.form.listHint"),
          })}
        </div>
        <CheckboxGroup
          id="partnerIds"
          legend={t("measures.form.partners")}
          options={partnerOptions}
          selected={v.partnerIds}
          onChange={set("partnerIds")}
          error={errors.partnerIds}
        />
        <SelectField
          id="leadPartnerId"
          label={t("measures.form.leadPartner")}
          value={v.leadPartnerId}
          onChange={set("leadPartnerId")}
          emptyLabel={t("measures.form.noLead")}
          options={partnerOptions.filter((p) => v.partnerIds.includes(p.value))}
          error={errors.leadPartnerId}
        />
        <CheckboxGroup
          id="municipalityIds"
          legend={t("measures.form.municipalities")}
          options={options.municipalities
            .filter((m) => !m.retired || measure?.municipalities.some((p) => p.id === m.id))
            .map((m) => ({ value: m.id, label: m.name }))}
          selected={v.municipalityIds}
          onChange={set("municipalityIds")}
          error={errors.municipalityIds}
        />
        <TextArea
          id="milestones"
          label={t("measures.form.milestones")}
          hint={t("measures.form.milestonesHint")}
          optional
          value={v.milestones}
          onChange={set("milestones")}
          error={errors.milestones}
        />
        <div className="kurs-form-grid">
          {text("plannedEuro", t("measures.form.plannedEuro"), {
            optional: true,
            error: euroError ?? errors.plannedCents,
          })}
          {text("plannedFte", t("measures.form.plannedFte"), { optional: true })}
          {text("weight", t("measures.form.weight"))}
          {text("manualCompletion", t("measures.form.manualCompletion"), {
            optional: true,
            hint: t("measures.form.manualCompletionHint"),
          })}
        </div>
        <TextArea
          id="internalNote"
          label={t("measures.form.internalNote")}
          optional
          value={v.internalNote}
          onChange={set("internalNote")}
          error={errors.internalNote}
        />
        <PublicationFields
          isPublic={v.isPublic}
          onPublicChange={set("isPublic")}
          translations={v.translations}
          onTranslationsChange={set("translations")}
          errors={errors}
        />
        <div className="kurs-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
            <span className="kern-label">
              {save.isPending ? t("form.saving") : t("measures.form.save")}
            </span>
          </button>
        </div>
      </form>
      <NewPartnerForm
        onCreated={(id) => setValues((old) => ({ ...old, partnerIds: [...old.partnerIds, id] }))}
      />
    </>
  );
}

/** /massnahmen/neu and /massnahmen/:id/bearbeiten. */
export function MeasureFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const options = useMeasureOptions();
  const measure = useMeasure(id ?? "");
  const title = id ? t("measures.form.editTitle") : t("measures.form.createTitle");
  return (
    <Page title={title}>
      <QueryState query={options}>
        {(opts) =>
          id ? (
            <QueryState query={measure}>
              {(m) => <MeasureForm options={opts} measure={m} />}
            </QueryState>
          ) : (
            <MeasureForm options={opts} measure={null} />
          )
        }
      </QueryState>
    </Page>
  );
}
