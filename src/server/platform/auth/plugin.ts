import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isReadMethod } from "../../../domain/access-tokens";
import { DomainError } from "../../../domain/errors";
import type { Db } from "../db/database";
import { tenantDb } from "../db/tenant-scope";
import { authenticateAccessToken } from "./access-tokens";
import { may, mayWithToken, type Permission, requiresSecondFactor } from "./permissions";
import { sessionAbsoluteMs } from "./session-token";
import { authenticate, type Session } from "./sessions";

declare module "fastify" {
  interface FastifyContextConfig {
    /** What the route needs (src/server/platform/auth/permissions.ts). Routes without one are refused. */
    permission?: Permission;
  }
  interface FastifyRequest {
    session: Session | null;
  }
}

export interface AuthOptions {
  db: Db;
  now: () => number;
  behindTls: boolean;
  /** Further origins allowed to send writes (e.g. a reverse proxy's public address). */
  allowedOrigins: string[];
  /** Filled with "METHOD /url" → permission for every route registered under this scope. */
  routePermissions: Map<string, Permission | undefined>;
}

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function secureCookies(request: FastifyRequest, behindTls: boolean): boolean {
  return behindTls || !localHosts.has(request.hostname);
}

function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-kurs_session" : "kurs_session";
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  behindTls: boolean,
) {
  const secure = secureCookies(request, behindTls);
  reply.setCookie(sessionCookieName(secure), token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    maxAge: sessionAbsoluteMs / 1000,
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  behindTls: boolean,
) {
  const secure = secureCookies(request, behindTls);
  reply.clearCookie(sessionCookieName(secure), {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
  });
}

/** The token of an `Authorization: Bearer …` header; "" for a malformed one; null without. */
function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Sessions, CSRF and authorisation for /api/v1: reads the session cookie, refuses writes whose
 * Origin (or Referer) is missing or foreign, and checks the route's permission for the role.
 */
export async function registerAuth(app: FastifyInstance, options: AuthOptions) {
  await app.register(cookie);
  app.decorateRequest("session", null);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === "HEAD") continue;
      options.routePermissions.set(`${method} ${route.url}`, route.config?.permission);
    }
  });

  app.addHook("onRequest", async (request) => {
    const bearer = bearerOf(request);
    if (bearer !== null) {
      // A machine client: the token alone decides; cookies are ignored. Browsers never send an
      // Authorization header across sites on their own, so no Origin check is needed.
      request.session = bearer
        ? await authenticateAccessToken(
            tenantDb(options.db, request.tenantId),
            bearer,
            options.now(),
            { method: request.method, url: request.url, requestId: request.id },
          )
        : null;
      if (!request.session) {
        request.log.warn({ url: request.url }, "access token refused");
        throw new DomainError("unauthenticated", "auth.tokenInvalid");
      }
      request.actor = { actor: `user:${request.session.user.id}`, requestId: request.id };
      return;
    }
    if (!safeMethods.has(request.method)) {
      const origin =
        originOf(request.headers.origin) ?? originOf(request.headers.referer as string | undefined);
      const own = originOf(`${request.protocol}://${request.host}`);
      if (!origin || (origin !== own && !options.allowedOrigins.includes(origin))) {
        request.log.warn({ origin, own, url: request.url }, "csrf: write refused");
        throw new DomainError("forbidden", "auth.csrf");
      }
    }
    const secure = secureCookies(request, options.behindTls);
    const token = request.cookies[sessionCookieName(secure)];
    if (token) {
      request.session = await authenticate(
        tenantDb(options.db, request.tenantId),
        token,
        options.now(),
      );
    }
    if (request.session) {
      request.actor = { actor: `user:${request.session.user.id}`, requestId: request.id };
    }
  });

  app.addHook("preValidation", async (request) => {
    const permission = request.routeOptions.config.permission;
    const session = request.session;
    const principal = session?.user.role ?? "public";
    if (!permission) {
      request.log.error({ url: request.routeOptions.url }, "route without permission: refused");
      throw new DomainError("forbidden", "auth.forbidden");
    }
    if (session?.token) {
      const write = !isReadMethod(request.method);
      if (!mayWithToken(session.user.role, session.token.access, permission, write)) {
        request.log.warn(
          { userId: session.user.id, tokenId: session.token.id, permission, url: request.url },
          "access denied for access token",
        );
        throw new DomainError(
          "forbidden",
          write && session.token.access === "read" ? "auth.tokenReadOnly" : "auth.tokenForbidden",
        );
      }
      return;
    }
    if (!may(principal, permission)) {
      request.log.warn(
        { userId: session?.user.id ?? null, role: principal, permission, url: request.url },
        "access denied",
      );
      throw new DomainError(
        session ? "forbidden" : "unauthenticated",
        session ? "auth.forbidden" : "auth.required",
      );
    }
    if (
      session?.user.role === "admin" &&
      requiresSecondFactor.has(permission) &&
      !session.mfaVerified
    ) {
      request.log.warn(
        { userId: session.user.id, permission },
        "access denied: second factor missing",
      );
      throw new DomainError("forbidden", "auth.secondFactorNeeded");
    }
  });
}
