import "../measures/measures.css";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Application, ApplicationInput, Programme } from "../../contract/grants";
import type { CostKind } from "../../domain/grants";
import { useMeasureOptions } from "../api/measures";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import {
  type ApplicationFormValues,
  initialValues,
  plannedKinds,
  readAmounts,
  toInput,
} from "./application-form-values";
import { MeasureChoice } from "./MeasureChoice";
import { PlanFields } from "./PlanFields";

/**
 * The one application form: signed in (/zuwendungen/neu, …/bearbeiten) and through an
 * Antragslink. New or a draft to edit (`initial`, prefilled); the caller saves (POST or PUT) and
 * passes the write's state: its refusal stands at the fields, what was typed stays.
 */
export function ApplicationForm({
  programmes,
  initial,
  write,
  onSave,
  actions,
  choosePartner = false,
}: {
  programmes: Programme[];
  initial: Application | null;
  write: { error: unknown; isError: boolean; isPending: boolean };
  onSave: (input: ApplicationInput) => void;
  /** Beside the save button: the way back. */
  actions: ReactNode;
  /** The office applies for a provider: which one. */
  choosePartner?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const options = useMeasureOptions().data;
  const firstType = options?.measureTypes[0]?.id ?? "";
  const [typed, setValues] = useState(() => initialValues(initial, programmes, firstType));
  const change = (c: Partial<ApplicationFormValues>) => setValues((old) => ({ ...old, ...c }));
  // The measure types may load after the form: the first is the proposal's default.
  const v = typed.proposed.measureTypeId
    ? typed
    : { ...typed, proposed: { ...typed.proposed, measureTypeId: firstType } };
  const [local, setLocal] = useState<Record<string, string>>({});
  const programme = programmes.find((p) => p.id === v.programmeId);
  const kinds: CostKind[] = programme?.eligibleCostKinds ?? [];
  const server = fieldErrors(write.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (write.isPending) return;
    const now = readAmounts(v.amounts, language);
    setLocal(now.problems);
    const first = Object.keys(now.problems)[0];
    if (first) {
      document.getElementById(`grant-${first.replace(".", "-")}`)?.focus();
      return;
    }
    onSave(toInput(v, kinds, now.cents));
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby="grant-form-lead">
      <p id="grant-form-lead" className="kern-body">
        {t("grants.form.lead")}
      </p>
      {write.isError ? <ErrorNotice error={write.error} /> : null}
      <fieldset className="kurs-section kern-fieldset kurs-grant-fieldset">
        <legend className="kern-label">{t("grants.form.measureLegend")}</legend>
        <SelectField
          id="grant-programme"
          label={t("grants.form.programme")}
          value={v.programmeId}
          onChange={(programmeId) => change({ programmeId })}
          options={programmes.map((p) => ({ value: p.id, label: p.title }))}
          error={server.programmeId}
        />
        {programme ? (
          <p className="kern-body kern-body--small" data-testid="programme-rules">
            {t("grants.form.rules", {
              type: t(`grants.financingType.${programme.financingType}`),
              share: String(programme.maxShareBasisPoints / 100).replace(".", ","),
            })}
          </p>
        ) : null}
        {choosePartner ? (
          <SelectField
            id="grant-partner"
            label={t("grants.fields.organisation")}
            value={v.partnerId}
            onChange={(partnerId) => change({ partnerId })}
            emptyLabel=""
            options={(options?.partners ?? []).map((p) => ({ value: p.id, label: p.name }))}
            error={server.partnerId}
          />
        ) : null}
        <TextField
          id="grant-title"
          label={t("grants.form.title")}
          value={v.title}
          onChange={(title) => change({ title })}
          error={server.title}
        />
        <TextArea
          id="grant-description"
          label={t("grants.form.description")}
          optional
          value={v.description}
          onChange={(description) => change({ description })}
          error={server.description}
        />
        <TextField
          id="grant-period-from"
          type="date"
          label={t("grants.form.periodFrom")}
          value={v.periodFrom}
          onChange={(periodFrom) => change({ periodFrom })}
          error={server.periodFrom}
        />
        <TextField
          id="grant-period-to"
          type="date"
          label={t("grants.form.periodTo")}
          value={v.periodTo}
          onChange={(periodTo) => change({ periodTo })}
          error={server.periodTo}
        />
      </fieldset>
      <MeasureChoice values={v} onChange={change} errors={server} />
      <PlanFields
        kinds={kinds}
        planned={plannedKinds(kinds, v.amounts)}
        amounts={v.amounts}
        onChange={(amounts) => change({ amounts })}
        local={local}
        server={server}
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={write.isPending}>
          <span className="kern-label">{t("grants.form.save")}</span>
        </button>
        {actions}
      </div>
    </form>
  );
}
