import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Fund } from "../../contract/ledger";
import { may } from "../../contract/permissions";
import { useFunds } from "../api/ledger";
import { useMe } from "../auth/session";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { FieldBudgets } from "./FieldBudgets";
import { PaymentImport } from "./PaymentImport";

const num = "kern-table__cell kern-table__cell--numeric";
const numHead = "kern-table__header kern-table__header--numeric";

function FundsTable({ funds }: { funds: Fund[] }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  return (
    <TableScroll>
      <table className="kern-table kern-table--striped" data-testid="funds-table">
        <caption className="kern-title">{t("ledger.funds.caption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">
              {t("ledger.funds.name")}
            </th>
            <th className="kern-table__header" scope="col">
              {t("ledger.funds.fiscalYear")}
            </th>
            <th className={numHead} scope="col">
              {t("fundFigures.granted_col")}
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
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {funds.map((f) => (
            <tr className="kern-table__row" key={f.id} data-testid="fund-row">
              <th className="kern-table__cell" scope="row" lang="de">
                <Link className="kern-link" to={`/haushalt/${f.id}`}>
                  {f.name}
                </Link>
              </th>
              <td className="kern-table__cell">{f.fiscalYear}</td>
              <td className={num}>{money(f.grantedCents)}</td>
              <td className={num}>{money(f.committedCents)}</td>
              <td className={num}>{money(f.paidCents)}</td>
              <td className={num}>{money(f.blockedCents)}</td>
              <td className={num}>{money(f.lapsedCents)}</td>
              <td className={num}>{money(f.availableCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** /haushalt — the earmarked funds: granted, bound, paid and free. */
export function FundsPage() {
  const { t } = useTranslation();
  const funds = useFunds();
  const role = useMe().data?.user.role;
  const canBook = may(role ?? "public", "funds.book");
  return (
    <Page title={t("ledger.title")} lead={t("ledger.intro")}>
      <QueryState query={funds}>
        {(data) =>
          data.items.length ? <FundsTable funds={data.items} /> : <Empty>{t("ledger.none")}</Empty>
        }
      </QueryState>
      <FieldBudgets />
      {canBook ? <PaymentImport /> : null}
    </Page>
  );
}
