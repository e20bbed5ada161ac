import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMeasureBookings } from "../api/ledger";
import { ListState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { TitledSection } from "../components/TitledSection";
import { BookingCells, BookingHeaderRow } from "./BookingColumns";

/** On a measure's page: its commitments and what was paid or released against them. */
export function MeasureBookings({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const bookings = useMeasureBookings(measureId);
  return (
    <TitledSection
      className="kurs-section"
      id="measure-bookings-title"
      title={t("ledger.measure.title")}
    >
      <ListState query={bookings} empty={t("ledger.measure.none")}>
        {(data) => (
          <TableScroll>
            <table
              className="kern-table kern-table--striped"
              data-testid="measure-bookings"
              aria-labelledby="measure-bookings-title"
            >
              <thead className="kern-table__head">
                <BookingHeaderRow forLabel={t("ledger.funds.name")} />
              </thead>
              <tbody className="kern-table__body">
                {data.items.map((b) => (
                  <tr className="kern-table__row" key={b.id}>
                    <BookingCells booking={b} />
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
        )}
      </ListState>
    </TitledSection>
  );
}
