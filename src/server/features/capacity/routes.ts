import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { capacityRoutes as api } from "../../../contract/routes/capacity";
import { todayIso } from "../../platform/clock";
import { assign, createPosition, getCapacity } from "./service";

const tags = ["Personal"];

export function capacityRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.getCapacity.path,
      {
        config: { permission: "capacity.read" },
        schema: {
          tags,
          summary: "Personalkapazität je Monat: Bedarf gegen Stellen, Überbuchung markiert",
          querystring: api.getCapacity.querystring,
          response: { 200: api.getCapacity.response, 400: problemSchema, 422: problemSchema },
        },
      },
      async (request) => getCapacity(request.tenantDb, { ...request.query, today: todayIso() }),
    );
    app.post(
      api.createPosition.path,
      {
        config: { permission: "capacity.edit", idempotent: true },
        schema: {
          tags,
          summary: "Stelle mit VZÄ je Zeitraum anlegen",
          body: api.createPosition.body,
          response: { 201: api.createPosition.response, 400: problemSchema, 422: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createPosition(request.tenantDb, { ...request.actor, input: request.body })),
    );
    app.post(
      api.assignPosition.path,
      {
        config: { permission: "capacity.edit" },
        schema: {
          tags,
          summary: "Stellenanteil einer Maßnahme für Monate zuordnen",
          params: api.assignPosition.params,
          body: api.assignPosition.body,
          response: {
            200: api.assignPosition.response,
            400: problemSchema,
            404: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request) =>
        assign(request.tenantDb, {
          ...request.actor,
          positionId: request.params.id,
          input: request.body,
        }),
    );
  };
}
