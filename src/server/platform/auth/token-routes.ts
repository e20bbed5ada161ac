import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { authRoutes as api } from "../../../contract/routes/auth";
import { createAccessToken, listAccessTokens, revokeAccessToken } from "./access-tokens";
import { signedIn } from "./signed-in";

const tags = ["Anmeldung"];
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Personal access tokens of the signed-in person (account page). */
export function accessTokenRoutes(options: { now: () => number }): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { permission: "tokens.manage" as const };

    app.get(
      api.listAccessTokens.path,
      {
        config,
        schema: {
          tags,
          summary: "Eigene Zugangstoken (ohne die Token selbst)",
          response: { 200: api.listAccessTokens.response, ...problems },
        },
      },
      async (request) => {
        const session = signedIn(request);
        return { tokens: await listAccessTokens(request.tenantDb, session.user.id) };
      },
    );

    app.post(
      api.createAccessToken.path,
      {
        // No Idempotency-Key: the answer shows the token once, and a replay would have to store it.
        config,
        schema: {
          tags,
          summary: "Zugangstoken anlegen (wird nur in dieser Antwort gezeigt)",
          body: api.createAccessToken.body,
          response: { 201: api.createAccessToken.response, 422: problemSchema, ...problems },
        },
      },
      async (request, reply) => {
        const session = signedIn(request);
        const created = await createAccessToken(
          request.tenantDb,
          session.user.id,
          request.body,
          options.now(),
          request.actor,
        );
        return reply.code(201).send(created);
      },
    );

    app.delete(
      api.revokeAccessToken.path,
      {
        config,
        schema: {
          tags,
          summary: "Zugangstoken widerrufen",
          params: api.revokeAccessToken.params,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const session = signedIn(request);
        await revokeAccessToken(
          request.tenantDb,
          session.user.id,
          request.params.id,
          options.now(),
          request.actor,
        );
        return reply.code(204).send(null);
      },
    );
  };
}
