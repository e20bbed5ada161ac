import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  createUserSchema,
  resetLinkSchema,
  updateUserSchema,
  userSchema,
} from "../../../contract/auth";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import { DomainError } from "../../../domain/errors";
import {
  createUser,
  issuePasswordReset,
  listAccounts,
  updateAccount,
} from "../../platform/auth/accounts";

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
      "/users",
      {
        config: { ...config },
        schema: {
          tags,
          summary: "Konten des Landkreises",
          response: { 200: z.array(userSchema), ...problems },
        },
      },
      async (request) => listAccounts(request.tenantDb),
    );

    app.post(
      "/users",
      {
        config: { ...config, idempotent: true },
        schema: {
          tags,
          summary: "Konto anlegen",
          body: createUserSchema,
          response: { 201: userSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createUser(request.tenantDb, request.body, request.actor)),
    );

    app.patch(
      "/users/:id",
      {
        config,
        schema: {
          tags,
          summary: "Rolle, Name oder Sperre eines Kontos ändern",
          params: idParamsSchema,
          body: updateUserSchema,
          response: { 200: userSchema, ...problems },
        },
      },
      async (request) =>
        updateAccount(request.tenantDb, request.params.id, request.body, {
          ...request.actor,
          userId: request.session?.user.id ?? "",
        }),
    );

    app.post(
      "/users/:id/password-reset",
      {
        config,
        schema: {
          tags,
          summary: "Einmaligen Link zum Zurücksetzen des Passworts ausstellen (24 h gültig)",
          params: idParamsSchema,
          response: { 201: resetLinkSchema, ...problems },
        },
      },
      async (request, reply) => {
        const session = request.session;
        if (!session) throw new DomainError("unauthenticated", "auth.required");
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
