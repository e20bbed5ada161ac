import { apiRoute } from "../api-route";
import {
  bookingInputSchema,
  bookingListSchema,
  bookingSchema,
  chartQuerySchema,
  fieldBudgetListSchema,
  fundListSchema,
  fundOutlookSchema,
  fundParamsSchema,
  fundSchema,
  fundSourceInputSchema,
  fundSourceListSchema,
  fundSourceParamsSchema,
  fundSourceSchema,
  measureBookingListSchema,
  measureParamsSchema,
} from "../ledger";
import {
  paymentImportInputSchema,
  paymentImportPreviewSchema,
  paymentImportResultSchema,
} from "../payment-import";

/** Haushaltsmittel: funds, their booking journal, sources, views, exports, payment import. */
export const ledgerRoutes = {
  listFunds: apiRoute({ method: "GET", path: "/funds", status: 200, response: fundListSchema }),
  getFund: apiRoute({
    method: "GET",
    path: "/funds/:fundId",
    params: fundParamsSchema,
    status: 200,
    response: fundSchema,
  }),
  listFundBookings: apiRoute({
    method: "GET",
    path: "/funds/:fundId/bookings",
    params: fundParamsSchema,
    status: 200,
    response: bookingListSchema,
  }),
  bookOnFund: apiRoute({
    method: "POST",
    path: "/funds/:fundId/bookings",
    params: fundParamsSchema,
    body: bookingInputSchema,
    status: 201,
    response: bookingSchema,
  }),
  listFieldBudgets: apiRoute({
    method: "GET",
    path: "/funds/by-action-field",
    status: 200,
    response: fieldBudgetListSchema,
  }),
  getFundOutlook: apiRoute({
    method: "GET",
    path: "/funds/:fundId/outlook",
    params: fundParamsSchema,
    status: 200,
    response: fundOutlookSchema,
  }),
  fundOutlookChart: apiRoute({
    method: "GET",
    path: "/funds/:fundId/outlook.svg",
    params: fundParamsSchema,
    querystring: chartQuerySchema,
    status: 200,
  }),
  fundBookingsCsv: apiRoute({
    method: "GET",
    path: "/funds/:fundId/bookings.csv",
    params: fundParamsSchema,
    status: 200,
  }),
  fundBookingsXlsx: apiRoute({
    method: "GET",
    path: "/funds/:fundId/bookings.xlsx",
    params: fundParamsSchema,
    status: 200,
  }),
  proofOfUseCsv: apiRoute({
    method: "GET",
    path: "/funds/:fundId/sources/:sourceId/proof-of-use.csv",
    params: fundSourceParamsSchema,
    status: 200,
  }),
  proofOfUseXlsx: apiRoute({
    method: "GET",
    path: "/funds/:fundId/sources/:sourceId/proof-of-use.xlsx",
    params: fundSourceParamsSchema,
    status: 200,
  }),
  listFundSources: apiRoute({
    method: "GET",
    path: "/funds/:fundId/sources",
    params: fundParamsSchema,
    status: 200,
    response: fundSourceListSchema,
  }),
  addFundSource: apiRoute({
    method: "POST",
    path: "/funds/:fundId/sources",
    params: fundParamsSchema,
    body: fundSourceInputSchema,
    status: 201,
    response: fundSourceSchema,
  }),
  listMeasureBookings: apiRoute({
    method: "GET",
    path: "/measures/:measureId/bookings",
    params: measureParamsSchema,
    status: 200,
    response: measureBookingListSchema,
  }),
  previewPaymentImport: apiRoute({
    method: "POST",
    path: "/ledger/payment-import/preview",
    body: paymentImportInputSchema,
    status: 200,
    response: paymentImportPreviewSchema,
  }),
  importPayments: apiRoute({
    method: "POST",
    path: "/ledger/payment-import",
    body: paymentImportInputSchema,
    status: 201,
    response: paymentImportResultSchema,
  }),
};

/** The two table downloads of a fund (the journal, a grant's proof of use), by file format. */
export const ledgerTableRoutes = {
  csv: { bookings: ledgerRoutes.fundBookingsCsv, proofOfUse: ledgerRoutes.proofOfUseCsv },
  xlsx: { bookings: ledgerRoutes.fundBookingsXlsx, proofOfUse: ledgerRoutes.proofOfUseXlsx },
};
