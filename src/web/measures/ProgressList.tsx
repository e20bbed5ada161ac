import { useTranslation } from "react-i18next";
import type { ProgressUpdate } from "../../contract/measures";
import { Empty } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import { TrafficLight } from "./TrafficLight";

/** Progress updates, latest first. */
export function ProgressList({ updates }: { updates: ProgressUpdate[] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="updates-title">
      <h2 id="updates-title" className="kern-heading-medium">
        {t("measures.detail.updates")}
      </h2>
      {updates.length === 0 ? (
        <Empty>{t("measures.detail.noUpdates")}</Empty>
      ) : (
        <ol className="kurs-timeline" data-testid="progress-updates">
          {updates.map((u) => (
            <li key={u.id} data-testid="progress-update">
              <p className="kern-body kern-body--bold">
                {date(u.reportedOn)} · <TrafficLight light={u.trafficLight} />
              </p>
              <p className="kern-body" lang="de">
                {u.text}
              </p>
              {u.figures.length ? (
                <ul className="kurs-plain-list">
                  {u.figures.map((f) => (
                    <li key={f.label} lang="de">
                      {t("measures.detail.figure", {
                        label: f.label,
                        value: `${f.value.toLocaleString("de-DE")}${f.unit ? ` ${f.unit}` : ""}`,
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
