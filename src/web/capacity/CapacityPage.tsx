import "../measures/measures.css";
import { useTranslation } from "react-i18next";
import type { Capacity } from "../../contract/capacity";
import { useCapacity } from "../api/capacity";
import { Alert } from "../components/Alert";
import { Badge } from "../components/Badge";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { CapacityForms } from "./CapacityForms";

const fte = (n: number) => n.toLocaleString("de-DE", { maximumFractionDigits: 2 });

function CapacityTable({ data }: { data: Capacity }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const monthName = (m: string) =>
    new Date(`${m}T00:00:00Z`).toLocaleDateString(language === "de" ? "de-DE" : "en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  const title = (id: string) => data.positions.find((p) => p.id === id)?.title ?? "";
  const over = data.months.filter((m) => m.overAllocated);
  return (
    <>
      {over.length ? (
        <div data-testid="overallocation-warning">
          <Alert tone="warning" title={t("capacity.warningTitle")} role="status">
            <p className="kern-body">
              {t("capacity.warning", { months: over.map((m) => monthName(m.month)).join(", ") })}
            </p>
          </Alert>
        </div>
      ) : null}
      <TableScroll>
        <table className="kern-table kern-table--striped" data-testid="capacity-table">
          <caption className="kern-title">{t("capacity.table.caption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t("capacity.table.month")}
              </th>
              <th className="kern-table__header kern-table__header--numeric" scope="col">
                {t("capacity.table.capacity")}
              </th>
              <th className="kern-table__header kern-table__header--numeric" scope="col">
                {t("capacity.table.demand")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("capacity.table.state")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("capacity.table.detail")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {data.months.map((m) => (
              <tr className="kern-table__row" key={m.month} data-testid="capacity-month">
                <th className="kern-table__cell" scope="row">
                  {monthName(m.month)}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{fte(m.capacity)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{fte(m.demand)}</td>
                <td className="kern-table__cell">
                  {m.overAllocated ? (
                    <Badge tone="danger" label={t("capacity.table.over")} />
                  ) : (
                    <Badge tone="success" label={t("capacity.table.ok")} />
                  )}
                </td>
                <td className="kern-table__cell" lang="de">
                  {m.positions
                    .flatMap((p) =>
                      p.measures.map((x) =>
                        t("capacity.assignment", {
                          position: title(p.positionId),
                          measure: x.title,
                          fte: fte(x.fte),
                        }),
                      ),
                    )
                    .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** /kapazitaet — positions against assigned shares per month, over-allocation highlighted. */
export function CapacityPage() {
  const { t } = useTranslation();
  const capacity = useCapacity();
  return (
    <Page title={t("capacity.title")} lead={t("capacity.intro")}>
      <QueryState query={capacity}>
        {(data) => (
          <>
            {data.positions.length ? (
              <CapacityTable data={data} />
            ) : (
              <Empty>{t("capacity.none")}</Empty>
            )}
            <CapacityForms positions={data.positions} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
