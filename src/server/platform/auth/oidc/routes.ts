import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../../contract/common";
import { authRoutes as api } from "../../../../contract/routes/auth";
import { DomainError, statusOfKind } from "../../../../domain/errors";
import { safeNextPath } from "../../../../domain/next-path";
import { message } from "../../http/messages";
import { setSessionCookie } from "../plugin";
import type { OidcClient } from "./client";
import type { OidcConfig } from "./config";
import { pendingMaxMs, savePendingSignIn, takePendingSignIn } from "./pending";
import { type IdClaims, oidcSignIn } from "./sign-in";

const tags = ["Anmeldung"];
const problems = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
/** The pending sign-in: a random id in a short-lived cookie, the rest in the database. */
const pendingCookie = "kurs_oidc";
const cookiePath = "/api/v1/auth/oidc";

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/**
 * A refused sign-in: problem+json for scripts; for a browser (Accept: text/html) a plain page in
 * German and English with the same status and a way back to the sign-in page.
 */
function refuse(request: FastifyRequest, reply: FastifyReply, error: DomainError) {
  const accept = request.headers.accept ?? "";
  if (!accept.includes("text/html")) throw error;
  const status = statusOfKind[error.kind];
  const de = message("de", error.code, error.params);
  const en = message("en", error.code, error.params);
  const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anmeldung nicht möglich – Kurs</title></head>
<body><main>
<h1>Anmeldung nicht möglich</h1>
<p>${escapeHtml(de)}</p>
<p lang="en">${escapeHtml(en)}</p>
<p><a href="/anmelden">Zurück zur Anmeldung</a> · <a href="/anmelden" lang="en">Back to sign-in</a></p>
<p><small>Fehlernummer / Error id: ${escapeHtml(request.id)}</small></p>
</main></body></html>`;
  return reply.code(status).type("text/html; charset=utf-8").send(html);
}

/** Sign-in through the county's identity provider (OpenID Connect). */
export function oidcRoutes(options: {
  config: OidcConfig | null;
  client: OidcClient | null;
  localLogin: boolean;
  now: () => number;
  behindTls: boolean;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const { config, client } = options;
    const enabled = () => {
      if (!config || !client) throw new DomainError("notFound", "auth.oidcOff");
      return { config, client };
    };

    app.get(
      api.getOidcStatus.path,
      {
        config: { permission: "session.read" },
        schema: {
          tags,
          summary: "Ob die Anmeldung über den Identitätsdienst des Landkreises möglich ist",
          response: { 200: api.getOidcStatus.response },
        },
      },
      async () => ({ enabled: Boolean(config), localLogin: options.localLogin }),
    );

    app.get(
      api.startOidcSignIn.path,
      {
        config: { permission: "session.create" },
        schema: {
          tags,
          summary: "Anmeldung beim Identitätsdienst beginnen (302 dorthin)",
          querystring: api.startOidcSignIn.querystring,
          response: { 302: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const { client: oidc } = enabled();
        const started = await oidc.start();
        const id = randomBytes(32).toString("base64url");
        const nowMs = options.now();
        await savePendingSignIn(
          request.tenantDb,
          id,
          {
            state: started.state,
            nonce: started.nonce,
            codeVerifier: started.codeVerifier,
            nextPath: safeNextPath(request.query.next),
          },
          nowMs,
        );
        reply.setCookie(pendingCookie, id, {
          path: cookiePath,
          httpOnly: true,
          // Lax: the provider sends the browser back with a top-level GET, which carries it.
          sameSite: "lax",
          secure: options.behindTls || request.protocol === "https",
          maxAge: pendingMaxMs / 1000,
        });
        return reply.redirect(started.url, 302);
      },
    );

    app.get(
      api.finishOidcSignIn.path,
      {
        config: { permission: "session.create" },
        schema: {
          tags,
          summary:
            "Rückkehr vom Identitätsdienst: prüft alles und meldet an (303 in die Anwendung)",
          response: { 303: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const { config: oidcConfig, client: oidc } = enabled();
        const id = request.cookies[pendingCookie];
        reply.clearCookie(pendingCookie, { path: cookiePath });
        const nowMs = options.now();
        const pending = id ? await takePendingSignIn(request.tenantDb, id, nowMs) : null;
        const failed = new DomainError("unauthenticated", "auth.oidcFailed");
        if (!pending) {
          request.log.warn("oidc: no pending sign-in (unknown, used or expired)");
          return refuse(request, reply, failed);
        }
        const query = request.url.slice(request.url.indexOf("?") >>> 0);
        let claims: IdClaims;
        try {
          const result = await oidc.finish(query.startsWith("?") ? query : "", pending);
          claims = result.claims as IdClaims;
        } catch (error) {
          const reason = error instanceof Error ? `${error.name}: ${error.message}` : "unknown";
          request.log.warn({ reason }, "oidc: sign-in refused");
          return refuse(request, reply, failed);
        }
        try {
          const signedIn = await oidcSignIn(request.tenantDb, oidcConfig, {
            claims,
            nowMs,
            userAgent: request.headers["user-agent"],
            requestId: request.id,
          });
          request.log.info(
            { userId: signedIn.userId, role: signedIn.role, mfa: signedIn.mfaVerified },
            "login succeeded (oidc)",
          );
          setSessionCookie(request, reply, signedIn.token, options.behindTls);
          return reply.redirect(pending.nextPath, 303);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          request.log.warn({ code: error.code }, "oidc: sign-in refused");
          return refuse(request, reply, error);
        }
      },
    );

    app.get(
      api.oidcSignOut.path,
      {
        config: { permission: "session.read" },
        schema: {
          tags,
          summary:
            "Nach dem Abmelden: zum Abmelden beim Identitätsdienst weiterleiten (302), wenn er es anbietet",
          response: { 302: z.null(), ...problems },
        },
      },
      async (_request, reply) => {
        const { client: oidc } = enabled();
        return reply.redirect((await oidc.endSessionUrl(null)) ?? "/", 302);
      },
    );
  };
}
