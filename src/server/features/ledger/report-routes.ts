import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { ledgerRoutes as api, ledgerTableRoutes } from "../../../contract/routes/ledger";
import { type TableFormat, tableFormats } from "../../../domain/file-formats";
import { languageOf } from "../../platform/http/problem";
import { audienceOf } from "../measures/published";
import { bookingsTable, type ExportTable, proofOfUseTable, tableCsv, tableXlsx } from "./exports";
import { fieldBudgets, getOutlook, outlookSvg } from "./outlook";
import { measureBookings } from "./read";
import { addSource, listSources } from "./sources";

const tags = ["Haushaltsmittel"];
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Sends a table as CSV or XLSX download. */
async function download(
  reply: import("fastify").FastifyReply,
  table: ExportTable,
  format: TableFormat,
  name: string,
) {
  const disposition = `attachment; filename="${name}.${format}"`;
  if (format === "csv")
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", disposition)
      .send(tableCsv(table));
  return reply
    .header("content-type", xlsxType)
    .header("content-disposition", disposition)
    .send(await tableXlsx(table));
}

/** Views (per action field, burn-down, per measure), sources and exports of the budget ledger. */
export function ledgerReportRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listFieldBudgets.path,
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Ansatz, gebunden, gezahlt und frei je Handlungsfeld und Haushaltsjahr",
          response: { 200: api.listFieldBudgets.response },
        },
      },
      async (request) => fieldBudgets(request.tenantDb),
    );

    app.get(
      api.getFundOutlook.path,
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Mittelabfluss über das Jahr und Prognose des Jahresendrests",
          params: api.getFundOutlook.params,
          response: { 200: api.getFundOutlook.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getOutlook(request.tenantDb, request.params),
    );

    app.get(
      api.fundOutlookChart.path,
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Mittelabfluss als Diagramm (SVG)",
          params: api.fundOutlookChart.params,
          querystring: api.fundOutlookChart.querystring,
          produces: ["image/svg+xml"],
        },
      },
      async (request, reply) => {
        const outlook = await getOutlook(request.tenantDb, request.params);
        return reply
          .header("content-type", "image/svg+xml; charset=utf-8")
          .header("cache-control", "no-store")
          .send(outlookSvg(outlook, languageOf(request)));
      },
    );

    for (const format of tableFormats) {
      const routes = ledgerTableRoutes[format];
      app.get(
        routes.bookings.path,
        {
          config: { permission: "funds.read" },
          schema: {
            tags,
            summary: `Buchungsjournal als ${format.toUpperCase()}`,
            params: routes.bookings.params,
            produces: [format === "csv" ? "text/csv" : xlsxType],
          },
        },
        async (request, reply) =>
          download(
            reply,
            await bookingsTable(request.tenantDb, request.params.fundId, audienceOf(request)),
            format,
            "kurs-buchungen",
          ),
      );

      app.get(
        routes.proofOfUse.path,
        {
          config: { permission: "funds.read" },
          schema: {
            tags,
            summary: `Verwendungsnachweis einer Zuwendung als ${format.toUpperCase()}`,
            params: routes.proofOfUse.params,
            produces: [format === "csv" ? "text/csv" : xlsxType],
          },
        },
        async (request, reply) =>
          download(
            reply,
            await proofOfUseTable(request.tenantDb, request.params, audienceOf(request)),
            format,
            "kurs-verwendungsnachweis",
          ),
      );
    }

    app.get(
      api.listFundSources.path,
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Quellen der Mittel mit Anteilen (Eigenmittel, Zuwendungen)",
          params: api.listFundSources.params,
          response: { 200: api.listFundSources.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => listSources(request.tenantDb, request.params),
    );

    app.post(
      api.addFundSource.path,
      {
        config: { permission: "funds.sources", idempotent: true },
        schema: {
          tags,
          summary: "Quelle erfassen: Eigenmittel oder Zuwendung mit Bescheid, Fristen, Auflagen",
          params: api.addFundSource.params,
          body: api.addFundSource.body,
          response: {
            201: api.addFundSource.response,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await addSource(request.tenantDb, {
            ...request.actor,
            fundId: request.params.fundId,
            input: request.body,
          }),
        ),
    );

    app.get(
      api.listMeasureBookings.path,
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Buchungen einer Maßnahme über alle Haushaltsmittel",
          params: api.listMeasureBookings.params,
          response: {
            200: api.listMeasureBookings.response,
            400: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request) => measureBookings(request.tenantDb, request.params),
    );
  };
}
