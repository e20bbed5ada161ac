import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Application } from "../../contract/grants";
import { useGrantStep } from "../api/grants";
import { useMeasures } from "../api/measures";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { centsOf, useAmountField } from "./amount-input";
import { GrantForm } from "./GrantSections";

/**
 * Withdraw (the provider or the office, before a decision; reason optional) and refuse (the office,
 * under review; reason required): each change dated, reasoned and audited by the server.
 */
export function ReasonStepForm({ a, step: kind }: { a: Application; step: "withdraw" | "refuse" }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const [reason, setReason] = useState("");
  const errors = fieldErrors(step.error);
  return (
    <GrantForm
      id={`grant-${kind}-heading`}
      title={t(`grants.steps.${kind}Title`)}
      write={step}
      primary={false}
      submitLabel={t(`grants.steps.${kind}`)}
      submitTestId={`grant-${kind}`}
      onSubmit={() =>
        step.mutate(
          // A refusal needs its reason: an empty one goes as typed, refused at the field.
          kind === "refuse"
            ? { step: kind, params: { id: a.id }, body: { reason: reason.trim() || reason } }
            : { step: kind, params: { id: a.id }, body: { reason: reason.trim() || null } },
        )
      }
    >
      <TextArea
        id={`grant-${kind}-reason`}
        label={t(`grants.steps.${kind}Reason`)}
        optional={kind === "withdraw"}
        rows={3}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
    </GrantForm>
  );
}

/** The office grants (all or part): amount, measure booked, notice reference; binds the money. */
export function GrantDecisionForm({ a }: { a: Application }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const { amount, setAmount, problem, check } = useAmountField();
  const [reference, setReference] = useState("");
  const [reason, setReason] = useState("");
  const [measureId, setMeasureId] = useState(a.measureId ?? "");
  const measures = useMeasures("pageSize=200");
  const errors = fieldErrors(step.error);
  const submit = () => {
    if (!check()) return;
    step.mutate({
      step: "grant",
      params: { id: a.id },
      body: {
        grantedCents: centsOf(amount),
        noticeReference: reference,
        measureId: measureId || null,
        reason: reason || null,
      },
    });
  };
  return (
    <GrantForm
      id="grant-decide"
      title={t("grants.decide.title")}
      write={step}
      onSubmit={submit}
      submitLabel={t("grants.decide.submit")}
    >
      <TextField
        id="grant-granted"
        label={t("grants.decide.amount")}
        hint={t("grants.decide.amountHint")}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={problem ?? errors.grantedCents}
      />
      <SelectField
        id="grant-measure"
        label={t("grants.decide.measure")}
        hint={t("grants.decide.measureHint")}
        value={measureId}
        onChange={setMeasureId}
        // A proposed measure is created on granting unless the office names an existing one.
        emptyLabel={
          a.proposedMeasure
            ? t("grantApplication.measure.createOnGrant", { title: a.proposedMeasure.title })
            : ""
        }
        options={(measures.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
        error={errors.measureId ?? errors.proposedMeasure}
      />
      <TextField
        id="grant-notice-reference"
        label={t("grants.decide.reference")}
        value={reference}
        onChange={setReference}
        error={errors.noticeReference}
      />
      <TextArea
        id="grant-reason"
        label={t("grants.decide.reason")}
        optional
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
    </GrantForm>
  );
}
