import type { FastifyServerOptions } from "fastify";

/**
 * Error logs without user content. A failed query carries its parameters (Drizzle puts them in
 * the message: "Failed query: … params: …") and PostgreSQL's message and detail quote the
 * offending value ('invalid input syntax for type uuid: "…"', 'Key (name)=(…) already exists').
 * The log keeps what an operator needs — the SQL text with its $n placeholders, SQLSTATE,
 * constraint, table, column, the stack frames — and drops the values. Request URLs are logged
 * without their query string.
 */

interface SafeError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  query?: string;
  cause?: SafeError;
}

const hidden = "…";

/** A database message with every quoted value and key value replaced by "…". */
export function redactValues(message: string): string {
  return message
    .replace(/\nparams: [\s\S]*$/, `\nparams: ${hidden}`)
    .replace(/"(?:[^"\\]|\\.)*"/g, `"${hidden}"`)
    .replace(/=\((?:[^()]|\([^()]*\))*\)/g, `=(${hidden})`)
    .replace(/'(?:[^'\\]|\\.)*'/g, `'${hidden}'`);
}

function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join("\n") : undefined;
}

/** The pino serializer for `err`: type, redacted message, stack frames, database fields. */
export function safeError(error: unknown, depth = 0, database = false): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: hidden };
  const e = error as Error & Record<string, unknown>;
  const isQueryFailure = typeof e.query === "string" && "params" in e;
  const fromDatabase =
    database || isQueryFailure || (typeof e.code === "string" && "severity" in e);
  const message = fromDatabase
    ? isQueryFailure
      ? `Failed query: ${String(e.query)}\nparams: ${hidden}`
      : redactValues(e.message)
    : e.message;
  const out: SafeError = { type: e.constructor?.name ?? e.name, message };
  const stack = framesOf(e.stack);
  if (stack) out.stack = `${out.type}: ${message}\n${stack}`;
  for (const key of ["code", "constraint", "table", "column"] as const) {
    if (typeof e[key] === "string") out[key] = e[key] as string;
  }
  if (isQueryFailure) out.query = String(e.query);
  if (e.cause !== undefined && depth < 4) out.cause = safeError(e.cause, depth + 1, fromDatabase);
  return out;
}

/** Fastify's request serializer, without the query string (search words, file names). */
function safeRequest(request: {
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
  id?: string;
}) {
  return {
    method: request.method,
    url: (request.url ?? "").split("?")[0],
    route: request.routeOptions?.url,
  };
}

/** The logger options with the safe serializers added (a given `false` stays off). */
export function withSafeLogging(
  logger: FastifyServerOptions["logger"],
): FastifyServerOptions["logger"] {
  if (!logger) return logger ?? false;
  const base = logger === true ? {} : (logger as Record<string, unknown>);
  const serializers = (base.serializers as Record<string, unknown> | undefined) ?? {};
  return {
    ...base,
    serializers: {
      ...serializers,
      err: (e: unknown) => safeError(e),
      error: (e: unknown) => safeError(e),
      req: safeRequest,
    },
  } as unknown as FastifyServerOptions["logger"];
}
