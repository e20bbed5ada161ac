import { useTranslation } from "react-i18next";
import type { MeasureSummary } from "../../contract/measures";
import { Badge } from "../components/Badge";
import { useFormat } from "../i18n/useFormat";

type Light = MeasureSummary["trafficLight"];

/**
 * The traffic light as a coloured dot plus its name: never colour alone. A measure's light also
 * carries its date (`on`) and, when older than the staleness limit, says "veraltet" with it.
 */
export function TrafficLight({
  light,
  on,
  stale = false,
}: {
  light: Light;
  on?: string | null;
  stale?: boolean;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <span className="kurs-light" data-light={light} data-stale={stale || undefined}>
      <span className={`kurs-light__dot kurs-light__dot--${light}`} aria-hidden="true" />
      <span className="kern-body">{t(`measures.light.${light}`)}</span>
      {on ? (
        <span className={stale ? "kern-body kern-body--bold" : "kern-body kern-body--muted"}>
          {" "}
          (
          {stale
            ? t("measures.lightStale", { date: date(on) })
            : t("measures.lightOn", { date: date(on) })}
          )
        </span>
      ) : null}
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
