import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RollUpEntry } from "../../contract/measures";
import { LightCounts } from "./LightCounts";

/** Progress of the measures under a field, goal or recommendation: weighted %, lights, overdue. */
export function RollUpSummary({
  entry,
  filter,
}: {
  entry: RollUpEntry | undefined;
  /** Query parameter for the measure list, e.g. "field=…". */
  filter: string;
}) {
  const { t } = useTranslation();
  if (!entry || entry.measureCount === 0) return null;
  return (
    <div className="kurs-rollup" data-testid="rollup">
      <p className="kern-body">
        <span className="kern-body--bold">{t("concept.progress")}: </span>
        {entry.completion === null
          ? t("concept.noProgress")
          : t("concept.progressValue", { completion: entry.completion })}
        {" · "}
        <Link className="kern-link" to={`/massnahmen?${filter}`}>
          {t("overview.fields.measures", { count: entry.measureCount })}
        </Link>
        {entry.overdueCount
          ? ` · ${t("overview.fields.overdue", { count: entry.overdueCount })}`
          : ""}
      </p>
      <LightCounts lights={entry.lights} staleCount={entry.staleCount} />
    </div>
  );
}
