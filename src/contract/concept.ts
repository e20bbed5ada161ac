import { z } from "zod";
import { conceptVersionStatuses, recommendationStatuses } from "../domain/concept-version";
import { isoDateSchema, uuidSchema } from "./common";

export const recommendationStatusSchema = z.enum(recommendationStatuses);

export const recommendationSchema = z.object({
  id: uuidSchema,
  lineageId: uuidSchema,
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  status: recommendationStatusSchema,
  isExample: z.boolean(),
});

export const goalSchema = z.object({
  id: uuidSchema,
  lineageId: uuidSchema,
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  isExample: z.boolean(),
  recommendations: z.array(recommendationSchema),
});

export const actionFieldSchema = z.object({
  id: uuidSchema,
  lineageId: uuidSchema,
  position: z.number().int(),
  title: z.string(),
  guidingGoal: z.string().nullable(),
  isExample: z.boolean(),
  goals: z.array(goalSchema),
});
export type ActionField = z.infer<typeof actionFieldSchema>;

export const conceptVersionStatusSchema = z.enum(conceptVersionStatuses);

export const conceptVersionSummarySchema = z.object({
  id: uuidSchema,
  number: z.number().int(),
  title: z.string(),
  status: conceptVersionStatusSchema,
  adoptedOn: isoDateSchema.nullable(),
});

export const conceptVersionSchema = conceptVersionSummarySchema
  .extend({
    adoptedBy: z
      .object({ committee: z.string(), decidedOn: isoDateSchema, resolutionId: uuidSchema })
      .nullable(),
    actionFields: z.array(actionFieldSchema),
  })
  .meta({ id: "ConceptVersion" });
export type ConceptVersion = z.infer<typeof conceptVersionSchema>;

export const conceptSchema = z
  .object({
    current: conceptVersionSchema.nullable(),
    versions: z.array(conceptVersionSummarySchema),
    /** Whether the reader may create and edit drafts. */
    mayEdit: z.boolean(),
  })
  .meta({ id: "Concept" });
export type Concept = z.infer<typeof conceptSchema>;

/** Creating a draft copies the adopted version (or the one named) into a new draft. */
export const createDraftSchema = z
  .object({
    basedOnVersionId: uuidSchema.optional(),
    title: z.string().trim().min(1).max(300).optional(),
  })
  .strict();
export type CreateDraft = z.infer<typeof createDraftSchema>;

export const addGoalSchema = z
  .object({
    actionFieldId: uuidSchema,
    title: z.string().trim().min(1).max(500),
    description: z.string().trim().max(5000).optional(),
  })
  .strict();
export type AddGoal = z.infer<typeof addGoalSchema>;

export const versionParamsSchema = z.object({ versionId: uuidSchema });
