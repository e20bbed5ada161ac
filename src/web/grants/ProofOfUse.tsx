import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Application } from "../../contract/grants";
import { grantRoutes as api } from "../../contract/routes/grants";
import { apiAddress } from "../api/call";
import { useGrantStep } from "../api/grants";
import { Fact, Facts } from "../components/Facts";
import { fieldErrors, TextArea, TextField } from "../components/form";
import { useFormat } from "../i18n/useFormat";
import { centsOf } from "./amount-input";
import { GrantForm, GrantSection, StepButton } from "./GrantSections";

/** The provider's Verwendungsnachweis: report, actual costs per planned kind, third-party money. */
export function ProofForm({ a }: { a: Application }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const [report, setReport] = useState("");
  const [costs, setCosts] = useState<Record<string, string>>({});
  const [third, setThird] = useState("");
  const errors = fieldErrors(step.error);
  const submit = () =>
    step.mutate({
      step: "submitProof",
      params: { id: a.id },
      body: {
        report,
        actualCosts: a.costPlan.map((l) => ({
          costKind: l.costKind,
          amountCents: centsOf(costs[l.costKind] ?? "0"),
        })),
        actualThirdPartyCents: centsOf(third || "0"),
      },
    });
  return (
    <GrantForm
      id="grant-proof"
      title={t("grants.proof.title")}
      write={step}
      onSubmit={submit}
      submitLabel={t("grants.proof.submit")}
    >
      <TextArea
        id="proof-report"
        label={t("grants.proof.report")}
        value={report}
        onChange={setReport}
        error={errors.report}
      />
      {a.costPlan.map((l, i) => (
        <TextField
          key={l.costKind}
          id={`proof-cost-${l.costKind}`}
          label={t(`grants.costKind.${l.costKind}`)}
          inputMode="decimal"
          value={costs[l.costKind] ?? ""}
          onChange={(v) => setCosts((c) => ({ ...c, [l.costKind]: v }))}
          error={errors[`actualCosts.${i}.amountCents`]}
        />
      ))}
      <TextField
        id="proof-third"
        label={t("grants.proof.thirdParty")}
        inputMode="decimal"
        value={third}
        onChange={setThird}
        error={errors.actualThirdPartyCents}
      />
    </GrantForm>
  );
}

/** What the proof comes to (entitled, reclaim, release); the office confirms; the letter. */
export function ProofResult({
  a,
  proof,
  office,
}: {
  a: Application;
  proof: NonNullable<Application["proof"]>;
  office: boolean;
}) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const params = { id: a.id };
  return (
    <GrantSection id="grant-proof-result" title={t("grants.proof.result")}>
      <Facts>
        <Fact label={t("grants.proof.entitled")}>{money(proof.entitledCents)}</Fact>
        <Fact label={t("grants.proof.reclaim")}>
          <span data-testid="grant-reclaim">{money(proof.reclaimCents)}</span>
        </Fact>
        <Fact label={t("grants.proof.release")}>{money(proof.releaseCents)}</Fact>
        <Fact label={t("grants.fields.state")}>{t(`grants.proof.state.${proof.state}`)}</Fact>
      </Facts>
      {office && proof.state === "submitted" ? (
        <StepButton label={t("grants.proof.confirm")} step="confirmProof" id={a.id} />
      ) : null}
      {proof.state === "confirmed" && a.noticeReference ? (
        <div className="kurs-actions">
          <a
            className="kern-link"
            href={apiAddress(api.grantSettlementPdf, { params })}
            download
            data-testid="settlement-pdf"
          >
            {t("grants.proof.letterPdf", { reference: a.noticeReference })}
          </a>
          <a className="kern-link" href={apiAddress(api.grantSettlementDocx, { params })} download>
            {t("grants.proof.letter", { reference: a.noticeReference })}
          </a>
        </div>
      ) : null}
    </GrantSection>
  );
}
