import { useTranslation } from "react-i18next";
import type { Booking } from "../../contract/ledger";
import { useFormat } from "../i18n/useFormat";

/**
 * The header row of a table of bookings: date, kind, amount, then what each booking is for (the
 * measure on a fund's page, the fund on a measure's page), then its references.
 */
export function BookingHeaderRow({ forLabel }: { forLabel: string }) {
  const { t } = useTranslation();
  return (
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
        {forLabel}
      </th>
      <th className="kern-table__header" scope="col">
        {t("ledger.bookings.reference")}
      </th>
    </tr>
  );
}

/** A booking row's first cells, under BookingHeaderRow: its date, kind and amount. */
export function BookingCells({
  booking,
}: {
  booking: Pick<Booking, "date" | "kind" | "amountCents">;
}) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  return (
    <>
      <td className="kern-table__cell">{date(booking.date)}</td>
      <td className="kern-table__cell">{t(`ledger.kind.${booking.kind}`)}</td>
      <td className="kern-table__cell kern-table__cell--numeric">{money(booking.amountCents)}</td>
    </>
  );
}
