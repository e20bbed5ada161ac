import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { resolutionRoutes as api } from "../../../contract/routes/resolutions";
import { getResolution, listResolutions, recordResolution } from "./service";

const tags = ["Beschlüsse"];

/** Resolutions are recorded, never changed: there is deliberately no PUT, PATCH or DELETE. */
export function resolutionRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listResolutions.path,
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Beschlüsse, neueste zuerst (optional zu einer Vorlage)",
          querystring: api.listResolutions.querystring,
          response: { 200: api.listResolutions.response, 400: problemSchema },
        },
      },
      async (request) => ({
        items: await listResolutions(request.tenantDb, { paperId: request.query.paperId }),
      }),
    );

    app.get(
      api.getResolution.path,
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Ein Beschluss mit seinen Wirkungen",
          params: api.getResolution.params,
          response: { 200: api.getResolution.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getResolution(request.tenantDb, { id: request.params.id }),
    );

    app.post(
      api.recordResolution.path,
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary:
            "Beschluss erfassen; bei Annahme werden seine Wirkungen in derselben Transaktion angewandt",
          body: api.recordResolution.body,
          response: {
            201: api.recordResolution.response,
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
