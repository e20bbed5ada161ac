import type { Problem } from "../../contract/common";
import { idempotencyKeyFor, submissionDone } from "./idempotency-key";

/** An API answer that was not 2xx, with the problem+json body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

export function looksLikeProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && typeof (body as Problem).title === "string";
}

/** GET a JSON resource of the Kurs API in the reader's language. */
export async function getJson<T>(path: string, language: string): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    headers: { accept: "application/json", "accept-language": language },
    credentials: "same-origin",
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, looksLikeProblem(body) ? body : null);
  }
  return (await response.json()) as T;
}

/**
 * Sends one write and reads the answer; a refusal throws ApiError with the problem (field
 * errors). Every POST carries an Idempotency-Key (idempotency-key.ts) unless the caller brings
 * its own: a double click or a retry creates nothing twice.
 */
export async function sendWrite(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  language: string,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; payload: unknown }> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const keyed = method === "POST" && !("idempotency-key" in extraHeaders);
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      accept: "application/json",
      "accept-language": language,
      ...(text === undefined ? {} : { "content-type": "application/json" }),
      ...(keyed ? { "idempotency-key": idempotencyKeyFor(path, text ?? "") } : {}),
      ...extraHeaders,
    },
    credentials: "same-origin",
    body: text,
  });
  const payload: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, looksLikeProblem(payload) ? payload : null);
  }
  if (keyed) submissionDone(path);
  return { status: response.status, payload };
}

/**
 * A write to the Kurs API in the reader's language: the one way every page sends JSON (a body of
 * undefined sends none). The browser adds the Origin header the server checks; the session
 * cookie goes along (same origin). A refusal throws ApiError with the problem (field errors);
 * 204 yields undefined.
 */
export async function sendJson<T = undefined>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body: unknown,
  language: string,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  return (await sendWrite(method, path, language, body, extraHeaders)).payload as T;
}

/** The server names its rule in the problem type (…/probleme/auth.secondFactorNeeded). */
export function problemCode(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.problem) return null;
  return error.problem.type.split("/").pop() ?? null;
}
