import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MeasureSummary } from "../../contract/measures";
import { ExampleBadge } from "../components/Badge";
import { Empty } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { OverdueBadge, StatusBadge, TrafficLight } from "./TrafficLight";

/** Measures as a table: title (link), field, status, traffic light, progress, latest update. */
export function MeasureTable({ items, total }: { items: MeasureSummary[]; total: number }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (items.length === 0) return <Empty>{t("measures.empty")}</Empty>;
  return (
    <TableScroll>
      <table className="kern-table kern-table--striped" data-testid="measure-table">
        <caption className="kern-title">{t("measures.table.caption", { count: total })}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">
              {t("measures.table.title")}
            </th>
            <th className="kern-table__header" scope="col">
              {t("measures.table.field")}
            </th>
            <th className="kern-table__header" scope="col">
              {t("measures.table.status")}
            </th>
            <th className="kern-table__header" scope="col">
              {t("measures.table.light")}
            </th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">
              {t("measures.table.completion")}
            </th>
            <th className="kern-table__header" scope="col">
              {t("measures.table.latest")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((m) => (
            <tr className="kern-table__row" key={m.id} data-testid="measure-row">
              <td className="kern-table__cell">
                <Link className="kern-link" to={`/massnahmen/${m.id}`} lang="de">
                  {m.title}
                </Link>{" "}
                <span className="kurs-badges">
                  {m.isExample ? <ExampleBadge /> : null}
                  <OverdueBadge reasons={m.overdueReasons} />
                </span>
              </td>
              <td className="kern-table__cell" lang="de">
                {m.actionFields.map((f) => `${f.position} ${f.title}`).join("; ")}
              </td>
              <td className="kern-table__cell">
                <StatusBadge status={m.status} />
              </td>
              <td className="kern-table__cell">
                <TrafficLight
                  light={m.trafficLight}
                  on={m.latestUpdateOn}
                  stale={m.trafficLightStale}
                />
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{m.completion} %</td>
              <td className="kern-table__cell">
                {m.latestUpdateOn ? date(m.latestUpdateOn) : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
