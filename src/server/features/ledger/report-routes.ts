import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { chartLanguageSchema, problemSchema } from "../../../contract/common";
import {
  fieldBudgetListSchema,
  fundOutlookSchema,
  fundParamsSchema,
  fundSourceInputSchema,
  fundSourceListSchema,
  fundSourceParamsSchema,
  fundSourceSchema,
  measureBookingListSchema,
  measureParamsSchema,
} from "../../../contract/ledger";
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
      "/funds/by-action-field",
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Ansatz, gebunden, gezahlt und frei je Handlungsfeld und Haushaltsjahr",
          response: { 200: fieldBudgetListSchema },
        },
      },
      async (request) => fieldBudgets(request.tenantDb),
    );

    app.get(
      "/funds/:fundId/outlook",
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Mittelabfluss über das Jahr und Prognose des Jahresendrests",
          params: fundParamsSchema,
          response: { 200: fundOutlookSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getOutlook(request.tenantDb, request.params),
    );

    app.get(
      "/funds/:fundId/outlook.svg",
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Mittelabfluss als Diagramm (SVG)",
          params: fundParamsSchema,
          querystring: z.object({ lang: chartLanguageSchema }).strict(),
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
      app.get(
        `/funds/:fundId/bookings.${format}`,
        {
          config: { permission: "funds.read" },
          schema: {
            tags,
            summary: `Buchungsjournal als ${format.toUpperCase()}`,
            params: fundParamsSchema,
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
        `/funds/:fundId/sources/:sourceId/proof-of-use.${format}`,
        {
          config: { permission: "funds.read" },
          schema: {
            tags,
            summary: `Verwendungsnachweis einer Zuwendung als ${format.toUpperCase()}`,
            params: fundSourceParamsSchema,
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
      "/funds/:fundId/sources",
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Quellen der Mittel mit Anteilen (Eigenmittel, Zuwendungen)",
          params: fundParamsSchema,
          response: { 200: fundSourceListSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => listSources(request.tenantDb, request.params),
    );

    app.post(
      "/funds/:fundId/sources",
      {
        config: { permission: "funds.sources", idempotent: true },
        schema: {
          tags,
          summary: "Quelle erfassen: Eigenmittel oder Zuwendung mit Bescheid, Fristen, Auflagen",
          params: fundParamsSchema,
          body: fundSourceInputSchema,
          response: {
            201: fundSourceSchema,
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
      "/measures/:measureId/bookings",
      {
        config: { permission: "funds.read" },
        schema: {
          tags,
          summary: "Buchungen einer Maßnahme über alle Haushaltsmittel",
          params: measureParamsSchema,
          response: { 200: measureBookingListSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => measureBookings(request.tenantDb, request.params),
    );
  };
}
