import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, problemSchema, uuidSchema } from "../../../contract/common";
import {
  recordResolutionSchema,
  resolutionListSchema,
  resolutionSchema,
} from "../../../contract/resolution";
import { getResolution, listResolutions, recordResolution } from "./service";

const tags = ["Beschlüsse"];

/** Resolutions are recorded, never changed: there is deliberately no PUT, PATCH or DELETE. */
export function resolutionRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/resolutions",
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Beschlüsse, neueste zuerst (optional zu einer Vorlage)",
          querystring: z.object({ paperId: uuidSchema.optional() }).strict(),
          response: { 200: resolutionListSchema, 400: problemSchema },
        },
      },
      async (request) => ({
        items: await listResolutions(request.tenantDb, { paperId: request.query.paperId }),
      }),
    );

    app.get(
      "/resolutions/:id",
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Ein Beschluss mit seinen Wirkungen",
          params: idParamsSchema,
          response: { 200: resolutionSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getResolution(request.tenantDb, { id: request.params.id }),
    );

    app.post(
      "/resolutions",
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary:
            "Beschluss erfassen; bei Annahme werden seine Wirkungen in derselben Transaktion angewandt",
          body: recordResolutionSchema,
          response: {
            201: resolutionSchema,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await recordResolution(request.tenantDb, { ...request.actor, input: request.body }),
          ),
    );
  };
}
