import { useTranslation } from "react-i18next";
import type { MeasureSummary } from "../../contract/measures";
import { Badge } from "../components/Badge";

type Light = MeasureSummary["trafficLight"];

/** The traffic light as a coloured dot plus its name: never colour alone. */
export function TrafficLight({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <span className="kurs-light" data-light={light}>
      <span className={`kurs-light__dot kurs-light__dot--${light}`} aria-hidden="true" />
      <span className="kern-body">{t(`measures.light.${light}`)}</span>
    </span>
  );
}

const statusTone = {
  planned: "info",
  inProgress: "success",
  completed: "success",
  paused: "warning",
  dropped: "danger",
} as const;

export function StatusBadge({ status }: { status: MeasureSummary["status"] }) {
  const { t } = useTranslation();
  return <Badge tone={statusTone[status]} label={t(`measures.status.${status}`)} />;
}

export function OverdueBadge({ reasons }: { reasons: MeasureSummary["overdueReasons"] }) {
  const { t } = useTranslation();
  if (!reasons.length) return null;
  const why = reasons.map((r) => t(`measures.overdueReason.${r}`)).join(", ");
  return <Badge tone="danger" label={`${t("measures.overdue")}: ${why}`} />;
}
