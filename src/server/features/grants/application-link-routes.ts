import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { grantRoutes as api } from "../../../contract/routes/grants";
import { todayIso } from "../../platform/clock";
import { scopedWriteProblems } from "../../platform/http/problem-responses";
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
const errors = scopedWriteProblems;

/** Antragslinks: the office manages them on a programme; a provider applies without an account. */
export function applicationLinkRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listProgrammeLinks.path,
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Antragslinks eines Förderaufrufs",
          params: api.listProgrammeLinks.params,
          response: { 200: api.listProgrammeLinks.response, 400: problemSchema },
        },
      },
      async (request) => listLinks(request.tenantDb, request.params.id),
    );

    app.post(
      api.createProgrammeLink.path,
      {
        // No idempotency key: the answer shows the secret once; it must not be stored for a replay.
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary:
            "Antragslink für eine Organisation anlegen (der Schlüssel wird nur jetzt gezeigt)",
          params: api.createProgrammeLink.params,
          body: api.createProgrammeLink.body,
          response: { 201: api.createProgrammeLink.response, ...errors },
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
      api.revokeProgrammeLink.path,
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Antragslink widerrufen",
          params: api.revokeProgrammeLink.params,
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
      api.getGrantLinkScope.path,
      {
        config: { permission: "grants.applyByLink" },
        schema: {
          tags,
          summary: "Was ein Antragslink zeigt: Förderaufruf und die über ihn gestellten Anträge",
          params: api.getGrantLinkScope.params,
          response: {
            200: api.getGrantLinkScope.response,
            400: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request) =>
        linkScope(request.tenantDb, { token: request.params.token, today: todayIso() }),
    );

    app.post(
      api.createLinkApplication.path,
      {
        config: { permission: "grants.applyByLink", idempotent: true },
        schema: {
          tags,
          summary: "Antrag über einen Antragslink als Entwurf anlegen",
          params: api.createLinkApplication.params,
          body: api.createLinkApplication.body,
          response: { 201: api.createLinkApplication.response, ...errors },
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
      api.getLinkApplication.path,
      {
        config: { permission: "grants.applyByLink" },
        schema: {
          tags,
          summary: "Ein über den Antragslink gestellter Antrag",
          params: api.getLinkApplication.params,
          response: { 200: api.getLinkApplication.response, ...errors },
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
      api.updateLinkApplication.path,
      {
        config: { permission: "grants.applyByLink" },
        schema: {
          tags,
          summary: "Entwurf über den Antragslink ändern",
          params: api.updateLinkApplication.params,
          body: api.updateLinkApplication.body,
          response: { 200: api.updateLinkApplication.response, ...errors },
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

    for (const [route, to, summary] of [
      [api.submitLinkApplication, "submitted", "Antrag über den Antragslink einreichen"],
      [api.withdrawLinkApplication, "withdrawn", "Antrag über den Antragslink zurückziehen"],
    ] as const)
      app.post(
        route.path,
        {
          config: { permission: "grants.applyByLink" },
          schema: {
            tags,
            summary,
            params: route.params,
            body: route.body,
            response: { 200: route.response, ...errors },
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
