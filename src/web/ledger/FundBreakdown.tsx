import { useTranslation } from "react-i18next";
import type { Fund } from "../../contract/ledger";
import { Alert } from "../components/Alert";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";

const num = "kern-table__cell kern-table__cell--numeric";

/**
 * A fund's figures as a committee member can follow them (src/domain/fund-figures): what raised
 * or lowered the fund adds up to "bewilligt", and "bewilligt" splits into bound, paid, blocked,
 * lapsed and available. Parts that are 0 and say nothing (no supplement, no transfer) are left out.
 */
export function FundBreakdown({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const raised: [string, number, boolean][] = [
    ["estimate", fund.estimateCents, true],
    ["supplements", fund.supplementsCents, false],
    ["carriedIn", fund.carriedOverCents, false],
    ["transfersIn", fund.transfersInCents, false],
    ["transfersOut", fund.transfersOutCents, false],
    ["carriedForward", fund.carriedForwardCents, false],
  ];
  const parts: [string, number, boolean][] = [
    ["committed", fund.committedCents, true],
    ["paid", fund.paidCents, true],
    ["blocked", fund.blockedCents, false],
    ["lapsed", fund.lapsedCents, fund.yearClosed],
    ["available", fund.availableCents, true],
  ];
  const row = ([key, cents, always]: [string, number, boolean]) =>
    always || cents ? (
      <tr className="kern-table__row" key={key} data-testid={`figure-${key}`}>
        <th className="kern-table__cell" scope="row">
          {key === "available" ? <strong>{t(`fundFigures.${key}` as never)}</strong> : null}
          {key === "available" ? null : t(`fundFigures.${key}` as never)}
        </th>
        <td className={num}>
          {key === "available" ? (
            <strong data-testid="fund-available">{money(cents)}</strong>
          ) : (
            money(cents)
          )}
        </td>
      </tr>
    ) : null;
  return (
    <section className="kurs-section" aria-labelledby="fund-figures-title">
      {fund.yearClosed ? (
        <Alert
          tone="info"
          title={
            fund.lapsedCents
              ? t("fundFigures.closed", { year: fund.fiscalYear, amount: money(fund.lapsedCents) })
              : t("fundFigures.closedNothingLapsed", { year: fund.fiscalYear })
          }
        >
          {fund.lateBookingUntil ? (
            <p className="kern-body">
              {t("fundFigures.lateUntil", {
                date: date(fund.lateBookingUntil),
                year: fund.fiscalYear,
              })}
            </p>
          ) : null}
        </Alert>
      ) : null}
      <TableScroll label={t("fundFigures.caption")}>
        <table className="kern-table" data-testid="fund-figures">
          <caption className="kern-title" id="fund-figures-title">
            {t("fundFigures.caption")}
          </caption>
          <tbody className="kern-table__body">
            {raised.map(row)}
            <tr className="kern-table__row" data-testid="figure-granted">
              <th className="kern-table__cell" scope="row">
                <strong>{t("fundFigures.granted")}</strong>
              </th>
              <td className={num}>
                <strong>{money(fund.grantedCents)}</strong>
              </td>
            </tr>
            <tr className="kern-table__row">
              <th className="kern-table__cell" scope="rowgroup" colSpan={2}>
                {t("fundFigures.spentAs")}
              </th>
            </tr>
            {parts.map(row)}
          </tbody>
        </table>
      </TableScroll>
      <p className="kern-body kern-body--small">{t("fundFigures.identity")}</p>
    </section>
  );
}
