import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { idempotencyHeadersSchema } from "../../../contract/ledger";
import { ledgerRoutes as api } from "../../../contract/routes/ledger";
import { audienceOf } from "../measures/published";
import { getFund, listBookings, listFunds } from "./read";
import { book } from "./service";

const tags = ["Haushaltsmittel"];

export function ledgerRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listFunds.path,
      {
        config: { permission: "funds.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Zweckgebundene Haushaltsmittel mit Ansatz, gebunden, gezahlt und verfügbar",
          response: { 200: api.listFunds.response },
        },
      },
      async (request) => listFunds(request.tenantDb),
    );

    app.get(
      api.getFund.path,
      {
        config: { permission: "funds.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Ein Haushaltsmittel: Salden aus dem Buchungsjournal und Zweckbindung",
          params: api.getFund.params,
          response: { 200: api.getFund.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getFund(request.tenantDb, { fundId: request.params.fundId }),
    );

    app.get(
      api.listFundBookings.path,
      {
        config: { permission: "funds.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Buchungsjournal eines Haushaltsmittels (nur anfügbar, in Buchungsfolge)",
          params: api.listFundBookings.params,
          response: { 200: api.listFundBookings.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        listBookings(request.tenantDb, {
          fundId: request.params.fundId,
          audience: audienceOf(request),
        }),
    );

    app.post(
      api.bookOnFund.path,
      {
        config: { permission: "funds.book", idempotent: "own" },
        schema: {
          tags,
          summary:
            "Buchen: Mittelbindung, Auszahlung, Freigabe, Storno, Umschichtung, Sperre. Header Idempotency-Key ist Pflicht; dieselbe Anfrage mit demselben Schlüssel bucht nur einmal.",
          params: api.bookOnFund.params,
          headers: idempotencyHeadersSchema,
          body: api.bookOnFund.body,
          response: {
            201: api.bookOnFund.response,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const created = await book(request.tenantDb, {
          ...request.actor,
          fundId: request.params.fundId,
          idempotencyKey: request.headers["idempotency-key"],
          input: request.body,
        });
        return reply.code(201).send(created);
      },
    );
  };
}
