import { z } from "zod";
import { overdueReasonKinds, trafficLights } from "../domain/measure-progress";
import { measureStatuses } from "../domain/measure-status";
import { municipalityKinds } from "../domain/partners";
import { translationLanguageCodes } from "../domain/public-languages";
import {
  calendarDateSchema,
  optionalTextSchema,
  shortTextSchema,
  sortOrderSchema,
  uuidSchema,
} from "./common";
import { nonNegativeCentsSchema } from "./money";
import { partnerSummarySchema } from "./partners";

export { calendarDateSchema };

export const measureStatusSchema = z.enum(measureStatuses);
export const trafficLightSchema = z.enum(trafficLights);
export const municipalityKindSchema = z.enum(municipalityKinds);

const fteSchema = z.number().min(0).max(1000).multipleOf(0.01);

export const milestoneInputSchema = z
  .object({
    title: shortTextSchema,
    dueOn: calendarDateSchema,
    doneOn: calendarDateSchema.nullable().optional(),
  })
  .strict();

/** Languages a measure's public title/description may be translated into (German is the original). */
export const measureTranslationLanguages = translationLanguageCodes;
export const measureTranslationSchema = z
  .object({
    lang: z.enum(measureTranslationLanguages),
    title: shortTextSchema,
    description: optionalTextSchema(10_000),
  })
  .strict();
export type MeasureTranslation = z.infer<typeof measureTranslationSchema>;

/** Create and edit a measure (the same schema for the form and the server). */
export const measureInputSchema = z
  .object({
    title: shortTextSchema,
    description: optionalTextSchema(10_000),
    measureTypeId: uuidSchema,
    recommendationIds: z.array(uuidSchema).min(1).max(50),
    startOn: calendarDateSchema.nullable().optional(),
    endOn: calendarDateSchema.nullable().optional(),
    responsibleUnit: optionalTextSchema(300),
    responsiblePerson: optionalTextSchema(300),
    targetGroups: z.array(shortTextSchema).max(30).optional(),
    languages: z.array(shortTextSchema).max(30).optional(),
    partnerIds: z.array(uuidSchema).max(50).optional(),
    leadPartnerId: uuidSchema.nullable().optional(),
    municipalityIds: z.array(uuidSchema).max(50).optional(),
    milestones: z.array(milestoneInputSchema).max(100).optional(),
    plannedCents: nonNegativeCentsSchema.optional(),
    plannedFte: fteSchema.optional(),
    weight: z.number().int().min(1).max(10).optional(),
    manualCompletion: z.number().int().min(0).max(100).nullable().optional(),
    internalNote: optionalTextSchema(5000),
    /** Shown on the public site; default not public. */
    isPublic: z.boolean().optional(),
    /** Public title/description per language; replaces all translations when given. */
    translations: z.array(measureTranslationSchema).max(5).optional(),
  })
  .strict();
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const statusChangeInputSchema = z
  .object({
    status: measureStatusSchema,
    changedOn: calendarDateSchema,
    reason: z.string().trim().min(1).max(2000),
  })
  .strict();
export type StatusChangeInput = z.infer<typeof statusChangeInputSchema>;

export const figureSchema = z
  .object({
    label: shortTextSchema,
    value: z.number().finite().min(-1e12).max(1e12),
    unit: z.string().trim().max(50).nullable().optional(),
  })
  .strict();

export const progressInputSchema = z
  .object({
    reportedOn: calendarDateSchema,
    trafficLight: trafficLightSchema,
    text: z.string().trim().min(1).max(10_000),
    figures: z.array(figureSchema).max(20).optional(),
  })
  .strict();
export type ProgressInput = z.infer<typeof progressInputSchema>;

export const progressUpdateSchema = z.object({
  id: uuidSchema,
  reportedOn: z.string(),
  trafficLight: trafficLightSchema,
  text: z.string(),
  figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().nullable() })),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

const ref = z.object({ id: uuidSchema, title: z.string() });

export const measureSummarySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  status: measureStatusSchema,
  measureType: z.string(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  actionFields: z.array(ref.extend({ position: z.number().int() })),
  trafficLight: trafficLightSchema,
  latestUpdateOn: z.string().nullable(),
  /** The light is older than the tenant's staleness limit: shown as "veraltet" with its date. */
  trafficLightStale: z.boolean(),
  completion: z.number().int(),
  overdue: z.boolean(),
  overdueReasons: z.array(z.enum(overdueReasonKinds)),
  isExample: z.boolean(),
});
export type MeasureSummary = z.infer<typeof measureSummarySchema>;

