import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { readPaperDeadline, setPaperDeadline } from "./service";

const tags = ["Landkreis"];
const settingSchema = z.object({ paperDeadlineDays: z.int() }).strict();
/** As typed: a number or text; the service reads it with the one rule and names the field (422). */
const settingInputSchema = z
  .object({ paperDeadlineDays: z.union([z.number(), z.string().max(20)]) })
  .strict();

/**
 * The county's Vorlagenfrist (days before a meeting its papers are due; default 21): read by
 * the office, set by the admin. Kept apart from the other county settings on purpose.
 */
export function paperDeadlineRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/county/paper-deadline",
      {
        config: { permission: "reports.read" },
        schema: {
          tags,
          summary: "Vorlagenfrist des Landkreises in Tagen",
          response: { 200: settingSchema, 401: problemSchema, 403: problemSchema },
        },
      },
      async (request) => readPaperDeadline(request.tenantDb),
    );
    app.put(
      "/county/paper-deadline",
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Vorlagenfrist setzen (0 bis 180 Tage vor der Sitzung)",
          body: settingInputSchema,
          response: {
            200: settingSchema,
            400: problemSchema,
            422: problemSchema,
            401: problemSchema,
            403: problemSchema,
          },
        },
      },
      async (request) =>
        setPaperDeadline(request.tenantDb, {
          ...request.actor,
          paperDeadlineDays: request.body.paperDeadlineDays,
        }),
    );
  };
}
