import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Fund } from "../../contract/ledger";
import { may } from "../../contract/permissions";
import { useFunds } from "../api/ledger";
import { useMe } from "../auth/session";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { FieldBudgets } from "./FieldBudgets";
import { FundFigureCells, FundFigureHeads } from "./FundFigureColumns";
import { PaymentImport } from "./PaymentImport";

function FundsTable({ funds }: { funds: Fund[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll>
      <table className="kern-table kern-table--striped" data-testid="funds-table">
        <caption className="kern-title">{t("ledger.funds.caption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">
              {t("ledger.funds.name")}
            </th>
            <FundFigureHeads means={t("fundFigures.granted_col")} />
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
              <FundFigureCells f={{ ...f, meansCents: f.grantedCents }} />
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
