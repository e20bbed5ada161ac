import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Application } from "../../contract/grants";
import { useGrantStep } from "../api/grants";
import { fieldErrors, TextField } from "../components/form";
import { dateValueOf } from "../components/form/inputs";
import { useFormat } from "../i18n/useFormat";
import { centsOf, useAmountField } from "./amount-input";
import { GrantForm, GrantSection, StepButton } from "./GrantSections";

/** Mittelabrufe of a granted application; the office approves (and pays) each. */
export function PaymentRequestList({ a, office }: { a: Application; office: boolean }) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  return (
    <GrantSection id="grant-requests" title={t("grants.payment.list")}>
      {a.paymentRequests.length ? (
        <ul className="kern-list" data-testid="payment-requests">
          {a.paymentRequests.map((r) => (
            <li key={r.id}>
              {money(r.amountCents)} ·{" "}
              {t("grants.payment.neededByShort", { date: date(r.neededBy) })} ·{" "}
              {t(`grants.payment.state.${r.state}`)}
              {office && r.state === "requested" ? (
                <>
                  {" "}
                  <StepButton label={t("grants.payment.approve")} step="approvePayment" id={r.id} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t("grants.payment.none")}</p>
      )}
    </GrantSection>
  );
}

/** The provider asks for an instalment: amount and the day by which it will be spent. */
export function PaymentRequestForm({ a }: { a: Application }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const { amount, setAmount, problem, check } = useAmountField();
  const [neededBy, setNeededBy] = useState("");
  const errors = fieldErrors(step.error);
  const submit = () => {
    if (!check()) return;
    step.mutate(
      {
        step: "requestPayment",
        params: { id: a.id },
        body: { amountCents: centsOf(amount), neededBy: dateValueOf(neededBy) },
      },
      { onSuccess: () => setAmount("") },
    );
  };
  return (
    <GrantForm
      id="grant-pay"
      title={t("grants.payment.title")}
      write={step}
      onSubmit={submit}
      submitLabel={t("grants.payment.submit")}
    >
      <TextField
        id="payment-amount"
        label={t("grants.payment.amount")}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={problem ?? errors.amountCents}
      />
      <TextField
        id="payment-needed-by"
        type="date"
        label={t("grants.payment.neededBy")}
        hint={t("grants.payment.neededByHint")}
        value={neededBy}
        onChange={setNeededBy}
        error={errors.neededBy}
      />
    </GrantForm>
  );
}
