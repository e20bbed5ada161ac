import { z } from "zod";
import { conceptItemKinds } from "../domain/concept-diff";
import { uuidSchema } from "./common";
import { conceptVersionSummarySchema } from "./concept";

const kind = z.enum(conceptItemKinds);
const ref = { kind, lineageId: uuidSchema, title: z.string() };
const parent = uuidSchema.nullable();

/** One change between two concept versions, matched by lineage. */
export const conceptChangeSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("added"), ...ref, parentLineageId: parent }),
  z.object({
    type: z.literal("removed"),
    ...ref,
    parentLineageId: parent,
    /** Merged into / re-linked to this item (its title in parentTitles); null: just removed. */
    relinkedToLineageId: parent,
  }),
  z.object({ type: z.literal("renamed"), ...ref, previousTitle: z.string() }),
  z.object({
    type: z.literal("described"),
    ...ref,
    previousText: z.string().nullable(),
    text: z.string().nullable(),
  }),
  z.object({
    type: z.literal("moved"),
    ...ref,
    previousParentLineageId: parent,
    parentLineageId: parent,
    previousPosition: z.number().int(),
    position: z.number().int(),
  }),
]);
export type ConceptChange = z.infer<typeof conceptChangeSchema>;

export const conceptDiffSchema = z
  .object({
    version: conceptVersionSummarySchema,
    /** The version it was based on (or the one numbered before it); null for the first. */
    previous: conceptVersionSummarySchema.nullable(),
    changes: z.array(conceptChangeSchema),
    /** Titles of the parents the changes name, by lineage (from either version). */
    parentTitles: z.record(z.string(), z.string()),
  })
  .meta({ id: "ConceptDiff" });
export type ConceptDiff = z.infer<typeof conceptDiffSchema>;
