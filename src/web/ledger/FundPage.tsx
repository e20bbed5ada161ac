import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Booking, BookingList, Fund } from "../../contract/ledger";
import { may } from "../../contract/permissions";
import { ledgerRoutes as api } from "../../contract/routes/ledger";
import { apiAddress } from "../api/call";
import { useFund, useFundBookings } from "../api/ledger";
import { useMe } from "../auth/session";
import { Fact, Facts } from "../components/Facts";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { FundPaperDraft } from "../council/FundPaperDraft";
import { useFormat } from "../i18n/useFormat";
import { BookingCells, BookingHeaderRow } from "./BookingColumns";
import { BookingForm } from "./BookingForm";
import { FundBreakdown } from "./FundBreakdown";
import { FundOutlook } from "./FundOutlook";
import { FundSources } from "./FundSources";

function Balances({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <>
      <FundBreakdown fund={fund} />
      <Facts>
        <Fact label={t("ledger.funds.fiscalYear")}>{fund.fiscalYear}</Fact>
        {fund.budgetLine ? <Fact label={t("ledger.budgetLine")}>{fund.budgetLine}</Fact> : null}
        {fund.grantedBy ? (
          <Fact label={t("ledger.grant")}>
            {t("ledger.grantedBy", {
              committee: fund.grantedBy.committee,
              date: date(fund.grantedBy.decidedOn),
            })}
          </Fact>
        ) : fund.grantingReference ? (
          <Fact label={t("ledger.grant")}>{fund.grantingReference}</Fact>
        ) : null}
      </Facts>
      {fund.carriedFromFundId ? (
        <p>
          <Link className="kern-link" to={`/haushalt/${fund.carriedFromFundId}`}>
            {t("ledger.carriedFromLink")}
          </Link>
        </p>
      ) : null}
      {fund.carriedIntoFundId ? (
        <p>
          <Link className="kern-link" to={`/haushalt/${fund.carriedIntoFundId}`}>
            {t("ledger.carriedIntoLink")}
          </Link>
        </p>
      ) : null}
      <h2 className="kern-heading-medium">{t("ledger.purpose")}</h2>
      <ul className="kern-list" lang="de">
        {fund.purpose.map((p) => (
          <li key={`${p.kind}-${p.validFrom}`}>
            {[p.measureType, p.actionField].filter(Boolean).join(" – ") || p.kind}{" "}
            {t("ledger.validFrom", { date: date(p.validFrom) })}
            {p.validTo ? ` ${t("ledger.validTo", { date: date(p.validTo) })}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}

function BookingsTable({
  bookings,
  measureTitles,
}: {
  bookings: Booking[];
  measureTitles: BookingList["measureTitles"];
}) {
  const { t } = useTranslation();
  if (!bookings.length) return <Empty>{t("ledger.bookings.none")}</Empty>;
  return (
    <TableScroll>
      <table className="kern-table kern-table--striped" data-testid="bookings-table">
        <caption className="kern-title">{t("ledger.bookings.caption")}</caption>
        <thead className="kern-table__head">
          <BookingHeaderRow forLabel={t("ledger.bookings.measure")} />
        </thead>
        <tbody className="kern-table__body">
          {bookings.map((b) => (
            <tr className="kern-table__row" key={b.id} data-testid="booking-row">
              <BookingCells booking={b} />
              <td className="kern-table__cell">
                {!b.measureId ? (
                  "–"
                ) : measureTitles[b.measureId] ? (
                  <Link className="kern-link" to={`/massnahmen/${b.measureId}`} lang="de">
                    {measureTitles[b.measureId]}
                  </Link>
                ) : (
                  t("ledger.bookings.measureUnpublished")
                )}
              </td>
              <td className="kern-table__cell" lang="de">
                {[
                  b.lateBookingReason
                    ? `${t("fundFigures.lateBadge")}: ${b.lateBookingReason}`
                    : null,
                  b.documentReference,
                  b.reason,
                  b.resolutionReference,
                  b.note,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** /haushalt/:id — one fund: balances from its ledger, its purpose, its bookings, the form. */
export function FundPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const fund = useFund(id);
  const bookings = useFundBookings(id);
  const me = useMe();
  const role = me.data?.user.role;
  const canBook = may(role ?? "public", "funds.book");
  return (
    <Page title={fund.data?.name ?? t("ledger.title")}>
      <p>
        <Link className="kern-link" to="/haushalt">
          {t("ledger.back")}
        </Link>
      </p>
      <QueryState query={fund}>
        {(data) => (
          <>
            <Balances fund={data} />
            <FundOutlook fund={data} />
            <FundPaperDraft fund={data} />
            <FundSources fundId={data.id} canEdit={canBook} />
            {role && role !== "partner" ? (
              <p>
                <Link className="kern-link" to={`/zuwendungen?fonds=${data.id}`}>
                  {t("grants.fromFund")}
                </Link>
              </p>
            ) : null}
          </>
        )}
      </QueryState>
      <h2 className="kern-heading-medium">{t("ledger.bookings.title")}</h2>
      <p>
        <a
          className="kern-link"
          href={apiAddress(api.fundBookingsXlsx, { params: { fundId: id } })}
          download
        >
          {t("ledger.bookings.exportXlsx")}
        </a>{" "}
        ·{" "}
        <a
          className="kern-link"
          href={apiAddress(api.fundBookingsCsv, { params: { fundId: id } })}
          download
        >
          {t("ledger.bookings.exportCsv")}
        </a>
      </p>
      <QueryState query={bookings}>
        {(data) => (
          <>
            <BookingsTable bookings={data.items} measureTitles={data.measureTitles} />
            {canBook && fund.data ? (
              <BookingForm
                fundId={id}
                fiscalYear={fund.data.fiscalYear}
                lateBookingUntil={fund.data.lateBookingUntil}
                bookings={data.items}
              />
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
