import { z } from "zod";
import { type ConceptItemKind, conceptItemKinds } from "../domain/concept-diff";
import { uuidSchema } from "./common";
import { recommendationStatusSchema } from "./concept";

/**
 * The three kinds of items of a concept version and their path segment in the API.
 * Handlungsfelder carry a Leitziel (guidingGoal); goals and recommendations a description.
 */
export { type ConceptItemKind, conceptItemKinds };
export const conceptItemPath: Record<ConceptItemKind, string> = {
  actionField: "action-fields",
  goal: "goals",
  recommendation: "recommendations",
};

export const itemParamsSchema = z.object({ versionId: uuidSchema, itemId: uuidSchema });

const title = z.string().trim().min(1).max(500);
const longText = z.string().trim().max(5000).nullable();
const atLeastOne = (value: object) => Object.keys(value).length > 0;

export const updateActionFieldSchema = z
  .object({ title: title.optional(), guidingGoal: longText.optional() })
  .strict()
  .refine(atLeastOne, { message: "Nothing to change" });
export const updateGoalSchema = z
  .object({ title: title.optional(), description: longText.optional() })
  .strict()
  .refine(atLeastOne, { message: "Nothing to change" });
export const updateRecommendationSchema = z
  .object({
    title: title.optional(),
    description: longText.optional(),
    status: recommendationStatusSchema.optional(),
  })
  .strict()
  .refine(atLeastOne, { message: "Nothing to change" });

/** Rename or describe an item; for a Handlungsfeld `guidingGoal` is its Leitziel. */
export type UpdateConceptItem = {
  title?: string;
  description?: string | null;
  guidingGoal?: string | null;
  status?: z.infer<typeof recommendationStatusSchema>;
};

export const updateItemSchemas = {
  actionField: updateActionFieldSchema,
  goal: updateGoalSchema,
  recommendation: updateRecommendationSchema,
} as const;

/** Moves an item one place up or down among the children of the same parent. */
export const moveItemSchema = z.object({ direction: z.enum(["up", "down"]) }).strict();
export type MoveItem = z.infer<typeof moveItemSchema>;

export const addRecommendationSchema = z
  .object({
    goalId: uuidSchema,
    title,
    description: z.string().trim().max(5000).optional(),
  })
  .strict();
export type AddRecommendation = z.infer<typeof addRecommendationSchema>;

export const itemResultSchema = z.object({ id: uuidSchema, position: z.number().int() });

/** A new Handlungsfeld at the end of a draft. */
export const addActionFieldSchema = z.object({ title, guidingGoal: longText.optional() }).strict();

/** Merge an item into another of the same kind in the same draft. */
export const mergeItemSchema = z.object({ intoId: uuidSchema }).strict();

/** Removing an item that measures, funds or indicators point at names where they go. */
export const removeItemQuerySchema = z.object({ relinkTo: uuidSchema.optional() }).strict();

export const itemReferencesSchema = z
  .object({
    count: z.number().int(),
    candidates: z.array(z.object({ id: uuidSchema, title: z.string() })),
  })
  .meta({ id: "ConceptItemReferences" });
export type ItemReferences = z.infer<typeof itemReferencesSchema>;
