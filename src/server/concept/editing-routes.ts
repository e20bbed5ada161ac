import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../contract/common";
import { versionParamsSchema } from "../../contract/concept";
import {
  addRecommendationSchema,
  conceptItemKinds,
  conceptItemPath,
  itemParamsSchema,
  itemResultSchema,
  moveItemSchema,
  updateItemSchemas,
} from "../../contract/concept-editing";
import { addRecommendation, moveItem, retireItem, updateItem } from "./editing-service";

const tags = ["Konzept"];
const label = {
  actionField: "Handlungsfeld",
  goal: "Handlungsziel",
  recommendation: "Handlungsempfehlung",
} as const;
const refusals = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/** Editing a draft version: rename, describe, reorder, retire; add recommendations. */
export async function conceptEditingRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  for (const kind of conceptItemKinds) {
    const path = `/concept/versions/:versionId/${conceptItemPath[kind]}/:itemId`;
    app.patch(
      path,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} in einem Entwurf umbenennen oder beschreiben`,
          params: itemParamsSchema,
          body: updateItemSchemas[kind],
          response: { 200: itemResultSchema, ...refusals },
        },
      },
      async (request) =>
        updateItem(request.tenantDb, {
          ...request.actor,
          kind,
          versionId: request.params.versionId,
          itemId: request.params.itemId,
          input: request.body,
        }),
    );
    app.post(
      `${path}/move`,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} in einem Entwurf eine Stelle nach oben oder unten schieben`,
          params: itemParamsSchema,
          body: moveItemSchema,
          response: { 200: itemResultSchema, ...refusals },
        },
      },
      async (request) =>
        moveItem(request.tenantDb, {
          ...request.actor,
          kind,
          versionId: request.params.versionId,
          itemId: request.params.itemId,
          input: request.body,
        }),
    );
    app.delete(
      path,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} aus einem Entwurf herausnehmen (mit allem, was darunter hängt)`,
          params: itemParamsSchema,
          response: { 204: z.null(), ...refusals },
        },
      },
      async (request, reply) => {
        await retireItem(request.tenantDb, {
          ...request.actor,
          kind,
          versionId: request.params.versionId,
          itemId: request.params.itemId,
        });
        return reply.code(204).send(null);
      },
    );
  }

  app.post(
    "/concept/versions/:versionId/recommendations",
    {
      config: { permission: "concept.edit", idempotent: true },
      schema: {
        tags,
        summary: "Handlungsempfehlung in einem Entwurf anlegen",
        params: versionParamsSchema,
        body: addRecommendationSchema,
        response: { 201: itemResultSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const created = await addRecommendation(request.tenantDb, {
        ...request.actor,
        versionId: request.params.versionId,
        input: request.body,
      });
      return reply.code(201).send(created);
    },
  );
}
