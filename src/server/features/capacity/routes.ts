import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  assignmentInputSchema,
  capacityQuerySchema,
  capacitySchema,
  positionInputSchema,
} from "../../../contract/capacity";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import { todayIso } from "../../platform/clock";
import { assign, createPosition, getCapacity } from "./service";

const tags = ["Personal"];

export function capacityRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/capacity",
      {
        config: { permission: "capacity.read" },
        schema: {
          tags,
          summary: "Personalkapazität je Monat: Bedarf gegen Stellen, Überbuchung markiert",
          querystring: capacityQuerySchema,
          response: { 200: capacitySchema, 400: problemSchema, 422: problemSchema },
        },
      },
      async (request) => getCapacity(request.tenantDb, { ...request.query, today: todayIso() }),
    );
    app.post(
      "/positions",
      {
        config: { permission: "capacity.edit", idempotent: true },
        schema: {
          tags,
          summary: "Stelle mit VZÄ je Zeitraum anlegen",
          body: positionInputSchema,
          response: { 201: z.object({ id: z.uuid() }), 400: problemSchema, 422: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createPosition(request.tenantDb, { ...request.actor, input: request.body })),
    );
    app.post(
      "/positions/:id/assignments",
      {
        config: { permission: "capacity.edit" },
        schema: {
          tags,
          summary: "Stellenanteil einer Maßnahme für Monate zuordnen",
          params: idParamsSchema,
          body: assignmentInputSchema,
          response: {
            200: z.object({ months: z.number().int() }),
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
