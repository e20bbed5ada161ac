import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { partnerRoutes as api } from "../../../contract/routes/partners";
import { writeProblems } from "../../platform/http/problem-responses";
import { listPartnerTable } from "./read";
import { createPartner, updatePartner } from "./service";

const tags = ["Maßnahmen"];

/**
 * The partner list and form. A partner's page with its measures is the measures' view of it
 * (features/measures/partner-page.ts): partners know nothing of measures but their count.
 */
export function partnerRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      api.createPartner.path,
      {
        config: { permission: "measures.edit", idempotent: true },
        schema: {
          tags,
          summary: "Netzwerkpartner anlegen",
          body: api.createPartner.body,
          response: { 201: api.createPartner.response, 400: problemSchema, 422: problemSchema },
        },
      },
      async (request, reply) => {
        const created = await createPartner(request.tenantDb, {
          ...request.actor,
          input: request.body,
        });
        return reply.code(201).send(created);
      },
    );

    app.put(
      api.updatePartner.path,
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Netzwerkpartner ändern",
          params: api.updatePartner.params,
          body: api.updatePartner.body,
          response: { 200: api.updatePartner.response, ...writeProblems },
        },
      },
      async (request) =>
        updatePartner(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
        }),
    );

    app.get(
      api.listPartners.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Netzwerkpartner: filtern nach Art und Name, sortieren",
          querystring: api.listPartners.querystring,
          response: { 200: api.listPartners.response, 400: problemSchema },
        },
      },
      async (request) => listPartnerTable(request.tenantDb, request.query),
    );
  };
}
