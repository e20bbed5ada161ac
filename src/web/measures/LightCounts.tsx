import { useTranslation } from "react-i18next";
import { type TrafficLight, trafficLights } from "../../domain/measure-progress";

/**
 * How many measures show each traffic light (as text and dot, lights without measures left out)
 * and how many lights are stale: the overview's field cards and the concept's roll-ups.
 */
export function LightCounts({
  lights,
  staleCount,
}: {
  lights: Partial<Record<TrafficLight, number>>;
  staleCount: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="kurs-measure-lights" aria-label={t("overview.fields.lights")}>
        {trafficLights
          .filter((l) => (lights[l] ?? 0) > 0)
          .map((l) => (
            <li key={l} className="kurs-light" data-light={l}>
              <span className={`kurs-light__dot kurs-light__dot--${l}`} aria-hidden="true" />
              <span className="kern-body">
                {t("overview.fields.lightCount", {
                  light: t(`measures.light.${l}`),
                  count: lights[l] ?? 0,
                })}
              </span>
            </li>
          ))}
      </ul>
      {staleCount ? (
        <p className="kern-body kern-body--muted" data-testid="rollup-stale">
          {t("overview.fields.stale", { count: staleCount })}
        </p>
      ) : null}
    </>
  );
}
