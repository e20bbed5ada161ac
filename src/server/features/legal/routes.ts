import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { legalRoutes as api } from "../../../contract/routes/legal";
import { getLegalText, saveLegalText } from "./service";

const tags = ["Öffentliche Seite"];

/** Impressum, Datenschutz, Erklärung zur Barrierefreiheit: read by all, written by the admin. */
export function legalRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.getLegalText.path,
      {
        config: { permission: "legal.read" },
        schema: {
          tags,
          summary:
            "Impressum, Datenschutz oder Erklärung zur Barrierefreiheit lesen (je Sprache, sonst deutsch mit Hinweis)",
          params: api.getLegalText.params,
          querystring: api.getLegalText.querystring,
          response: { 200: api.getLegalText.response, 400: problemSchema },
        },
      },
      async (request) =>
        getLegalText(request.tenantDb, {
          topic: request.params.topic,
          language: request.query.language,
        }),
    );

    app.put(
      api.saveLegalText.path,
      {
        config: { permission: "legal.edit" },
        schema: {
          tags,
          summary:
            "Impressum, Datenschutz oder Erklärung zur Barrierefreiheit schreiben (je Sprache)",
          params: api.saveLegalText.params,
          body: api.saveLegalText.body,
          response: { 200: api.saveLegalText.response, 400: problemSchema, 422: problemSchema },
        },
      },
      async (request) =>
        saveLegalText(request.tenantDb, {
          ...request.actor,
          topic: request.params.topic,
          language: request.body.language,
          input: request.body,
        }),
    );
  };
}
