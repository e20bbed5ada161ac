import "./programmes.css";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Programme } from "../../contract/grants";
import type { Fund } from "../../contract/ledger";
import { noticePlaceholders } from "../../domain/grant-notice";
import { fixedTerms, sharePercentText } from "../../domain/grant-programme";
import { costKinds, financingTypes, type GrantTerm } from "../../domain/grants";
import {
  useGrantProgramme,
  useProgrammeApplications,
  useSaveProgramme,
} from "../api/grant-programmes";
import { useFunds } from "../api/ledger";
import { Alert } from "../components/Alert";
import { Fact, Facts } from "../components/Facts";
import { CheckboxGroup, fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice, Loading, QueryState } from "../components/QueryState";
import { ProgrammeOffice, programmesPath } from "./ProgrammeOffice";
import { initialProgramme, type ProgrammeValues, programmeBody } from "./programme-values";

function ProgrammeForm({
  programme,
  funds,
  fixed,
}: {
  programme: Programme | null;
  funds: Fund[];
  fixed: readonly GrantTerm[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveProgramme(programme?.id ?? null);
  const [v, setValues] = useState<ProgrammeValues>(() => initialProgramme(programme));
  const set =
    <K extends keyof ProgrammeValues>(key: K) =>
    (value: ProgrammeValues[K]) =>
      setValues((old) => ({ ...old, [key]: value }));
  const errors = fieldErrors(save.error);
  const isFixed = (term: GrantTerm) => fixed.includes(term);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(programmeBody(v), {
      onSuccess: (saved) => navigate(programmesPath, { state: { saved: saved.title } }),
    });
  };
  const percent = (value: string) => t("grantProgrammes.percent", { value });
  const fund = funds.find((f) => f.id === v.fundId);
  const fundFields = fund?.actionFields.map((f) => f.title).join(", ");
  return (
    <form
      className="kurs-programme-form"
      onSubmit={submit}
      noValidate
      aria-label={t("grantProgrammes.form.label")}
      data-testid="programme-form"
    >
      {save.isError ? <ErrorNotice key={save.submittedAt} error={save.error} /> : null}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t("grantProgrammes.form.callLegend")}</legend>
        <div className="kern-fieldset__body">
          <TextField
            id="programme-title"
            label={t("grantProgrammes.form.title")}
            value={v.title}
            onChange={set("title")}
            error={errors.title}
          />
          {isFixed("fundId") ? null : (
            <SelectField
              id="programme-fund"
              label={t("grantProgrammes.form.fund")}
              value={v.fundId}
              onChange={set("fundId")}
              emptyLabel={t("grantProgrammes.form.chooseFund")}
              options={funds.map((f) => ({ value: f.id, label: f.name }))}
              error={errors.fundId}
            />
          )}
          <TextArea
            id="programme-purpose"
            label={t("grantProgrammes.form.purpose")}
            hint={
              fundFields
                ? t("grantProgrammes.form.purposeHintFund", { fields: fundFields })
                : t("grantProgrammes.form.purposeHint")
            }
            value={v.purpose}
            onChange={set("purpose")}
            error={errors.purpose}
          />
          <TextField
            id="programme-deadline"
            type="date"
            label={t("grantProgrammes.form.deadline")}
            optional
            value={v.deadline}
            onChange={set("deadline")}
            error={errors.deadline}
          />
        </div>
      </fieldset>

      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t("grantProgrammes.form.termsLegend")}</legend>
        <div className="kern-fieldset__body">
          {fixed.length && programme ? (
            <div data-testid="fixed-terms">
              <Alert tone="info" title={t("grantProgrammes.form.fixedTitle")} headingLevel={3}>
                <p className="kern-body">{t("grantProgrammes.form.fixedWhy")}</p>
              </Alert>
              <Facts>
                <Fact label={t("grantProgrammes.form.fund")}>{programme.fundName}</Fact>
                <Fact label={t("grantProgrammes.form.financingType")}>
                  {t(`grants.financingType.${programme.financingType}`)}
                </Fact>
                <Fact label={t("grantProgrammes.form.share")}>
                  {percent(sharePercentText(programme.maxShareBasisPoints))}
                </Fact>
                <Fact label={t("grantProgrammes.form.costKinds")}>
                  {programme.eligibleCostKinds.map((k) => t(`grants.costKind.${k}`)).join(", ")}
                </Fact>
                <Fact label={t("grantProgrammes.form.overspend")}>
                  {percent(String(programme.overspendAllowancePercent))}
                </Fact>
              </Facts>
            </div>
          ) : (
            <>
              <div className="kurs-programme-grid">
                <SelectField
                  id="programme-financing"
                  label={t("grantProgrammes.form.financingType")}
                  value={v.financingType}
                  onChange={(x) => set("financingType")(x as ProgrammeValues["financingType"])}
                  options={financingTypes.map((x) => ({
                    value: x,
                    label: t(`grants.financingType.${x}`),
                  }))}
                  error={errors.financingType}
                />
                <TextField
                  id="programme-share"
                  label={t("grantProgrammes.form.share")}
                  hint={t("grantProgrammes.form.shareHint")}
                  inputMode="decimal"
                  autoComplete="off"
                  value={v.share}
                  onChange={set("share")}
                  error={errors.maxShareBasisPoints}
                />
              </div>
              <CheckboxGroup
                id="programme-cost-kinds"
                legend={t("grantProgrammes.form.costKinds")}
                options={costKinds.map((k) => ({ value: k, label: t(`grants.costKind.${k}`) }))}
                selected={v.eligibleCostKinds}
                onChange={(x) =>
                  set("eligibleCostKinds")(x as ProgrammeValues["eligibleCostKinds"])
                }
                error={errors.eligibleCostKinds}
              />
              <TextField
                id="programme-overspend"
                label={t("grantProgrammes.form.overspend")}
                hint={t("grantProgrammes.form.overspendHint")}
                inputMode="numeric"
                autoComplete="off"
                value={v.overspendAllowancePercent}
                onChange={set("overspendAllowancePercent")}
                error={errors.overspendAllowancePercent}
              />
            </>
          )}
          <div className="kurs-programme-grid">
            <TextField
              id="programme-payment-months"
              label={t("grantProgrammes.form.paymentWithin")}
              hint={t("grantProgrammes.form.paymentWithinHint")}
              optional
              inputMode="numeric"
              autoComplete="off"
              value={v.paymentWithinMonths}
              onChange={set("paymentWithinMonths")}
              error={errors.paymentWithinMonths}
            />
            <TextField
              id="programme-proof-months"
              label={t("grantProgrammes.form.proofDue")}
              hint={t("grantProgrammes.form.proofDueHint")}
              inputMode="numeric"
              autoComplete="off"
              value={v.proofDueMonths}
              onChange={set("proofDueMonths")}
              error={errors.proofDueMonths}
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t("grantProgrammes.form.textsLegend")}</legend>
        <div className="kern-fieldset__body">
          <TextArea
            id="programme-conditions"
            label={t("grantProgrammes.form.conditions")}
            hint={t("grantProgrammes.form.conditionsHint")}
            rows={6}
            value={v.conditions}
            onChange={set("conditions")}
            error={errors.conditions}
          />
          <TextArea
            id="programme-notice"
            label={t("grantProgrammes.form.noticeTemplate")}
            hint={t("grantProgrammes.form.noticeTemplateHint", {
              placeholders: noticePlaceholders.map((p) => `{${p}}`).join(", "),
            })}
            optional
            rows={8}
            value={v.noticeTemplate}
            onChange={set("noticeTemplate")}
            error={errors.noticeTemplate}
          />
          <TextArea
            id="programme-legal-remedy"
            label={t("grantProgrammes.form.legalRemedy")}
            hint={t("grantProgrammes.form.legalRemedyHint")}
            optional
            value={v.legalRemedy}
            onChange={set("legalRemedy")}
            error={errors.legalRemedy}
          />
        </div>
      </fieldset>
      <div className="kurs-programme-actions-bar">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">
            {save.isPending ? t("form.saving") : t("grantProgrammes.form.save")}
          </span>
        </button>
        <Link className="kern-link" to={programmesPath}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}

