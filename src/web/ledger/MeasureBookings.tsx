import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMeasureBookings } from "../api/ledger";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";

/** On a measure's page: its commitments and what was paid or released against them. */
export function MeasureBookings({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const bookings = useMeasureBookings(measureId);
  return (
    <section className="kurs-section" aria-labelledby="measure-bookings-title">
      <h2 id="measure-bookings-title" className="kern-heading-medium">
        {t("ledger.measure.title")}
      </h2>
      <QueryState query={bookings}>
        {(data) =>
          data.items.length ? (
            <TableScroll>
              <table
                className="kern-table kern-table--striped"
                data-testid="measure-bookings"
                aria-labelledby="measure-bookings-title"
              >
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th className="kern-table__header" scope="col">
                      {t("ledger.bookings.date")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("ledger.bookings.kind")}
                    </th>
                    <th className="kern-table__header kern-table__header--numeric" scope="col">
                      {t("ledger.bookings.amount")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("ledger.funds.name")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("ledger.bookings.reference")}
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {data.items.map((b) => (
                    <tr className="kern-table__row" key={b.id}>
                      <td className="kern-table__cell">{date(b.date)}</td>
                      <td className="kern-table__cell">{t(`ledger.kind.${b.kind}`)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {money(b.amountCents)}
                      </td>
                      <td className="kern-table__cell" lang="de">
                        <Link className="kern-link" to={`/haushalt/${b.fundId}`}>
                          {b.fundName}
                        </Link>
                      </td>
                      <td className="kern-table__cell" lang="de">
                        {[b.documentReference, b.note].filter(Boolean).join(" · ")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <Empty>{t("ledger.measure.none")}</Empty>
          )
        }
      </QueryState>
    </section>
  );
}
