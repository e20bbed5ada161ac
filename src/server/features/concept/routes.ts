import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import {
  addGoalSchema,
  conceptSchema,
  conceptVersionSchema,
  createDraftSchema,
  versionParamsSchema,
} from "../../../contract/concept";
import { conceptDiffSchema } from "../../../contract/concept-diff";
import {
  type ConceptTimeline,
  conceptTimelineSchema,
  timelineQuerySchema,
} from "../../../contract/concept-timeline";
import { may } from "../../platform/auth/permissions";
import { diffVersion } from "./diff-service";
import { conceptEditingRoutes } from "./editing-routes";
import { addGoal, createDraft, getConcept, getVersion } from "./service";

const tags = ["Konzept"];

/** Drafts are internal: only roles with concept.readDrafts see them. */
function canReadDrafts(request: FastifyRequest): boolean {
  return may(request.session?.user.role ?? "public", "concept.readDrafts");
}

/** The timeline of resolutions about the concept is read by resolutions/ (timeline-service.ts). */
export interface ConceptRouteReaders {
  timeline: (
    scope: FastifyRequest["tenantDb"],
    query: { actionFieldLineageId?: string },
  ) => Promise<ConceptTimeline>;
}

export function conceptRoutes(readers: ConceptRouteReaders): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/concept",
      {
        config: { permission: "concept.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Das beschlossene Integrationskonzept und alle Versionen",
          response: { 200: conceptSchema },
        },
      },
      async (request) => ({
        ...(await getConcept(request.tenantDb, { includeDrafts: canReadDrafts(request) })),
        mayEdit: may(request.session?.user.role ?? "public", "concept.edit"),
      }),
    );

    app.get(
      "/concept/versions/:versionId",
      {
        config: { permission: "concept.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Konzeptversion mit Handlungsfeldern, -zielen und -empfehlungen",
          params: versionParamsSchema,
          response: { 200: conceptVersionSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        getVersion(request.tenantDb, {
          versionId: request.params.versionId,
          includeDrafts: canReadDrafts(request),
        }),
    );

    app.get(
      "/concept/versions/:versionId/diff",
      {
        config: { permission: "concept.read", replicaSafe: true },
        schema: {
          tags,
          summary:
            "Änderungen einer Konzeptversion gegenüber der vorigen (nach Herkunft abgeglichen)",
          params: versionParamsSchema,
          response: { 200: conceptDiffSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        diffVersion(request.tenantDb, {
          versionId: request.params.versionId,
          includeDrafts: canReadDrafts(request),
        }),
    );

    app.get(
      "/concept/timeline",
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary:
            "Zeitleiste der Beschlüsse zum Konzept (gesamt oder für ein Handlungsfeld, nach Herkunft)",
          querystring: timelineQuerySchema,
          response: { 200: conceptTimelineSchema, 400: problemSchema },
        },
      },
      async (request) => readers.timeline(request.tenantDb, request.query),
    );

    app.post(
      "/concept/versions",
      {
        config: { permission: "concept.edit", idempotent: true },
        schema: {
          tags,
          summary: "Entwurf einer neuen Konzeptversion anlegen (Kopie der beschlossenen)",
          body: createDraftSchema,
          response: {
            201: conceptVersionSchema,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const draft = await createDraft(request.tenantDb, {
          ...request.actor,
          input: request.body,
        });
        return reply.code(201).send(draft);
      },
    );

    app.post(
      "/concept/versions/:versionId/goals",
      {
        config: { permission: "concept.edit", idempotent: true },
        schema: {
          tags,
          summary: "Handlungsziel in einem Entwurf anlegen",
          params: versionParamsSchema,
          body: addGoalSchema,
          response: {
            201: z.object({ id: z.uuid(), position: z.number().int() }),
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const created = await addGoal(request.tenantDb, {
          ...request.actor,
          versionId: request.params.versionId,
          input: request.body,
        });
        return reply.code(201).send(created);
      },
    );

    await conceptEditingRoutes(app);
  };
}
