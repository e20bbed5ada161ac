import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { indicatorRoutes as api } from "../../../contract/routes/indicators";
import { todayIso } from "../../platform/clock";
import { writeProblems } from "../../platform/http/problem-responses";
import { createLink, linkScope, listLinks, revokeLink, submitByLink } from "./links";

const tags = ["Kennzahlen"];
const errors = writeProblems;

/** Scoped submission links: managed by the office, used without an account. */
export function indicatorLinkRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listIndicatorLinks.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Erfassungslinks",
          response: { 200: api.listIndicatorLinks.response },
        },
      },
      async (request) => listLinks(request.tenantDb),
    );

    app.post(
      api.createIndicatorLink.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Erfassungslink anlegen (der Schlüssel wird nur jetzt gezeigt)",
          body: api.createIndicatorLink.body,
          response: { 201: api.createIndicatorLink.response, ...errors },
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
      api.revokeIndicatorLink.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Erfassungslink widerrufen",
          params: api.revokeIndicatorLink.params,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await revokeLink(request.tenantDb, { ...request.actor, id: request.params.id });
        return reply.code(204).send(null);
      },
    );

    app.get(
      api.getSubmissionScope.path,
      {
        config: { permission: "indicators.submitByLink" },
        schema: {
          tags,
          summary: "Was ein Erfassungslink erlaubt (ohne Anmeldung)",
          params: api.getSubmissionScope.params,
          response: {
            200: api.getSubmissionScope.response,
            400: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request) =>
        linkScope(request.tenantDb, { token: request.params.token, today: todayIso() }),
    );

    app.post(
      api.submitIndicatorValues.path,
      {
        config: { permission: "indicators.submitByLink", idempotent: true },
        schema: {
          tags,
          summary: "Werte über einen Erfassungslink melden (Entwürfe; alle oder keiner)",
          params: api.submitIndicatorValues.params,
          body: api.submitIndicatorValues.body,
          response: { 201: api.submitIndicatorValues.response, 403: problemSchema, ...errors },
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
