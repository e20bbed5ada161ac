import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { conceptItemKinds } from "../../../contract/concept-editing";
import { conceptAddRoutes, conceptItemRoutes } from "../../../contract/routes/concept";
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
    const api = conceptItemRoutes[kind];
    app.patch(
      api.update.path,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} in einem Entwurf umbenennen oder beschreiben`,
          params: api.update.params,
          body: api.update.body,
          response: { 200: api.update.response, ...refusals },
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
      api.move.path,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} in einem Entwurf eine Stelle nach oben oder unten schieben`,
          params: api.move.params,
          body: api.move.body,
          response: { 200: api.move.response, ...refusals },
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
      api.remove.path,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} aus einem Entwurf herausnehmen; zeigen Maßnahmen, Mittel oder Kennzahlen darauf, nennt relinkTo, wohin sie wechseln (sonst 409)`,
          params: api.remove.params,
          querystring: api.remove.querystring,
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
      api.references.path,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `Was auf ${label[kind]} (oder darunter) zeigt, und wohin es wechseln kann`,
          params: api.references.params,
          response: { 200: api.references.response, ...refusals },
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
      api.merge.path,
      {
        config: { permission: "concept.edit" },
        schema: {
          tags,
          summary: `${label[kind]} mit einem anderen zusammenführen (Unterpunkte und Verweise wechseln mit)`,
          params: api.merge.params,
          body: api.merge.body,
          response: { 200: api.merge.response, ...refusals },
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
    conceptAddRoutes.actionField.path,
    {
      config: { permission: "concept.edit", idempotent: true },
      schema: {
        tags,
        summary: "Handlungsfeld in einem Entwurf anlegen",
        params: conceptAddRoutes.actionField.params,
        body: conceptAddRoutes.actionField.body,
        response: { 201: conceptAddRoutes.actionField.response, ...refusals },
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
    conceptAddRoutes.recommendation.path,
    {
      config: { permission: "concept.edit", idempotent: true },
      schema: {
        tags,
        summary: "Handlungsempfehlung in einem Entwurf anlegen",
        params: conceptAddRoutes.recommendation.params,
        body: conceptAddRoutes.recommendation.body,
        response: { 201: conceptAddRoutes.recommendation.response, ...refusals },
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
