import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../contract/common";
import { legalParamsSchema, legalTextInputSchema, legalTextSchema } from "../../contract/legal";
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
          summary: "Impressum, Datenschutz oder Erklärung zur Barrierefreiheit lesen",
          params: legalParamsSchema,
          response: { 200: legalTextSchema, 400: problemSchema },
        },
      },
      async (request) => getLegalText(request.tenantDb, request.params.topic),
    );

    app.put(
      "/legal/:topic",
      {
        config: { permission: "legal.edit" },
        schema: {
          tags,
          summary: "Impressum, Datenschutz oder Erklärung zur Barrierefreiheit schreiben",
          params: legalParamsSchema,
          body: legalTextInputSchema,
          response: { 200: legalTextSchema, 400: problemSchema, 422: problemSchema },
        },
      },
      async (request) =>
        saveLegalText(request.tenantDb, {
          ...request.actor,
          topic: request.params.topic,
          input: request.body,
        }),
    );
  };
}
