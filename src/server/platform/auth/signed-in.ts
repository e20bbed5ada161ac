import type { FastifyRequest } from "fastify";
import { DomainError } from "../../../domain/errors";
import type { Session } from "./sessions";

/** The session of the signed-in person; 401 (auth.required) for a request without one. */
export function signedIn(request: FastifyRequest): Session {
  if (!request.session) throw new DomainError("unauthenticated", "auth.required");
  return request.session;
}
