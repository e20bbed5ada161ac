import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import {
  legalParamsSchema,
  legalQuerySchema,
  legalTextInputSchema,
  legalTextSchema,
} from "../../../contract/legal";
import { getLegalText, saveLegalText } from "./service";

const tags = ["Öffentliche Seite"];

/** Impressum, Datenschutz, Erklärung zur Barrierefreiheit: read by all, written by the admin. */
export function legalRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/legal/:topic",
      {
        config: { permission: "legal.read" },
        schema: {
          tags,
          summary:
            "Impressum, Datenschutz oder Erklärung zur Barrierefreiheit lesen (je Sprache, sonst deutsch mit Hinweis)",
          params: legalParamsSchema,
          querystring: legalQuerySchema,
          response: { 200: legalTextSchema, 400: problemSchema },
        },
      },
      async (request) =>
        getLegalText(request.tenantDb, {
          topic: request.params.topic,
          language: request.query.language,
        }),
    );

    app.put(
      "/legal/:topic",
      {
        config: { permission: "legal.edit" },
        schema: {
          tags,
          summary:
            "Impressum, Datenschutz oder Erklärung zur Barrierefreiheit schreiben (je Sprache)",
          params: legalParamsSchema,
          body: legalTextInputSchema,
          response: { 200: legalTextSchema, 400: problemSchema, 422: problemSchema },
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
