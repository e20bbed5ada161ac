import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import type { ConceptTimeline } from "../../../contract/concept-timeline";
import { conceptRoutes as api } from "../../../contract/routes/concept";
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
      api.getConcept.path,
      {
        config: { permission: "concept.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Das beschlossene Integrationskonzept und alle Versionen",
          response: { 200: api.getConcept.response },
        },
      },
      async (request) => ({
        ...(await getConcept(request.tenantDb, { includeDrafts: canReadDrafts(request) })),
        mayEdit: may(request.session?.user.role ?? "public", "concept.edit"),
      }),
    );

    app.get(
      api.getConceptVersion.path,
      {
        config: { permission: "concept.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Konzeptversion mit Handlungsfeldern, -zielen und -empfehlungen",
          params: api.getConceptVersion.params,
          response: { 200: api.getConceptVersion.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        getVersion(request.tenantDb, {
          versionId: request.params.versionId,
          includeDrafts: canReadDrafts(request),
        }),
    );

    app.get(
      api.getConceptVersionDiff.path,
      {
        config: { permission: "concept.read", replicaSafe: true },
        schema: {
          tags,
          summary:
            "Änderungen einer Konzeptversion gegenüber der vorigen (nach Herkunft abgeglichen)",
          params: api.getConceptVersionDiff.params,
          response: {
            200: api.getConceptVersionDiff.response,
            400: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request) =>
        diffVersion(request.tenantDb, {
          versionId: request.params.versionId,
          includeDrafts: canReadDrafts(request),
        }),
    );

    app.get(
      api.getConceptTimeline.path,
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary:
            "Zeitleiste der Beschlüsse zum Konzept (gesamt oder für ein Handlungsfeld, nach Herkunft)",
          querystring: api.getConceptTimeline.querystring,
          response: { 200: api.getConceptTimeline.response, 400: problemSchema },
        },
      },
      async (request) => readers.timeline(request.tenantDb, request.query),
    );

    app.post(
      api.createConceptDraft.path,
      {
        config: { permission: "concept.edit", idempotent: true },
        schema: {
          tags,
          summary: "Entwurf einer neuen Konzeptversion anlegen (Kopie der beschlossenen)",
          body: api.createConceptDraft.body,
          response: {
            201: api.createConceptDraft.response,
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
      api.addConceptGoal.path,
      {
        config: { permission: "concept.edit", idempotent: true },
        schema: {
          tags,
          summary: "Handlungsziel in einem Entwurf anlegen",
          params: api.addConceptGoal.params,
          body: api.addConceptGoal.body,
          response: {
            201: api.addConceptGoal.response,
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
