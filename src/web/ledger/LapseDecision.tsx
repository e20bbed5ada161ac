import { useTranslation } from "react-i18next";
import type { DecisionDeadline } from "../../domain/decision-deadline";
import { useFormat } from "../i18n/useFormat";

/**
 * "Vorlage bis … für die Sitzung am …, sonst verfallen voraussichtlich … €": the last day to
 * submit the paper for the decision that keeps the money (overview and fund page).
 */
export function LapseDecision({
  decision,
  amountCents,
}: {
  decision: DecisionDeadline | null;
  amountCents: number;
}) {
  const { t } = useTranslation();
  const { date, money } = useFormat();
  return (
    <span data-testid="lapse-decision">
      {decision
        ? t("fundFigures.lapseDecision", {
            paperDue: date(decision.paperDue),
            meetingDate: date(decision.meetingDate),
            committee: decision.committee,
            amount: money(amountCents),
          })
        : t("fundFigures.lapseNoMeeting", { amount: money(amountCents) })}
    </span>
  );
}
