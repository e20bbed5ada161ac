import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { deadlineRoutes as api } from "../../../contract/routes/deadlines";
import { readPaperDeadline, setPaperDeadline } from "./service";

const tags = ["Landkreis"];

/**
 * The county's Vorlagenfrist (days before a meeting its papers are due; default 21): read by
 * the office, set by the admin. Kept apart from the other county settings on purpose.
 */
export function paperDeadlineRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.getPaperDeadline.path,
      {
        config: { permission: "reports.read" },
        schema: {
          tags,
          summary: "Vorlagenfrist des Landkreises in Tagen",
          response: { 200: api.getPaperDeadline.response, 401: problemSchema, 403: problemSchema },
        },
      },
      async (request) => readPaperDeadline(request.tenantDb),
    );
    app.put(
      api.setPaperDeadline.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Vorlagenfrist setzen (0 bis 180 Tage vor der Sitzung)",
          body: api.setPaperDeadline.body,
          response: {
            200: api.setPaperDeadline.response,
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
