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

/** One refused field of a request: a message-catalogue code and its params. */
export interface FieldIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

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
    /** Several refused fields at once (each with its own code and params), e.g. a whole plan. */
    readonly issues?: readonly FieldIssue[],
  ) {
    super(code);
    this.name = "DomainError";
  }
}

/**
 * A refusal that names every problem, not just the first (an import checked as a whole): `code`
 * says what was refused, `issues` each field that caused it.
 */
export class DomainProblems extends DomainError {
  constructor(kind: DomainErrorKind, code: string, issues: readonly FieldIssue[]) {
    super(kind, code, {}, undefined, undefined, issues);
    this.name = "DomainProblems";
  }
}
