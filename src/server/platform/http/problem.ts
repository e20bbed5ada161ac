import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { core } from "zod";
import type { Problem } from "../../../contract/common";
import { DomainError, statusOfKind } from "../../../domain/errors";
import { type Language, negotiateLanguage } from "./language";
import { message } from "./messages";
import { describeIssue } from "./validation-messages";

export const problemContentType = "application/problem+json; charset=utf-8";

const typeBase = "https://kurs.example/probleme/";

const titleOfStatus: Record<number, string> = {
  401: "problem.unauthenticated",
  403: "problem.forbidden",
  404: "problem.notFound",
  409: "problem.conflict",
  422: "problem.unprocessable",
  429: "problem.tooManyRequests",
};

/** The reader's language: a chart's `lang` query (the app's language), else Accept-Language. */
export function languageOf(request: FastifyRequest): Language {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  if (lang === "de" || lang === "en") return lang;
  return negotiateLanguage(request.headers["accept-language"]);
}

function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .header("content-type", problemContentType)
    .header("cache-control", "no-store")
    .send(problem);
}

interface IssueCarrier {
  instancePath?: string;
  params?: { issue?: core.$ZodIssue };
  message?: string;
}

const contextPrefix: Record<string, string> = {
  body: "",
  querystring: "query",
  params: "params",
  headers: "headers",
};

function issuePath(context: string, issue: core.$ZodIssue | undefined, fallback: string): string {
  const prefix = contextPrefix[context] ?? context;
  const parts = issue ? issue.path.map(String) : fallback.split("/").filter(Boolean);
  if (issue?.code === "unrecognized_keys" && issue.keys.length === 1)
    parts.push(issue.keys[0] ?? "");
  return [prefix, ...parts].filter(Boolean).join(".") || prefix || "body";
}

/** The one error handler: every failure becomes RFC 9457 problem+json in the caller's language. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const lang = languageOf(request);
    return sendProblem(reply, {
      type: `${typeBase}nicht-gefunden`,
      title: message(lang, "problem.notFound"),
      status: 404,
      detail: message(lang, "problem.routeNotFound", {
        method: request.method,
        url: request.url.split("?")[0] ?? "",
      }),
      requestId: request.id,
    });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = languageOf(request);
    if (error.validation) {
      const context = error.validationContext ?? "body";
      const errors = (error.validation as IssueCarrier[]).map((v) => {
        const issue = v.params?.issue;
        return {
          path: issuePath(context, issue, v.instancePath ?? ""),
          message: issue ? describeIssue(issue, lang) : (v.message ?? ""),
        };
      });
      return sendProblem(reply, {
        type: `${typeBase}ungueltige-eingabe`,
        title: message(lang, "problem.validation"),
        status: 400,
        detail: message(lang, "problem.validation.detail"),
        errors,
        requestId: request.id,
      });
    }
    if (error instanceof DomainError) {
      const status = statusOfKind[error.kind];
      const text = message(lang, error.code, error.params);
      if (error.retryAfterSeconds) reply.header("retry-after", String(error.retryAfterSeconds));
      return sendProblem(reply, {
        type: `${typeBase}${error.code}`,
        title: message(lang, titleOfStatus[status] ?? "problem.unprocessable"),
        status,
        detail: text,
        ...(error.issues?.length
          ? {
              errors: error.issues.map((issue) => ({
                path: issue.path,
                message: message(lang, issue.code, issue.params),
              })),
            }
          : error.path
            ? { errors: [{ path: error.path, message: text }] }
            : {}),
        ...(typeof error.params.missingCents === "number"
          ? { missingCents: error.params.missingCents }
          : {}),
        requestId: request.id,
      });
    }
    const status = typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const key =
        status === 415
          ? "problem.unsupportedMediaType"
          : status === 413
            ? "problem.payloadTooLarge"
            : status === 429
              ? "problem.tooManyRequests"
              : status === 414
                ? "problem.uriTooLong"
                : status === 405
                  ? "problem.methodNotAllowed"
                  : error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError
                    ? "problem.invalidJson"
                    : "problem.badRequest";
      return sendProblem(reply, {
        type: `${typeBase}${key.replace("problem.", "")}`,
        title: message(lang, key, { contentType: String(request.headers["content-type"] ?? "") }),
        status,
        requestId: request.id,
      });
    }
    const errorId = randomUUID();
    request.log.error({ err: error, errorId }, "unhandled error");
    return sendProblem(reply, {
      type: `${typeBase}interner-fehler`,
      title: message(lang, status === 503 ? "problem.unavailable" : "problem.internal"),
      status: status === 503 ? 503 : 500,
      detail: `Fehlernummer / error id: ${errorId}`,
      requestId: request.id,
    });
  });
}

/**
 * Errors Fastify answers before any route runs (a path parameter over the router's limit → 414,
 * a malformed URL → 400): the same problem+json as everything else. Passed as `frameworkErrors`.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const lang = languageOf(request);
  const status = typeof error.statusCode === "number" ? error.statusCode : 400;
  const key = status === 414 ? "problem.uriTooLong" : "problem.badRequest";
  sendProblem(reply, {
    type: `${typeBase}${key.replace("problem.", "")}`,
    title: message(lang, key),
    status,
    requestId: request.id,
  });
}

/**
 * Errors of the connection itself, before there is a request (Node's `clientError`: a request
 * that did not arrive in time → 408, headers too large → 431, unparsable HTTP → 400): written to
 * the socket as problem+json in German (there are no request headers to negotiate with).
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const [status, key] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "problem.requestTimeout"]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "problem.headersTooLarge"]
        : [400, "problem.badRequest"];
  const body = JSON.stringify({
    type: `${typeBase}${key.replace("problem.", "")}`,
    title: message("de", key),
    status,
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: ${problemContentType}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
