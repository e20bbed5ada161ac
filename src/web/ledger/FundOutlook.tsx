import { useTranslation } from "react-i18next";
import type { Fund, FundOutlook as Outlook } from "../../contract/ledger";
import { ledgerRoutes as api } from "../../contract/routes/ledger";
import { apiAddress } from "../api/call";
import { useFundOutlook } from "../api/ledger";
import { Alert } from "../components/Alert";
import { QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { LapseDecision } from "./LapseDecision";

const num = "kern-table__cell kern-table__cell--numeric";
const numHead = "kern-table__header kern-table__header--numeric";

function Forecast({ fund, outlook }: { fund: Fund; outlook: Outlook }) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const f = outlook.forecast;
  if (fund.yearClosed)
    return (
      <Alert
        tone={fund.lapsedCents > 0 ? "warning" : "info"}
        title={t("ledger.outlook.closed")}
        headingLevel={3}
      >
        <p data-testid="fund-lapsed">
          {t("ledger.outlook.lapsed", { amount: money(fund.lapsedCents) })}
        </p>
      </Alert>
    );
  const text = t("ledger.outlook.projection", {
    pace: money(f.pacePerDayCents),
    rest: money(f.projectedRestCents),
    date: date(`${outlook.fiscalYear}-12-31`),
  });
  if (f.warning === "runOut")
    return (
      <Alert tone="danger" title={t("ledger.outlook.runOut")} headingLevel={3}>
        <p data-testid="fund-forecast">
          {text} {f.runOutOn ? t("ledger.outlook.runOutOn", { date: date(f.runOutOn) }) : ""}
        </p>
      </Alert>
    );
  if (f.warning === "lapse")
    return (
      <Alert tone="warning" title={t("ledger.outlook.lapse")} headingLevel={3}>
        <p data-testid="fund-forecast">{text}</p>
        <p>
          <LapseDecision decision={outlook.lapseDecision} amountCents={f.projectedRestCents} />
        </p>
      </Alert>
    );
  return (
    <p className="kern-body" data-testid="fund-forecast">
      {f.daysElapsed > 0 ? text : t("ledger.outlook.notStarted")}
    </p>
  );
}

/** Burn-down over the year (server-rendered SVG + the same figures as a table) and forecast. */
export function FundOutlook({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const { money, date, language } = useFormat();
  const outlook = useFundOutlook(fund.id);
  return (
    <section className="kurs-section" aria-labelledby="outlook-title">
      <h2 id="outlook-title" className="kern-heading-medium">
        {t("ledger.outlook.title")}
      </h2>
      <QueryState query={outlook}>
        {(data) => (
          <>
            <Forecast fund={fund} outlook={data} />
            <img
              className="kurs-chart"
              src={apiAddress(api.fundOutlookChart, {
                params: { fundId: fund.id },
                query: { lang: language },
              })}
              width={720}
              height={320}
              alt={t("ledger.outlook.alt", {
                year: data.fiscalYear,
                available: money(data.points.at(-1)?.availableCents ?? fund.availableCents),
              })}
              data-testid="outlook-chart"
            />
            <details>
              <summary>{t("ledger.outlook.table")}</summary>
              <TableScroll>
                <table className="kern-table kern-table--striped" data-testid="outlook-table">
                  <caption className="kern-title">{t("ledger.outlook.caption")}</caption>
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th className="kern-table__header" scope="col">
                        {t("ledger.bookings.date")}
                      </th>
                      <th className={numHead} scope="col">
                        {t("ledger.outlook.used")}
                      </th>
                      <th className={numHead} scope="col">
                        {t("ledger.available")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {data.points.map((p) => (
                      <tr className="kern-table__row" key={p.date}>
                        <th className="kern-table__cell" scope="row">
                          {date(p.date)}
                        </th>
                        <td className={num}>{money(p.usedCents)}</td>
                        <td className={num}>{money(p.availableCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
          </>
        )}
      </QueryState>
    </section>
  );
}