export const measureSchema = measureSummarySchema
  .extend({
    description: z.string().nullable(),
    measureTypeId: uuidSchema,
    recommendations: z.array(
      ref.extend({
        goal: ref,
        actionField: ref.extend({ position: z.number().int() }),
      }),
    ),
    responsibleUnit: z.string().nullable(),
    responsiblePerson: z.string().nullable(),
    targetGroups: z.array(z.string()),
    languages: z.array(z.string()),
    partners: z.array(partnerSummarySchema.extend({ isLead: z.boolean() })),
    municipalities: z.array(z.object({ id: uuidSchema, name: z.string() })),
    milestones: z.array(
      z.object({
        id: uuidSchema,
        title: z.string(),
        dueOn: z.string(),
        doneOn: z.string().nullable(),
      }),
    ),
    plannedCents: z.number().int(),
    plannedFte: z.number(),
    weight: z.number().int(),
    manualCompletion: z.number().int().nullable(),
    /** Only for signed-in staff; null for the public. */
    internalNote: z.string().nullable(),
    isPublic: z.boolean(),
    translations: z.array(
      z.object({
        lang: z.enum(measureTranslationLanguages),
        title: z.string(),
        description: z.string().nullable(),
      }),
    ),
    latestUpdate: progressUpdateSchema.nullable(),
    updates: z.array(progressUpdateSchema),
    statusHistory: z.array(
      z.object({
        id: uuidSchema,
        fromStatus: measureStatusSchema.nullable(),
        toStatus: measureStatusSchema,
        changedOn: z.string(),
        reason: z.string(),
      }),
    ),
    canReport: z.boolean(),
  })
  .meta({ id: "Measure" });
export type Measure = z.infer<typeof measureSchema>;

export const measureSorts = ["title", "status", "startOn", "endOn", "latestUpdate"] as const;
export const measureSortSchema = z.enum(measureSorts);
const boolParam = z.enum(["true", "false"]).transform((v) => v === "true");

export const measureListQuerySchema = z
  .object({
    field: uuidSchema.optional(),
    goal: uuidSchema.optional(),
    recommendation: uuidSchema.optional(),
    status: measureStatusSchema.optional(),
    partner: uuidSchema.optional(),
    municipality: uuidSchema.optional(),
    overdue: boolParam.optional(),
    q: z.string().trim().max(200).optional(),
    sort: measureSortSchema.optional(),
    order: sortOrderSchema.optional(),
    page: z.coerce.number().int().min(1).max(10_000).optional(),
    pageSize: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();
export type MeasureListFilter = z.output<typeof measureListQuerySchema>;

export const measureListSchema = z
  .object({
    items: z.array(measureSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "MeasureList" });
export type MeasureList = z.infer<typeof measureListSchema>;

export const partnerSchema = partnerSummarySchema
  .extend({
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    website: z.string().nullable(),
    measures: z.array(measureSummarySchema),
  })
  .meta({ id: "Partner" });
export type Partner = z.infer<typeof partnerSchema>;

export const measureOptionsSchema = z
  .object({
    /** Whether the caller may create and edit measures (the web shows the forms then). */
    canEdit: z.boolean(),
    measureTypes: z.array(z.object({ id: uuidSchema, key: z.string(), name: z.string() })),
    partners: z.array(partnerSummarySchema),
    municipalities: z.array(
      z.object({
        id: uuidSchema,
        name: z.string(),
        kind: municipalityKindSchema,
        ags: z.string().nullable(),
        /** Retired: kept where a measure names it, not offered for new choices. */
        retired: z.boolean(),
      }),
    ),
    actionFields: z.array(
      ref.extend({
        position: z.number().int(),
        goals: z.array(ref.extend({ recommendations: z.array(ref) })),
      }),
    ),
  })
  .meta({ id: "MeasureOptions" });
export type MeasureOptions = z.infer<typeof measureOptionsSchema>;

const rollUpSchema = z.object({
  id: uuidSchema,
  measureCount: z.number().int(),
  completion: z.number().int().nullable(),
  lights: z.record(trafficLightSchema, z.number().int()),
  overdueCount: z.number().int(),
  /** Lights older than the staleness limit ("veraltet"). */
  staleCount: z.number().int(),
});
export type RollUpEntry = z.infer<typeof rollUpSchema>;

export const measureRollUpSchema = z
  .object({
    fields: z.array(rollUpSchema),
    goals: z.array(rollUpSchema),
    recommendations: z.array(rollUpSchema),
  })
  .meta({ id: "MeasureRollUp" });
export type MeasureRollUp = z.infer<typeof measureRollUpSchema>;
