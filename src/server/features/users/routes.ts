import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { userRoutes as api } from "../../../contract/routes/users";

import {
  createUser,
  issuePasswordReset,
  listAccounts,
  updateAccount,
} from "../../platform/auth/accounts";
import { signedIn } from "../../platform/auth/signed-in";

const tags = ["Konten"];
const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const config = { permission: "users.manage" as const };

export function userRoutes(options: { now: () => number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listUsers.path,
      {
        config: { ...config },
        schema: {
          tags,
          summary: "Konten des Landkreises",
          response: { 200: api.listUsers.response, ...problems },
        },
      },
      async (request) => listAccounts(request.tenantDb),
    );

    app.post(
      api.createUser.path,
      {
        config: { ...config, idempotent: true },
        schema: {
          tags,
          summary: "Konto anlegen",
          body: api.createUser.body,
          response: { 201: api.createUser.response, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createUser(request.tenantDb, request.body, request.actor)),
    );

    app.patch(
      api.updateUser.path,
      {
        config,
        schema: {
          tags,
          summary: "Rolle, Name oder Sperre eines Kontos ändern",
          params: api.updateUser.params,
          body: api.updateUser.body,
          response: { 200: api.updateUser.response, ...problems },
        },
      },
      async (request) =>
        updateAccount(request.tenantDb, request.params.id, request.body, {
          ...request.actor,
          userId: request.session?.user.id ?? "",
        }),
    );

    app.post(
      api.issuePasswordResetLink.path,
      {
        config,
        schema: {
          tags,
          summary: "Einmaligen Link zum Zurücksetzen des Passworts ausstellen (24 h gültig)",
          params: api.issuePasswordResetLink.params,
          response: { 201: api.issuePasswordResetLink.response, ...problems },
        },
      },
      async (request, reply) => {
        const session = signedIn(request);
        const { token, expiresAt } = await issuePasswordReset(
          request.tenantDb,
          { userId: request.params.id, createdBy: session.user.id, nowMs: options.now() },
          request.actor,
        );
        const url = `${request.protocol}://${request.host}/passwort-zuruecksetzen#token=${token}`;
        return reply.code(201).send({ url, expiresAt });
      },
    );
  };
}
