import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, problemSchema, uuidSchema } from "../../../contract/common";
import {
  applicationLinkInputSchema,
  applicationLinkListSchema,
  applicationLinkScopeSchema,
  createdApplicationLinkSchema,
  linkApplicationInputSchema,
  linkApplicationParamsSchema,
  linkTokenParamsSchema,
} from "../../../contract/grant-applications";
import { applicationSchema, reasonInputSchema } from "../../../contract/grants";
import { todayIso } from "../../platform/clock";
import {
  changeStateByLink,
  createByLink,
  createLink,
  getByLink,
  linkScope,
  listLinks,
  revokeLink,
  updateByLink,
} from "./application-links";

const tags = ["Zuwendungen"];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

/** Antragslinks: the office manages them on a programme; a provider applies without an account. */
export function applicationLinkRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/grant-programmes/:id/links",
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Antragslinks eines Förderaufrufs",
          params: idParamsSchema,
          response: { 200: applicationLinkListSchema, 400: problemSchema },
        },
      },
      async (request) => listLinks(request.tenantDb, request.params.id),
    );

    app.post(
      "/grant-programmes/:id/links",
      {
        // No idempotency key: the answer shows the secret once; it must not be stored for a replay.
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary:
            "Antragslink für eine Organisation anlegen (der Schlüssel wird nur jetzt gezeigt)",
          params: idParamsSchema,
          body: applicationLinkInputSchema,
          response: { 201: createdApplicationLinkSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createLink(request.tenantDb, {
            ...request.actor,
            programmeId: request.params.id,
            input: request.body,
            today: todayIso(),
          }),
        ),
    );

    app.post(
      "/grant-programmes/:id/links/:linkId/revoke",
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Antragslink widerrufen",
          params: idParamsSchema.extend({ linkId: uuidSchema }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await revokeLink(request.tenantDb, {
          ...request.actor,
          programmeId: request.params.id,
          id: request.params.linkId,
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/grant-link/:token",
      {
        config: { permission: "grants.applyByLink" },
        schema: {
          tags,
          summary: "Was ein Antragslink zeigt: Förderaufruf und die über ihn gestellten Anträge",
          params: linkTokenParamsSchema,
          response: { 200: applicationLinkScopeSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        linkScope(request.tenantDb, { token: request.params.token, today: todayIso() }),
    );

    app.post(
      "/grant-link/:token/applications",
      {
        config: { permission: "grants.applyByLink", idempotent: true },
        schema: {
          tags,
          summary: "Antrag über einen Antragslink als Entwurf anlegen",
          params: linkTokenParamsSchema,
          body: linkApplicationInputSchema,
          response: { 201: applicationSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createByLink(request.tenantDb, {
            token: request.params.token,
            today: todayIso(),
            requestId: request.id,
            input: request.body,
          }),
        ),
    );

    app.get(
      "/grant-link/:token/applications/:id",
      {
        config: { permission: "grants.applyByLink" },
        schema: {
          tags,
          summary: "Ein über den Antragslink gestellter Antrag",
          params: linkApplicationParamsSchema,
          response: { 200: applicationSchema, ...errors },
        },
      },
      async (request) =>
        getByLink(request.tenantDb, {
          token: request.params.token,
          id: request.params.id,
          today: todayIso(),
        }),
    );

    app.put(
      "/grant-link/:token/applications/:id",
      {
        config: { permission: "grants.applyByLink" },
        schema: {
          tags,
          summary: "Entwurf über den Antragslink ändern",
          params: linkApplicationParamsSchema,
          body: linkApplicationInputSchema,
          response: { 200: applicationSchema, ...errors },
        },
      },
      async (request) =>
        updateByLink(request.tenantDb, {
          token: request.params.token,
          id: request.params.id,
          today: todayIso(),
          requestId: request.id,
          input: request.body,
        }),
    );

    for (const [path, to, summary] of [
      ["submit", "submitted", "Antrag über den Antragslink einreichen"],
      ["withdraw", "withdrawn", "Antrag über den Antragslink zurückziehen"],
    ] as const)
      app.post(
        `/grant-link/:token/applications/:id/${path}`,
        {
          config: { permission: "grants.applyByLink" },
          schema: {
            tags,
            summary,
            params: linkApplicationParamsSchema,
            body: reasonInputSchema,
            response: { 200: applicationSchema, ...errors },
          },
        },
        async (request) =>
          changeStateByLink(request.tenantDb, {
            token: request.params.token,
            id: request.params.id,
            today: todayIso(),
            requestId: request.id,
            to,
            reason: request.body.reason ?? null,
          }),
      );
  };
}
