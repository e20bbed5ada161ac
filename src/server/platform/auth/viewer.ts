import type { FastifyRequest } from "fastify";
import type { Viewer } from "./actor";

/** Who reads: the signed-in person's role and organisation, or the public. */
export function viewerOf(request: FastifyRequest): Viewer {
  const user = request.session?.user;
  return { role: user?.role ?? "public", partnerId: user?.partnerId ?? null };
}
