import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import {
  createdLinkSchema,
  linkInputSchema,
  linkListSchema,
  submissionInputSchema,
  submissionScopeSchema,
  tokenParamsSchema,
} from "../../../contract/indicators";
import { todayIso } from "../../platform/clock";
import { createLink, linkScope, listLinks, revokeLink, submitByLink } from "./links";

const tags = ["Kennzahlen"];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/** Scoped submission links: managed by the office, used without an account. */
export function indicatorLinkRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/indicator-links",
      {
        config: { permission: "indicators.edit" },
        schema: { tags, summary: "Erfassungslinks", response: { 200: linkListSchema } },
      },
      async (request) => listLinks(request.tenantDb),
    );

    app.post(
      "/indicator-links",
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Erfassungslink anlegen (der Schlüssel wird nur jetzt gezeigt)",
          body: linkInputSchema,
          response: { 201: createdLinkSchema, ...errors },
        },
      },
      async (request, reply) => {
        const created = await createLink(request.tenantDb, {
          ...request.actor,
          input: request.body,
          today: todayIso(),
        });
        return reply.code(201).send(created);
      },
    );

    app.post(
      "/indicator-links/:id/revoke",
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Erfassungslink widerrufen",
          params: idParamsSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await revokeLink(request.tenantDb, { ...request.actor, id: request.params.id });
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/indicator-submissions/:token",
      {
        config: { permission: "indicators.submitByLink" },
        schema: {
          tags,
          summary: "Was ein Erfassungslink erlaubt (ohne Anmeldung)",
          params: tokenParamsSchema,
          response: { 200: submissionScopeSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        linkScope(request.tenantDb, { token: request.params.token, today: todayIso() }),
    );

    app.post(
      "/indicator-submissions/:token",
      {
        config: { permission: "indicators.submitByLink", idempotent: true },
        schema: {
          tags,
          summary: "Werte über einen Erfassungslink melden (Entwürfe; alle oder keiner)",
          params: tokenParamsSchema,
          body: submissionInputSchema,
          response: { 201: z.object({ saved: z.number().int() }), 403: problemSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await submitByLink(request.tenantDb, {
          token: request.params.token,
          today: todayIso(),
          input: request.body,
          requestId: request.id,
        });
        return reply.code(201).send(result);
      },
    );
  };
}
