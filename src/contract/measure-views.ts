import { z } from "zod";
import { measureStatuses } from "../domain/measure-status";
import { uuidSchema as uuid } from "./common";
import { measureSummarySchema, municipalityKindSchema } from "./measures";

/** Gantt-style timeline: the measures of each action field with their start and end. */
export const measureTimelineSchema = z
  .object({
    /** The span the bars are drawn in (first start to last end), null without dated measures. */
    from: z.string().nullable(),
    to: z.string().nullable(),
    fields: z.array(
      z.object({
        id: uuid.nullable(),
        title: z.string(),
        position: z.number().int().nullable(),
        measures: z.array(measureSummarySchema),
      }),
    ),
  })
  .meta({ id: "MeasureTimeline" });
export type MeasureTimeline = z.infer<typeof measureTimelineSchema>;

const statusCounts = z.object(
  Object.fromEntries(measureStatuses.map((s) => [s, z.number().int()])) as Record<
    (typeof measureStatuses)[number],
    z.ZodNumber
  >,
);

/** Measures by municipality (map-free): counts per status for each Stadt, Gemeinde, Samtgemeinde. */
export const measuresByMunicipalitySchema = z
  .object({
    municipalities: z.array(
      z.object({
        id: uuid,
        name: z.string(),
        kind: municipalityKindSchema,
        counts: statusCounts,
        total: z.number().int(),
      }),
    ),
    /** Measures named for no municipality (county-wide). */
    countyWide: z.object({ counts: statusCounts, total: z.number().int() }),
  })
  .meta({ id: "MeasuresByMunicipality" });
export type MeasuresByMunicipality = z.infer<typeof measuresByMunicipalitySchema>;

/** How the office steers the overdue flag: days without a progress update (default 90). */
export const measureSettingsSchema = z
  .object({ overdueDays: z.number().int(), isDefault: z.boolean() })
  .meta({ id: "MeasureSettings" });
export type MeasureSettings = z.infer<typeof measureSettingsSchema>;

export const measureSettingsInputSchema = z
  .object({ overdueDays: z.number().int().min(7).max(730) })
  .strict();
export type MeasureSettingsInput = z.infer<typeof measureSettingsInputSchema>;

/** A new measure type (Maßnahmenart): the office extends the list. */
export const measureTypeInputSchema = z.object({ name: z.string().trim().min(2).max(80) }).strict();
export type MeasureTypeInput = z.infer<typeof measureTypeInputSchema>;

export const measureTypeSchema = z
  .object({ id: uuid, key: z.string(), name: z.string() })
  .meta({ id: "MeasureType" });
export type MeasureType = z.infer<typeof measureTypeSchema>;
