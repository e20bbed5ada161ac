import { useTranslation } from "react-i18next";
import type { CostKind } from "../../domain/grants";
import { TextField } from "../components/form";
import { useFormat } from "../i18n/useFormat";
import { readAmounts } from "./application-form-values";

type Amounts = Record<string, string>;

/**
 * Kosten- und Finanzierungsplan: an amount per eligible cost kind (total shown as typed), own
 * share, third-party money and the grant asked; whether the plan balances, as typed.
 */
export function PlanFields({
  kinds,
  planned,
  amounts,
  onChange,
  local,
  server,
}: {
  kinds: CostKind[];
  /** The kinds sent (with an amount), in order: the server's `costPlan.N` is the Nth. */
  planned: CostKind[];
  amounts: Amounts;
  onChange: (amounts: Amounts) => void;
  /** Amounts that could not be read here; the server's refusals. */
  local: Record<string, string>;
  server: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { money, language } = useFormat();
  const read = readAmounts(amounts, language);
  const total = kinds.reduce((sum, k) => sum + (read.cents[`cost.${k}`] ?? 0), 0);
  const financed =
    (read.cents.own ?? 0) + (read.cents.thirdParty ?? 0) + (read.cents.requested ?? 0);
  const set = (key: string) => (value: string) => onChange({ ...amounts, [key]: value });
  const costError = (k: CostKind) => {
    const i = planned.indexOf(k);
    if (local[`cost.${k}`]) return local[`cost.${k}`];
    if (i >= 0) return server[`costPlan.${i}.amountCents`] ?? server[`costPlan.${i}.costKind`];
    // "The plan needs a cost kind": shown at the first one.
    return k === kinds[0] && planned.length === 0 ? server.costPlan : undefined;
  };
  const financing = (key: "own" | "thirdParty" | "requested") => (
    <TextField
      id={`grant-${key}`}
      label={t(`grants.form.${key}`)}
      inputMode="decimal"
      value={amounts[key] ?? ""}
      onChange={set(key)}
      error={local[key] ?? server[`financing.${key}Cents`]}
    />
  );
  return (
    <>
      <fieldset
        className="kurs-section kern-fieldset kurs-grant-fieldset"
        aria-describedby="grant-cost-hint"
      >
        <legend className="kern-label">{t("grants.form.costLegend")}</legend>
        <p id="grant-cost-hint" className="kern-body kern-body--small">
          {t("grants.form.costHint")}
        </p>
        {kinds.map((k) => (
          <TextField
            key={k}
            id={`grant-cost-${k}`}
            label={t(`grants.costKind.${k}`)}
            optional
            inputMode="decimal"
            value={amounts[`cost.${k}`] ?? ""}
            onChange={set(`cost.${k}`)}
            error={costError(k)}
          />
        ))}
        <p className="kern-body kern-body--bold" aria-live="polite" data-testid="grant-total">
          {t("grants.form.total", { amount: money(total) })}
        </p>
      </fieldset>
      <fieldset
        className="kurs-section kern-fieldset kurs-grant-fieldset"
        aria-describedby="grant-financing-hint"
      >
        <legend className="kern-label">{t("grants.form.financingLegend")}</legend>
        <p id="grant-financing-hint" className="kern-body kern-body--small">
          {t("grants.form.financingHint")}
        </p>
        {financing("own")}
        {financing("thirdParty")}
        {financing("requested")}
        <p className="kern-body" aria-live="polite" data-testid="grant-balance">
          {financed === total
            ? t("grants.form.balanced")
            : t("grants.form.unbalanced", { amount: money(total - financed) })}
        </p>
      </fieldset>
    </>
  );
}
