/**
 * How a refusal maps to HTTP: notFound → 404, conflict → 409, invalid → 422,
 * unauthenticated → 401, forbidden → 403, tooManyRequests → 429.
 */
export type DomainErrorKind =
  | "notFound"
  | "conflict"
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "tooManyRequests";

export const statusOfKind: Record<DomainErrorKind, number> = {
  notFound: 404,
  conflict: 409,
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  tooManyRequests: 429,
};

/**
 * A broken business rule. `code` names the rule (a key of the server's message catalogue);
 * `params` fill the message; `path` points to the offending field when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly path?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = "DomainError";
  }
}
