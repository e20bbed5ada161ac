import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RollUpEntry } from "../../contract/measures";
import { trafficLights } from "../../domain/measure-progress";

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
      <ul className="kurs-measure-lights" aria-label={t("overview.fields.lights")}>
        {trafficLights
          .filter((l) => (entry.lights[l] ?? 0) > 0)
          .map((l) => (
            <li key={l} className="kurs-light" data-light={l}>
              <span className={`kurs-light__dot kurs-light__dot--${l}`} aria-hidden="true" />
              <span className="kern-body">
                {t("overview.fields.lightCount", {
                  light: t(`measures.light.${l}`),
                  count: entry.lights[l] ?? 0,
                })}
              </span>
            </li>
          ))}
      </ul>
      {entry.staleCount ? (
        <p className="kern-body kern-body--muted" data-testid="rollup-stale">
          {t("overview.fields.stale", { count: entry.staleCount })}
        </p>
      ) : null}
    </div>
  );
}
