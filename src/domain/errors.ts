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

/** One problem of several found at once (e.g. per row of an import): a field path and a rule. */
export interface DomainIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * A refusal that names every problem, not just the first (an import checked as a whole):
 * `code` says what was refused, `issues` each field that caused it.
 */
export class DomainProblems extends DomainError {
  constructor(
    kind: DomainErrorKind,
    code: string,
    readonly issues: DomainIssue[],
  ) {
    super(kind, code);
    this.name = "DomainProblems";
  }
}
