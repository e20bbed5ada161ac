/**
 * Personal access tokens for scripts, Excel/Power Query and dashboards. The rules live
 * here once; the server (src/server/platform/auth/access-tokens.ts) and the account page use them.
 */

/** A token is valid for at most one year. */
export const maxTokenValidityDays = 365;

/** Visible prefix so that a leaked token is recognisable (secret scanners, logs). */
export const accessTokenPrefix = "kurs_pat_";

export const tokenAccessLevels = ["read", "write"] as const;
export type TokenAccessLevel = (typeof tokenAccessLevels)[number];

/** Only GET, HEAD and OPTIONS read; every other method writes. */
export function isReadMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}
