import { eq, type SQL } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Measure } from "../../../contract/measures";
import { measure } from "../../platform/db/schema";

/**
 * What of a measure reaches readers who are not signed in — the API's anonymous calls, its
 * exports and the public site alike: only measures the office marked public (`is_public`), and
 * of those never a person's name or an internal note.
 */
export type Audience = "public" | "internal";

/** Anonymous requests are the public; every signed-in role reads the office's data. */
export function audienceOf(request: FastifyRequest): Audience {
  return request.session?.user ? "internal" : "public";
}

/** The one SQL condition for "published": the public site's queries and the API use it. */
export const isPublished: SQL = eq(measure.isPublic, true);

/** The measure with the fields that are never published blanked. */
export function publishedFields(m: Measure): Measure {
  return { ...m, responsiblePerson: null, internalNote: null };
}
