import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { versionParamsSchema } from "../../../contract/concept";
import {
  addActionFieldSchema,
  addRecommendationSchema,
  conceptItemKinds,
  conceptItemPath,
  itemParamsSchema,
  itemReferencesSchema,
  itemResultSchema,
  mergeItemSchema,
  moveItemSchema,
  removeItemQuerySchema,
  updateItemSchemas,
} from "../../../contract/concept-editing";
import { addRecommendation, moveItem, updateItem } from "./editing-service";
import { addActionField, itemReferences, mergeItem, removeItem } from "./structure-service";

const tags = ["Konzept"];
const label = {
  actionField: "Handlungsfeld",
  goal: "Handlungsziel",
  recommendation: "Handlungsempfehlung",
} as const;
const refusals = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/** Editing a draft version: add, rename, describe, reorder, merge, remove (with re-link). */
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
          summary: `${label[kind]} aus einem Entwurf herausnehmen; zeigen Maßnahmen, Mittel oder Kennzahlen darauf, nennt relinkTo, wohin sie wechseln (sonst 409)`,
          params: itemParamsSchema,
          querystring: removeItemQuerySchema,
          response: { 204: z.null(), ...refusals },
        },
      },
      async (request, reply) => {
        await removeItem(request.tenantDb, {
          ...request.actor,
          kind,
          versionId: request.params.versionId,
          itemId: request.params.itemId,
          relinkTo: request.query.relinkTo,
        });
        return reply.code(204).send(null);
      },
    );
    app.get(
      `${path}/references`,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `Was auf ${label[kind]} (oder darunter) zeigt, und wohin es wechseln kann`,
          params: itemParamsSchema,
          response: { 200: itemReferencesSchema, ...refusals },
        },
      },
      async (request) =>
        itemReferences(request.tenantDb, {
          kind,
          versionId: request.params.versionId,
          itemId: request.params.itemId,
        }),
    );
    app.post(
      `${path}/merge`,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} mit einem anderen zusammenführen (Unterpunkte und Verweise wechseln mit)`,
          params: itemParamsSchema,
          body: mergeItemSchema,
          response: { 200: itemResultSchema, ...refusals },
        },
      },
      async (request) =>
        mergeItem(request.tenantDb, {
          ...request.actor,
          kind,
          versionId: request.params.versionId,
          itemId: request.params.itemId,
          intoId: request.body.intoId,
        }),
    );
  }

  app.post(
    "/concept/versions/:versionId/action-fields",
    {
      config: { permission: "concept.edit", idempotent: true },
      schema: {
        tags,
        summary: "Handlungsfeld in einem Entwurf anlegen",
        params: versionParamsSchema,
        body: addActionFieldSchema,
        response: { 201: itemResultSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const created = await addActionField(request.tenantDb, {
        ...request.actor,
        versionId: request.params.versionId,
        input: request.body,
      });
      return reply.code(201).send(created);
    },
  );

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
