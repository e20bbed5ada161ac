import { apiRoute } from "../api-route";
import {
  addGoalSchema,
  conceptSchema,
  conceptVersionSchema,
  createDraftSchema,
  versionParamsSchema,
} from "../concept";
import { conceptDiffSchema } from "../concept-diff";
import {
  addActionFieldSchema,
  addRecommendationSchema,
  type ConceptItemKind,
  itemParamsSchema,
  itemReferencesSchema,
  itemResultSchema,
  mergeItemSchema,
  moveItemSchema,
  removeItemQuerySchema,
  updateItemSchemas,
} from "../concept-editing";
import {
  conceptImportInputSchema,
  conceptImportPreviewSchema,
  conceptImportResultSchema,
} from "../concept-import";
import { conceptTimelineSchema, timelineQuerySchema } from "../concept-timeline";

/** The routes of one kind of item in a draft: edit, move, remove, its references, merge. */
function itemRoutes<
  const S extends string,
  const B extends (typeof updateItemSchemas)[ConceptItemKind],
>(segment: S, body: B) {
  const path = `/concept/versions/:versionId/${segment}/:itemId` as const;
  return {
    update: apiRoute({
      method: "PATCH",
      path,
      params: itemParamsSchema,
      body,
      status: 200,
      response: itemResultSchema,
    }),
    move: apiRoute({
      method: "POST",
      path: `${path}/move`,
      params: itemParamsSchema,
      body: moveItemSchema,
      status: 200,
      response: itemResultSchema,
    }),
    remove: apiRoute({
      method: "DELETE",
      path,
      params: itemParamsSchema,
      querystring: removeItemQuerySchema,
      status: 204,
    }),
    references: apiRoute({
      method: "GET",
      path: `${path}/references`,
      params: itemParamsSchema,
      status: 200,
      response: itemReferencesSchema,
    }),
    merge: apiRoute({
      method: "POST",
      path: `${path}/merge`,
      params: itemParamsSchema,
      body: mergeItemSchema,
      status: 200,
      response: itemResultSchema,
    }),
  };
}

/** The item routes of a draft per kind (Handlungsfeld, -ziel, -empfehlung). */
export const conceptItemRoutes = {
  actionField: itemRoutes("action-fields", updateItemSchemas.actionField),
  goal: itemRoutes("goals", updateItemSchemas.goal),
  recommendation: itemRoutes("recommendations", updateItemSchemas.recommendation),
};

/** Adding an item to a draft, per kind. */
export const conceptAddRoutes = {
  actionField: apiRoute({
    method: "POST",
    path: "/concept/versions/:versionId/action-fields",
    params: versionParamsSchema,
    body: addActionFieldSchema,
    status: 201,
    response: itemResultSchema,
  }),
  goal: apiRoute({
    method: "POST",
    path: "/concept/versions/:versionId/goals",
    params: versionParamsSchema,
    body: addGoalSchema,
    status: 201,
    response: itemResultSchema,
  }),
  recommendation: apiRoute({
    method: "POST",
    path: "/concept/versions/:versionId/recommendations",
    params: versionParamsSchema,
    body: addRecommendationSchema,
    status: 201,
    response: itemResultSchema,
  }),
};

const { actionField, goal, recommendation } = conceptItemRoutes;

/** The concept: versions, their diff, the timeline of resolutions, drafts and their editing, import. */
export const conceptRoutes = {
  getConcept: apiRoute({ method: "GET", path: "/concept", status: 200, response: conceptSchema }),
  getConceptVersion: apiRoute({
    method: "GET",
    path: "/concept/versions/:versionId",
    params: versionParamsSchema,
    status: 200,
    response: conceptVersionSchema,
  }),
  getConceptVersionDiff: apiRoute({
    method: "GET",
    path: "/concept/versions/:versionId/diff",
    params: versionParamsSchema,
    status: 200,
    response: conceptDiffSchema,
  }),
  getConceptTimeline: apiRoute({
    method: "GET",
    path: "/concept/timeline",
    querystring: timelineQuerySchema,
    status: 200,
    response: conceptTimelineSchema,
  }),
  createConceptDraft: apiRoute({
    method: "POST",
    path: "/concept/versions",
    body: createDraftSchema,
    status: 201,
    response: conceptVersionSchema,
  }),
  addConceptActionField: conceptAddRoutes.actionField,
  addConceptGoal: conceptAddRoutes.goal,
  addConceptRecommendation: conceptAddRoutes.recommendation,
  updateConceptActionField: actionField.update,
  moveConceptActionField: actionField.move,
  removeConceptActionField: actionField.remove,
  getConceptActionFieldReferences: actionField.references,
  mergeConceptActionField: actionField.merge,
  updateConceptGoal: goal.update,
  moveConceptGoal: goal.move,
  removeConceptGoal: goal.remove,
  getConceptGoalReferences: goal.references,
  mergeConceptGoal: goal.merge,
  updateConceptRecommendation: recommendation.update,
  moveConceptRecommendation: recommendation.move,
  removeConceptRecommendation: recommendation.remove,
  getConceptRecommendationReferences: recommendation.references,
  mergeConceptRecommendation: recommendation.merge,
  previewConceptImport: apiRoute({
    method: "POST",
    path: "/concept/import/preview",
    body: conceptImportInputSchema,
    status: 200,
    response: conceptImportPreviewSchema,
  }),
  importConcept: apiRoute({
    method: "POST",
    path: "/concept/import",
    body: conceptImportInputSchema,
    status: 201,
    response: conceptImportResultSchema,
  }),
};
