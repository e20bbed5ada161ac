import { z } from "zod";
import { uuidSchema } from "./common";
import { resolutionSchema } from "./resolution";

/** Which action fields an effect reaches: every field, or the lineages it names. */
export const fieldReachSchema = z.union([z.literal("all"), z.array(uuidSchema)]);

export const timelineEntrySchema = z.object({
  resolution: resolutionSchema,
  /** One entry per effect, in the resolution's order. */
  reach: z.array(fieldReachSchema),
});

export const conceptTimelineSchema = z
  .object({
    entries: z.array(timelineEntrySchema),
    /** Names the effects refer to by id: field lineages, funds, committees, versions. */
    names: z.object({
      actionFields: z.record(z.string(), z.string()),
      funds: z.record(z.string(), z.string()),
      committees: z.record(z.string(), z.string()),
      versions: z.record(z.string(), z.object({ number: z.number().int(), title: z.string() })),
    }),
  })
  .meta({ id: "ConceptTimeline" });
export type ConceptTimeline = z.infer<typeof conceptTimelineSchema>;

export const timelineQuerySchema = z
  .object({ actionFieldLineageId: uuidSchema.optional() })
  .strict();
