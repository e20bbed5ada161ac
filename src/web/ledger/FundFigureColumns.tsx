import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/useFormat";

const num = "kern-table__cell kern-table__cell--numeric";
const numHead = "kern-table__header kern-table__header--numeric";

/**
 * The money columns a table of funds shows, in one order with one set of headings: the table of
 * funds (granted) and the budgets per action field (means) — fiscal year, then the means,
 * bound, paid, blocked, lapsed and free.
 */
export function FundFigureHeads({ means }: { means: string }) {
  const { t } = useTranslation();
  return (
    <>
      <th className="kern-table__header" scope="col">
        {t("ledger.funds.fiscalYear")}
      </th>
      <th className={numHead} scope="col">
        {means}
      </th>
      <th className={numHead} scope="col">
        {t("ledger.committed")}
      </th>
      <th className={numHead} scope="col">
        {t("ledger.paid")}
      </th>
      <th className={numHead} scope="col">
        {t("fundFigures.blocked_col")}
      </th>
      <th className={numHead} scope="col">
        {t("fundFigures.lapsed_col")}
      </th>
      <th className={numHead} scope="col">
        {t("ledger.available")}
      </th>
    </>
  );
}

/** The cells under FundFigureHeads for one row. */
export function FundFigureCells({
  f,
}: {
  f: {
    fiscalYear: number;
    meansCents: number;
    committedCents: number;
    paidCents: number;
    blockedCents: number;
    lapsedCents: number;
    availableCents: number;
  };
}) {
  const { money } = useFormat();
  return (
    <>
      <td className="kern-table__cell">{f.fiscalYear}</td>
      <td className={num}>{money(f.meansCents)}</td>
      <td className={num}>{money(f.committedCents)}</td>
      <td className={num}>{money(f.paidCents)}</td>
      <td className={num}>{money(f.blockedCents)}</td>
      <td className={num}>{money(f.lapsedCents)}</td>
      <td className={num}>{money(f.availableCents)}</td>
    </>
  );
}