/** Editing: the programme and whether a grant already fixes its terms. */
function EditProgramme({ id, funds }: { id: string; funds: Fund[] }) {
  const programme = useGrantProgramme(id);
  const applications = useProgrammeApplications(id);
  return (
    <QueryState query={programme}>
      {(found) => (
        <QueryState query={applications}>
          {(list) =>
            // keepPreviousData may still hold another programme: wait for this one.
            found.id === id ? (
              <ProgrammeForm
                key={found.id}
                programme={found}
                funds={funds}
                fixed={fixedTerms(list.items.map((a) => a.state))}
              />
            ) : (
              <Loading />
            )
          }
        </QueryState>
      )}
    </QueryState>
  );
}

/** /zuwendungen/programme/neu and …/:id/bearbeiten: the office sets up a grant programme. */
export function ProgrammeFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id ? t("grantProgrammes.form.editTitle") : t("grantProgrammes.form.createTitle");
  return (
    <ProgrammeOffice title={title}>
      <Page title={title} lead={t("grantProgrammes.form.lead")}>
        <FundsThen>
          {(funds) =>
            id ? (
              <EditProgramme id={id} funds={funds} />
            ) : (
              <ProgrammeForm programme={null} funds={funds} fixed={[]} />
            )
          }
        </FundsThen>
      </Page>
    </ProgrammeOffice>
  );
}

function FundsThen({ children }: { children: (funds: Fund[]) => ReactNode }) {
  const funds = useFunds();
  return <QueryState query={funds}>{(data) => children(data.items)}</QueryState>;
}
