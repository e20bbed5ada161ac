import { useTranslation } from "react-i18next";
import type { ResolutionEffectInput } from "../../contract/resolution";
import { parseEuro } from "../../domain/money";
import { useMeasureOptions } from "../api/measures";
import { Checkbox, SelectField, TextField } from "../components/form";

export interface GrantFundState {
  on: boolean;
  name: string;
  fiscalYear: string;
  estimate: string;
  budgetLine: string;
  fieldLineageId: string;
  measureTypeId: string;
}

export const emptyGrantFund = (fieldLineageId: string): GrantFundState => ({
  on: false,
  name: "",
  fiscalYear: String(new Date().getFullYear() + 1),
  estimate: "",
  budgetLine: "",
  fieldLineageId,
  measureTypeId: "",
});

/**
 * The grant-funds effect as the API takes it, or the field the office must correct first (the
 * amount is typed in German notation, "1.000.000,00", and converted to cents here).
 */
export function grantFundEffect(
  s: GrantFundState,
): { effect: ResolutionEffectInput } | { invalid: "estimate" } {
  let estimateCents: number;
  try {
    estimateCents = parseEuro(s.estimate);
  } catch {
    return { invalid: "estimate" };
  }
  if (estimateCents < 0) return { invalid: "estimate" };
  const fiscalYear = Number(s.fiscalYear);
  return {
    effect: {
      type: "grantFund",
      name: s.name,
      fiscalYear: Number.isInteger(fiscalYear) ? fiscalYear : 0,
      estimateCents,
      budgetLine: s.budgetLine.trim() || null,
      purpose: [
        s.measureTypeId
          ? {
              kind: "measureType",
              measureTypeId: s.measureTypeId,
              actionFieldLineageId: s.fieldLineageId,
            }
          : { kind: "actionField", actionFieldLineageId: s.fieldLineageId },
      ],
    },
  };
}

/** Checkbox and fields of the "grant funds" effect (Bewilligung zweckgebundener Mittel). */
export function GrantFundFields({
  state,
  onChange,
  fieldOptions,
  error,
}: {
  state: GrantFundState;
  onChange: (state: GrantFundState) => void;
  fieldOptions: { value: string; label: string }[];
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const types = useMeasureOptions().data?.measureTypes ?? [];
  const set = (key: keyof GrantFundState) => (value: string) =>
    onChange({ ...state, [key]: value });
  return (
    <>
      <Checkbox
        id="eff-grant"
        label={t("council.effects.grant")}
        checked={state.on}
        onChange={(on) => onChange({ ...state, on })}
      />
      {state.on ? (
        <>
          <TextField
            id="eff-grant-name"
            label={t("council.effects.grantName")}
            value={state.name}
            onChange={set("name")}
            error={error("name")}
            required
          />
          <TextField
            id="eff-grant-year"
            label={t("council.effects.grantYear")}
            value={state.fiscalYear}
            onChange={set("fiscalYear")}
            error={error("fiscalYear")}
            required
          />
          <TextField
            id="eff-grant-estimate"
            label={t("council.effects.grantEstimate")}
            hint={t("council.effects.grantEstimateHint")}
            value={state.estimate}
            onChange={set("estimate")}
            error={error("estimateCents")}
            required
          />
          <TextField
            id="eff-grant-line"
            label={t("council.effects.grantBudgetLine")}
            value={state.budgetLine}
            onChange={set("budgetLine")}
            error={error("budgetLine")}
          />
          <SelectField
            id="eff-grant-field"
            label={t("council.effects.grantField")}
            value={state.fieldLineageId}
            onChange={set("fieldLineageId")}
            options={fieldOptions}
            error={error("purpose.0.actionFieldLineageId")}
          />
          <SelectField
            id="eff-grant-type"
            label={t("council.effects.grantType")}
            value={state.measureTypeId}
            onChange={set("measureTypeId")}
            options={[
              { value: "", label: t("council.effects.grantAllTypes") },
              ...types.map((m) => ({ value: m.id, label: m.name })),
            ]}
            error={error("purpose.0.measureTypeId")}
          />
        </>
      ) : null}
    </>
  );
}
