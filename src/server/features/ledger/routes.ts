import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import {
  bookingInputSchema,
  bookingListSchema,
  bookingSchema,
  fundListSchema,
  fundParamsSchema,
  fundSchema,
  idempotencyHeadersSchema,
} from "../../../contract/ledger";
import { audienceOf } from "../measures/published";
import { getFund, listBookings, listFunds } from "./read";
import { book } from "./service";

const tags = ["Haushaltsmittel"];

export function ledgerRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/funds",
      {
        config: { permission: "funds.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Zweckgebundene Haushaltsmittel mit Ansatz, gebunden, gezahlt und verfügbar",
          response: { 200: fundListSchema },
        },
      },
      async (request) => listFunds(request.tenantDb),
    );

    app.get(
      "/funds/:fundId",
      {
        config: { permission: "funds.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Ein Haushaltsmittel: Salden aus dem Buchungsjournal und Zweckbindung",
          params: fundParamsSchema,
          response: { 200: fundSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getFund(request.tenantDb, { fundId: request.params.fundId }),
    );

    app.get(
      "/funds/:fundId/bookings",
      {
        config: { permission: "funds.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Buchungsjournal eines Haushaltsmittels (nur anfügbar, in Buchungsfolge)",
          params: fundParamsSchema,
          response: { 200: bookingListSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        listBookings(request.tenantDb, {
          fundId: request.params.fundId,
          audience: audienceOf(request),
        }),
    );

    app.post(
      "/funds/:fundId/bookings",
      {
        config: { permission: "funds.book", idempotent: "own" },
        schema: {
          tags,
          summary:
            "Buchen: Mittelbindung, Auszahlung, Freigabe, Storno, Umschichtung, Sperre. Header Idempotency-Key ist Pflicht; dieselbe Anfrage mit demselben Schlüssel bucht nur einmal.",
          params: fundParamsSchema,
          headers: idempotencyHeadersSchema,
          body: bookingInputSchema,
          response: {
            201: bookingSchema,
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
