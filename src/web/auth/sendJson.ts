import { ApiError, sendWrite } from "../api/client";

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
  return (await sendWrite(method, path, language, body)).payload as T;
}

/** The server names its rule in the problem type (…/probleme/auth.secondFactorNeeded). */
export function problemCode(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.problem) return null;
  return error.problem.type.split("/").pop() ?? null;
}
