import { ApiError, looksLikeProblem } from "../api/client";

/**
 * A write to the Kurs API (POST/PATCH) in the reader's language. The browser adds the Origin
 * header the server checks; the session cookie goes along (same origin). 204 yields undefined.
 */
export async function sendJson<T = undefined>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  language: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      accept: "application/json",
      "accept-language": language,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  if (!response.ok) {
    const problem: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, looksLikeProblem(problem) ? problem : null);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The server names its rule in the problem type (…/probleme/auth.secondFactorNeeded). */
export function problemCode(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.problem) return null;
  return error.problem.type.split("/").pop() ?? null;
}
