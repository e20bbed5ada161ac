import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { meSchema } from "../../../contract/auth";
import { problemSchema } from "../../../contract/common";
import { authRoutes as api } from "../../../contract/routes/auth";
import { DomainError } from "../../../domain/errors";
import { changePassword, confirmTotp, resetPassword, startTotp } from "./accounts";
import { emailHash, login } from "./login";
import { clearSessionCookie, setSessionCookie } from "./plugin";
import { logout } from "./sessions";
import { signedIn } from "./signed-in";
import { verifySecondFactor } from "./step-up";

const tags = ["Anmeldung"];
const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  422: problemSchema,
  429: problemSchema,
};

export function authRoutes(options: {
  now: () => number;
  behindTls: boolean;
  issuer: string;
  loginRateLimit: number;
  /** False with KURS_LOCAL_LOGIN=0: passwords only for the break-glass admin. */
  localLogin: boolean;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      api.login.path,
      {
        config: {
          permission: "session.create",
          rateLimit: { max: options.loginRateLimit, timeWindow: "1 minute" },
        },
        schema: {
          tags,
          summary: "Anmelden (setzt das Sitzungs-Cookie)",
          body: api.login.body,
          response: { 200: api.login.response, ...problems },
        },
      },
      async (request, reply) => {
        const { email } = request.body;
        try {
          const result = await login(request.tenantDb, {
            ...request.body,
            userAgent: request.headers["user-agent"],
            nowMs: options.now(),
            localLogin: options.localLogin,
            requestId: request.id,
          });
          request.log.info({ userId: result.user.id, role: result.user.role }, "login succeeded");
          setSessionCookie(request, reply, result.token, options.behindTls);
          return {
            user: {
              id: result.user.id,
              email: result.user.email,
              displayName: result.user.displayName,
              role: result.user.role as z.infer<typeof meSchema>["user"]["role"],
              totpEnabled: result.user.totpEnabled,
              // A password sign-in: the account has one.
              hasPassword: true,
              identityProvider: result.user.identityProvider,
            },
            mfaVerified: result.mfaVerified,
          };
        } catch (error) {
          const code = error instanceof DomainError ? error.code : "error";
          // The e-mail is logged as a hash prefix only: enough to spot an attack, no address.
          request.log.warn({ code, emailHash: emailHash(email).slice(0, 12) }, "login failed");
          throw error;
        }
      },
    );

    app.post(
      api.logout.path,
      {
        config: { permission: "session.self" },
        schema: { tags, summary: "Abmelden", response: { 204: z.null(), ...problems } },
      },
      async (request, reply) => {
        if (request.session) await logout(request.tenantDb, request.session.tokenHash);
        request.log.info({ userId: request.session?.user.id }, "logout");
        clearSessionCookie(request, reply, options.behindTls);
        return reply.code(204).send(null);
      },
    );

    app.get(
      api.getSession.path,
      {
        config: { permission: "session.read" },
        schema: {
          tags,
          summary: "Das eigene Konto – oder user: null, wenn niemand angemeldet ist",
          response: { 200: api.getSession.response, ...problems },
        },
      },
      async (request) => {
        const session = request.session;
        if (!session) return { user: null, mfaVerified: false };
        const { id, email, displayName, role, totpEnabled, hasPassword, identityProvider } =
          session.user;
        return {
          user: { id, email, displayName, role, totpEnabled, hasPassword, identityProvider },
          mfaVerified: session.mfaVerified,
        };
      },
    );

    app.post(
      api.changeOwnPassword.path,
      {
        config: { permission: "session.self" },
        schema: {
          tags,
          summary: "Eigenes Passwort ändern (beendet alle anderen Sitzungen)",
          body: api.changeOwnPassword.body,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const session = signedIn(request);
        const { token } = await changePassword(
          request.tenantDb,
          {
            userId: session.user.id,
            current: request.body.currentPassword,
            next: request.body.newPassword,
            nowMs: options.now(),
            mfaVerified: session.mfaVerified,
          },
          request.actor,
        );
        setSessionCookie(request, reply, token, options.behindTls);
        return reply.code(204).send(null);
      },
    );

    app.post(
      api.startTotp.path,
      {
        config: { permission: "session.self" },
        schema: {
          tags,
          summary: "Zweiten Faktor (TOTP) einrichten: Geheimnis erzeugen",
          response: { 200: api.startTotp.response, ...problems },
        },
      },
      async (request) => {
        const session = signedIn(request);
        return startTotp(request.tenantDb, session.user.id, options.issuer, request.actor);
      },
    );

    app.post(
      api.confirmTotp.path,
      {
        config: { permission: "session.self" },
        schema: {
          tags,
          summary: "Zweiten Faktor bestätigen; liefert einmalig die Wiederherstellungscodes",
          body: api.confirmTotp.body,
          response: { 200: api.confirmTotp.response, ...problems },
        },
      },
      async (request) => {
        const session = signedIn(request);
        return confirmTotp(
          request.tenantDb,
          {
            userId: session.user.id,
            code: request.body.code,
            sessionTokenHash: session.tokenHash,
            nowMs: options.now(),
          },
          request.actor,
        );
      },
    );

    app.post(
      api.verifyTotp.path,
      {
        config: { permission: "session.self" },
        schema: {
          tags,
          summary:
            "Zweiten Faktor in der laufenden Sitzung bestätigen (nach Anmeldung über den Identitätsdienst)",
          body: api.verifyTotp.body,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const session = signedIn(request);
        await verifySecondFactor(request.tenantDb, {
          userId: session.user.id,
          sessionTokenHash: session.tokenHash,
          code: request.body.code,
          nowMs: options.now(),
        });
        return reply.code(204).send(null);
      },
    );

    app.post(
      api.resetPasswordWithLink.path,
      {
        config: {
          permission: "session.create",
          rateLimit: { max: options.loginRateLimit, timeWindow: "1 minute" },
        },
        schema: {
          tags,
          summary: "Passwort mit einem einmaligen Link der Administration neu setzen",
          body: api.resetPasswordWithLink.body,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await resetPassword(
          request.tenantDb,
          { ...request.body, nowMs: options.now() },
          request.actor,
        );
        return reply.code(204).send(null);
      },
    );
  };
}
