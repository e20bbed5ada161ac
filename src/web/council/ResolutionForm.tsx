import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Paper } from "../../contract/council";
import type { ResolutionEffectInput } from "../../contract/resolution";
import { resolutionRoutes } from "../../contract/routes/resolutions";
import { reportingCadences, resolutionOutcomes } from "../../domain/council-vocabulary";
import { useConcept, useCouncil, useOverview, useTimeline } from "../api/queries";
import { useRouteWrite } from "../api/route-write";
import { Alert } from "../components/Alert";
import { Checkbox, fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useEffectWords } from "./EffectText";
import { emptyGrantFund, GrantFundFields, grantFundEffect } from "./GrantFundEffect";

const outcomes = resolutionOutcomes;
const cadences = reportingCadences;

/** Records a committee's resolution on a paper, with the effects Kurs applies when adopted. */
export function ResolutionForm({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const council = useCouncil().data;
  const concept = useConcept().data;
  const fields = concept?.current?.actionFields ?? [];
  const currentVersion = concept?.current?.id;
  const drafts = (concept?.versions ?? []).filter((v) => v.status === "draft");
  const funds = useOverview().data?.funds ?? [];
  const open = paper.consultations.find((c) => c.outcome === null) ?? paper.consultations[0];
  const post = useRouteWrite(resolutionRoutes.recordResolution, {});
  const names = useTimeline().data?.names;
  const effectWords = useEffectWords();
  // A paper Kurs drafted from data proposes its effects; each is applied unless unticked.
  const [proposed, setProposed] = useState(() => paper.proposedEffects.map(() => true));

  const [committeeId, setCommitteeId] = useState(open?.committee.id ?? "");
  const [decidedOn, setDecidedOn] = useState("");
  const [outcome, setOutcome] = useState<(typeof outcomes)[number]>("adopted");
  const [text, setText] = useState(paper.proposedResolution ?? "");
  const [confirm, setConfirm] = useState(false);
  const [adopt, setAdopt] = useState({ on: false, versionId: "" });
  const [grant, setGrant] = useState(() => emptyGrantFund(fields[1]?.lineageId ?? ""));
  const [amountRefused, setAmountRefused] = useState(false);
  const [focus, setFocus] = useState({ on: false, lineageId: fields[1]?.lineageId ?? "" });
  const [purpose, setPurpose] = useState({
    on: false,
    fundId: funds[0]?.id ?? "",
    lineageId: fields[1]?.lineageId ?? "",
  });
  const [reporting, setReporting] = useState({
    on: false,
    committeeId: open?.committee.id ?? "",
    cadence: "halfYearly" as (typeof cadences)[number],
  });

  const effects: [string, ResolutionEffectInput][] = paper.proposedEffects.flatMap(
    (effect, i): [string, ResolutionEffectInput][] =>
      proposed[i] ? [[`proposed-${i}`, effect]] : [],
  );
  if (adopt.on) {
    effects.push([
      "adopt",
      { type: "adoptConceptVersion", conceptVersionId: adopt.versionId || drafts[0]?.id || "" },
    ]);
  }
  if (confirm && currentVersion) {
    effects.push(["confirm", { type: "confirmConceptVersion", conceptVersionId: currentVersion }]);
  }
  if (focus.on) {
    effects.push([
      "focus",
      { type: "setFocus", actionFieldLineageId: focus.lineageId || fields[0]?.lineageId || "" },
    ]);
  }
  if (purpose.on) {
    effects.push([
      "purpose",
      {
        type: "changeFundPurpose",
        fundId: purpose.fundId || funds[0]?.id || "",
        purpose: [
          { kind: "actionField", actionFieldLineageId: purpose.lineageId || fields[0]?.lineageId },
        ],
      },
    ]);
  }
  if (reporting.on) {
    effects.push([
      "reporting",
      {
        type: "requireReporting",
        cadence: reporting.cadence,
        committeeId: reporting.committeeId || committeeId,
      },
    ]);
  }

  const granted = grant.on
    ? grantFundEffect({
        ...grant,
        fieldLineageId: grant.fieldLineageId || fields[0]?.lineageId || "",
      })
    : null;
  if (granted && "effect" in granted) effects.push(["grant", granted.effect]);

  const errors = fieldErrors(post.error);
  const effectError = (key: string, field: string) => {
    const index = effects.findIndex(([k]) => k === key);
    return errors[`effects.${index}.${field}`];
  };
  const committeeOptions = (council?.committees ?? []).map((c) => ({ value: c.id, label: c.name }));
  const fieldOptions = fields.map((f) => ({
    value: f.lineageId,
    label: `${f.position}. ${f.title}`,
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The amount is converted here; a typo is said at the field and nothing is sent.
    setAmountRefused(Boolean(granted && "invalid" in granted));
    if (granted && "invalid" in granted) return;
    post.mutate({
      committeeId,
      paperId: paper.id,
      consultationId: open && open.committee.id === committeeId ? open.id : undefined,
      decidedOn,
      outcome,
      text,
      effects: effects.map(([, e]) => e),
    });
  };

  return (
    <section className="kurs-section" aria-labelledby="resolution-form-title">
      <h2 id="resolution-form-title" className="kern-heading-large">
        {t("council.resolution.formTitle")}
      </h2>
      {post.isSuccess ? (
        <Alert tone="success" title={t("council.resolution.recorded")} role="status" />
      ) : null}
      {post.isError ? <ErrorNotice error={post.error} /> : null}
      <form className="kurs-form" onSubmit={submit} noValidate data-testid="resolution-form">
        <SelectField
          id="res-committee"
          label={t("council.resolution.committee")}
          value={committeeId}
          onChange={setCommitteeId}
          options={committeeOptions}
          error={errors.committeeId}
        />
        <TextField
          id="res-date"
          type="date"
          label={t("council.resolution.decidedOn")}
          value={decidedOn}
          onChange={setDecidedOn}
          error={errors.decidedOn}
          required
        />
        <SelectField
          id="res-outcome"
          label={t("council.resolution.outcome")}
          value={outcome}
          onChange={(v) => setOutcome(v as typeof outcome)}
          options={outcomes.map((o) => ({ value: o, label: t(`council.outcomes.${o}`) }))}
          error={errors.outcome}
        />
        <TextArea
          id="res-text"
          label={t("council.resolution.text")}
          value={text}
          onChange={setText}
          error={errors.text}
          required
        />
        <fieldset
          className={errors.effects ? "kern-fieldset kern-fieldset--error" : "kern-fieldset"}
        >
          <legend className="kern-label">{t("council.resolution.effects")}</legend>
          <p className="kern-hint">{t("council.resolution.effectsHint")}</p>
          {errors.effects ? (
            <p className="kern-error">
              <span className="kern-body">{errors.effects}</span>
            </p>
          ) : null}
          <div className="kern-fieldset__body">
            {paper.proposedEffects.map((effect, i) => (
              <Checkbox
                // The proposals of a paper never change order; the index is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={`proposed-${i}`}
                id={`eff-proposed-${i}`}
                label={`${t("council.effects.proposed")}${names ? ` ${effectWords(effect, names)}` : ""}`}
                checked={proposed[i] ?? false}
                onChange={(on) => setProposed(proposed.map((p, j) => (j === i ? on : p)))}
              />
            ))}
            {drafts.length ? (
              <>
                <Checkbox
                  id="eff-adopt"
                  label={t("council.effects.adopt")}
                  checked={adopt.on}
                  onChange={(on) => setAdopt({ ...adopt, on })}
                />
                {adopt.on ? (
                  <SelectField
                    id="eff-adopt-version"
                    label={t("council.effects.adoptVersion")}
                    value={adopt.versionId || drafts[0]?.id || ""}
                    onChange={(versionId) => setAdopt({ ...adopt, versionId })}
                    options={drafts.map((v) => ({
                      value: v.id,
                      label: t("council.effects.draftLabel", { number: v.number, title: v.title }),
                    }))}
                    error={effectError("adopt", "conceptVersionId")}
                  />
                ) : null}
              </>
            ) : null}
            <Checkbox
              id="eff-confirm"
              label={t("council.effects.confirm")}
              checked={confirm}
              onChange={setConfirm}
            />
            <Checkbox
              id="eff-focus"
              label={t("council.effects.focus")}
              checked={focus.on}
              onChange={(on) => setFocus({ ...focus, on })}
            />
            {focus.on ? (
              <SelectField
                id="eff-focus-field"
                label={t("council.effects.actionField")}
                value={focus.lineageId}
                onChange={(lineageId) => setFocus({ ...focus, lineageId })}
                options={fieldOptions}
                error={effectError("focus", "actionFieldLineageId")}
              />
            ) : null}
            <Checkbox
              id="eff-purpose"
              label={t("council.effects.purpose")}
              checked={purpose.on}
              onChange={(on) => setPurpose({ ...purpose, on })}
            />
            {purpose.on ? (
              <>
                <SelectField
                  id="eff-purpose-fund"
                  label={t("council.effects.fund")}
                  value={purpose.fundId}
                  onChange={(fundId) => setPurpose({ ...purpose, fundId })}
                  options={funds.map((f) => ({ value: f.id, label: f.name }))}
                  error={effectError("purpose", "fundId")}
                />
                <SelectField
                  id="eff-purpose-field"
                  label={t("council.effects.wholeField")}
                  value={purpose.lineageId}
                  onChange={(lineageId) => setPurpose({ ...purpose, lineageId })}
                  options={fieldOptions}
                  error={effectError("purpose", "purpose.0.actionFieldLineageId")}
                />
              </>
            ) : null}
            <GrantFundFields
              state={grant}
              onChange={(next) => {
                setGrant(next);
                setAmountRefused(false);
              }}
              fieldOptions={fieldOptions}
              error={(field) =>
                field === "estimateCents" && amountRefused
                  ? t("council.effects.grantEstimateInvalid")
                  : effectError("grant", field)
              }
            />
            <Checkbox
              id="eff-reporting"
              label={t("council.effects.reporting")}
              checked={reporting.on}
              onChange={(on) => setReporting({ ...reporting, on })}
            />
            {reporting.on ? (
              <>
                <SelectField
                  id="eff-reporting-committee"
                  label={t("council.effects.reportTo")}
                  value={reporting.committeeId}
                  onChange={(id) => setReporting({ ...reporting, committeeId: id })}
                  options={committeeOptions}
                  error={effectError("reporting", "committeeId")}
                />
                <SelectField
                  id="eff-reporting-cadence"
                  label={t("council.effects.cadence")}
                  value={reporting.cadence}
                  onChange={(cadence) =>
                    setReporting({ ...reporting, cadence: cadence as typeof reporting.cadence })
                  }
                  options={cadences.map((c) => ({ value: c, label: t(`council.cadences.${c}`) }))}
                  error={effectError("reporting", "cadence")}
                />
              </>
            ) : null}
          </div>
        </fieldset>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={post.isPending}>
            <span className="kern-label">{t("council.resolution.submit")}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
