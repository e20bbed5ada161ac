import { useTranslation } from "react-i18next";
import { useFieldBudgets } from "../api/ledger";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { FundFigureCells, FundFigureHeads } from "./FundFigureColumns";

/** Estimate, bound, paid and free per action field and fiscal year. */
export function FieldBudgets() {
  const { t } = useTranslation();
  const fields = useFieldBudgets();
  return (
    <section className="kurs-section" aria-labelledby="field-budgets-title">
      <h2 id="field-budgets-title" className="kern-heading-medium">
        {t("ledger.fields.title")}
      </h2>
      <QueryState query={fields}>
        {(data) =>
          data.items.length ? (
            <>
              <p className="kern-body">{t("ledger.fields.note")}</p>
              <TableScroll>
                <table
                  className="kern-table kern-table--striped"
                  data-testid="field-budgets"
                  aria-labelledby="field-budgets-title"
                >
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th className="kern-table__header" scope="col">
                        {t("ledger.fields.field")}
                      </th>
                      <FundFigureHeads means={t("ledger.fields.means")} />
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {data.items.map((f) => (
                      <tr
                        className="kern-table__row"
                        key={`${f.actionFieldLineageId}-${f.fiscalYear}`}
                        data-testid="field-budget-row"
                      >
                        <th className="kern-table__cell" scope="row" lang="de">
                          {f.actionField}
                        </th>
                        <FundFigureCells f={f} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </>
          ) : (
            <Empty>{t("ledger.fields.none")}</Empty>
          )
        }
      </QueryState>
    </section>
  );
}
