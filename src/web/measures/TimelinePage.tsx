import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MeasureTimeline } from "../../contract/measure-views";
import { earlierDate, laterDate } from "../../domain/dates";
import { useTimeline } from "../api/measures";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { StatusBadge } from "./TrafficLight";
import { barOf, type TimelineScale, timelineScale } from "./timeline-scale";

const barHeight = 24;
/** Positions are percentages of the drawing's width: no viewBox, so nothing (text) is stretched. */
const pct = (x: number) => `${x}%`;

/** The year axis above the bars (decorative: the dates are in the table's text). */
function YearAxis({ scale }: { scale: TimelineScale }) {
  return (
    <svg className="kurs-gantt__svg" height={barHeight} aria-hidden="true" focusable="false">
      {scale.years.map((y) => (
        <g key={y.year}>
          <line className="kurs-gantt__tick" x1={pct(y.x)} x2={pct(y.x)} y1={0} y2={barHeight} />
          <text className="kurs-gantt__year" x={pct(y.x)} dx={4} y={17}>
            {y.year}
          </text>
        </g>
      ))}
    </svg>
  );
}

function Bar({
  scale,
  measure,
  today,
}: {
  scale: TimelineScale;
  measure: MeasureTimeline["fields"][number]["measures"][number];
  today: string;
}) {
  const bar = barOf(scale, measure.startOn, measure.endOn);
  const todayX = scale.x(today);
  return (
    <svg
      className="kurs-gantt__svg"
      height={barHeight}
      aria-hidden="true"
      focusable="false"
      data-testid="gantt-bar"
    >
      {scale.years.map((y) => (
        <line
          key={y.year}
          className="kurs-gantt__tick"
          x1={pct(y.x)}
          x2={pct(y.x)}
          y1={0}
          y2={barHeight}
        />
      ))}
      {bar ? (
        <rect
          className={`kurs-gantt__bar kurs-gantt__bar--${measure.status}${
            bar.openStart || bar.openEnd ? " kurs-gantt__bar--open" : ""
          }`}
          x={pct(bar.x)}
          width={pct(bar.width)}
          y={4}
          height={barHeight - 8}
          rx={3}
        />
      ) : null}
      {todayX > 0 && todayX < scale.width ? (
        <line
          className="kurs-gantt__today"
          x1={pct(todayX)}
          x2={pct(todayX)}
          y1={0}
          y2={barHeight}
        />
      ) : null}
    </svg>
  );
}

/**
 * /massnahmen/zeitleiste: a Gantt-style timeline of the measures by action field. Each field is a
 * table (title as link, period as text, status) with the bar as a drawing beside it, so screen
 * readers and keyboards get the same content as the chart.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const timeline = useTimeline();
  const today = new Date().toISOString().slice(0, 10);
  const period = (start: string | null, end: string | null) =>
    start || end
      ? `${start ? date(start) : t("timeline.open")} – ${end ? date(end) : t("timeline.open")}`
      : t("timeline.noDates");
  return (
    <Page title={t("timeline.title")} lead={t("timeline.intro")}>
      <p className="kurs-actions">
        <Link className="kern-link" to="/massnahmen">
          {t("timeline.back")}
        </Link>
      </p>
      <QueryState query={timeline}>
        {(data) => {
          if (!data.from || !data.to || !data.fields.length)
            return <Empty>{t("measures.empty")}</Empty>;
          // The scale always reaches today, so the "today" line shows where the county stands.
          const scale = timelineScale(earlierDate(data.from, today), laterDate(data.to, today));
          return (
            <>
              <p className="kern-body kurs-gantt__legend">
                <span className="kurs-gantt__legend-today" aria-hidden="true" />{" "}
                {t("timeline.today")}
              </p>
              {data.fields.map((f) => {
                const heading = f.id ? `${f.position} ${f.title}` : t("timeline.withoutField");
                const headingId = `gantt-${f.id ?? "none"}`;
                return (
                  <section
                    key={f.id ?? "none"}
                    className="kurs-section"
                    aria-labelledby={headingId}
                    data-testid="gantt-field"
                  >
                    <h2 id={headingId} className="kern-heading-medium" lang="de">
                      {heading}
                    </h2>
                    <TableScroll>
                      <table className="kern-table kurs-gantt">
                        <caption className="kern-sr-only">
                          {t("timeline.caption", { field: heading, count: f.measures.length })}
                        </caption>
                        <thead className="kern-table__head">
                          <tr className="kern-table__row">
                            <th className="kern-table__header kurs-gantt__title" scope="col">
                              {t("measures.table.title")}
                            </th>
                            <th className="kern-table__header kurs-gantt__period" scope="col">
                              {t("timeline.period")}
                            </th>
                            <th className="kern-table__header kurs-gantt__status" scope="col">
                              {t("measures.table.status")}
                            </th>
                            <th className="kern-table__header kurs-gantt__chart" scope="col">
                              <span className="kern-sr-only">{t("timeline.chart")}</span>
                              <YearAxis scale={scale} />
                            </th>
                          </tr>
                        </thead>
                        <tbody className="kern-table__body">
                          {f.measures.map((m) => (
                            <tr className="kern-table__row" key={m.id} data-testid="gantt-row">
                              <th className="kern-table__cell kurs-gantt__title" scope="row">
                                <Link className="kern-link" to={`/massnahmen/${m.id}`} lang="de">
                                  {m.title}
                                </Link>
                              </th>
                              <td className="kern-table__cell kurs-gantt__period">
                                {period(m.startOn, m.endOn)}
                              </td>
                              <td className="kern-table__cell kurs-gantt__status">
                                <StatusBadge status={m.status} />
                              </td>
                              <td className="kern-table__cell kurs-gantt__chart">
                                <Bar scale={scale} measure={m} today={today} />
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableScroll>
                  </section>
                );
              })}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
