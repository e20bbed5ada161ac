import { z } from "zod";
import { tableFormats } from "../domain/file-formats";
import {
  aggregations,
  indicatorDirections,
  indicatorStatuses,
  indicatorUnits,
  observationStatuses,
  periodicities,
  suppressionMarks,
} from "../domain/indicator";
import { chartLanguageSchema, optionalTextSchema, shortTextSchema, uuidSchema } from "./common";
import { calendarDateSchema, trafficLightSchema } from "./measures";

export const indicatorUnitSchema = z.enum(indicatorUnits);
export const indicatorDirectionSchema = z.enum(indicatorDirections);
export const periodicitySchema = z.enum(periodicities);
export const aggregationSchema = z.enum(aggregations);
export const suppressionMarkSchema = z.enum(suppressionMarks);
export const indicatorStatusSchema = z.enum(indicatorStatuses);
/** Superseded values are history: never listed by the API. */
export const observationStatusSchema = z.enum(observationStatuses).exclude(["superseded"]);
/** "2025", "2025-Q2" or "2025-03"; whether it fits the indicator is checked by the server. */
export const periodSchema = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "invalidPeriod");

/** Create and edit an indicator definition (office). */
export const indicatorInputSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "invalidKey"),
    name: shortTextSchema,
    description: optionalTextSchema(5000),
    unit: indicatorUnitSchema,
    direction: indicatorDirectionSchema,
    actionFieldLineageId: uuidSchema.nullable().optional(),
    goalLineageId: uuidSchema.nullable().optional(),
    source: optionalTextSchema(300),
    periodicity: periodicitySchema,
    publishable: z.boolean(),
    aggregation: aggregationSchema,
    numeratorId: uuidSchema.nullable().optional(),
    denominatorId: uuidSchema.nullable().optional(),
    partnerIds: z.array(uuidSchema).max(50).optional(),
    /** false adopts a proposal of the starter catalogue. */
    isProposal: z.boolean().optional(),
  })
  .strict();
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

const fieldRefSchema = z.object({
  lineageId: uuidSchema,
  position: z.number().int(),
  title: z.string(),
});

export const indicatorSummarySchema = z.object({
  id: uuidSchema,
  key: z.string(),
  name: z.string(),
  unit: indicatorUnitSchema,
  direction: indicatorDirectionSchema,
  periodicity: periodicitySchema,
  aggregation: aggregationSchema,
  source: z.string().nullable(),
  publishable: z.boolean(),
  isProposal: z.boolean(),
  actionField: fieldRefSchema.nullable(),
  partnerIds: z.array(uuidSchema),
  /** Status in `year` against its target (approved values only). */
  year: z.number().int(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  status: indicatorStatusSchema,
  trafficLight: trafficLightSchema,
  drafts: z.number().int(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;
export const indicatorListSchema = z.object({ items: z.array(indicatorSummarySchema) });
export type IndicatorList = z.infer<typeof indicatorListSchema>;

export const targetSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  value: z.number().finite(),
  note: z.string().nullable(),
});
export const observationSchema = z.object({
  id: uuidSchema,
  period: z.string(),
  municipality: z
    .object({ id: uuidSchema, name: z.string(), ags: z.string().nullable() })
    .nullable(),
  value: z.number().nullable(),
  mark: suppressionMarkSchema.nullable(),
  source: z.string().nullable(),
  referenceDate: z.string().nullable(),
  enteredBy: z.string(),
  partnerName: z.string().nullable(),
  status: observationStatusSchema,
  approvedAt: z.string().nullable(),
});

export const indicatorSchema = indicatorSummarySchema.extend({
  description: z.string().nullable(),
  goalLineageId: uuidSchema.nullable(),
  actionFieldLineageId: uuidSchema.nullable(),
  numeratorId: uuidSchema.nullable(),
  denominatorId: uuidSchema.nullable(),
  targets: z.array(targetSchema),
  values: z.array(observationSchema),
  /** Approved values per period, aggregated over municipalities (the chart's data table). */
  series: z.array(z.object({ period: z.string(), value: z.number().nullable() })),
  canEdit: z.boolean(),
  canEnter: z.boolean(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const targetsInputSchema = z
  .object({
    targets: z
      .array(
        z
          .object({
            year: z.number().int().min(2000).max(2100),
            value: z.number().finite().min(-1e12).max(1e12),
            note: optionalTextSchema(500),
          })
          .strict(),
      )
      .max(50),
  })
  .strict();
export type TargetsInput = z.infer<typeof targetsInputSchema>;

/** One value: a number, or a suppression mark of the source (never both). */
export const valueInputSchema = z
  .object({
    period: periodSchema,
    municipalityId: uuidSchema.nullable().optional(),
    value: z.number().finite().min(-1e12).max(1e12).nullable().optional(),
    mark: suppressionMarkSchema.nullable().optional(),
    source: optionalTextSchema(300),
    referenceDate: calendarDateSchema.nullable().optional(),
  })
  .strict();
export type ValueInput = z.infer<typeof valueInputSchema>;

export const approveInputSchema = z
  .object({ valueIds: z.array(uuidSchema).min(1).max(500) })
  .strict();

export const indicatorOptionsSchema = z.object({
  actionFields: z.array(
    fieldRefSchema.extend({
      goals: z.array(z.object({ lineageId: uuidSchema, title: z.string() })),
    }),
  ),
  partners: z.array(z.object({ id: uuidSchema, name: z.string() })),
  municipalities: z.array(
    z.object({ id: uuidSchema, name: z.string(), ags: z.string().nullable() }),
  ),
  disclosureThreshold: z.number().int(),
});
export type IndicatorOptions = z.infer<typeof indicatorOptionsSchema>;

export const chartQuerySchema = z
  .object({
    kind: z.enum(["series", "municipalities"]).default("series"),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    /** Cache key the web app adds (changes with the data, so the browser fetches anew). */
    v: z.string().max(100).optional(),
    lang: chartLanguageSchema,
  })
  .strict();

/** Scoped submission links. */
export const linkInputSchema = z
  .object({
    partnerId: uuidSchema,
    indicatorIds: z.array(uuidSchema).min(1).max(50),
    periods: z.array(periodSchema).min(1).max(24),
    expiresOn: calendarDateSchema,
    note: optionalTextSchema(500),
  })
  .strict();
export type LinkInput = z.infer<typeof linkInputSchema>;
export const linkSchema = z.object({
  id: uuidSchema,
  partnerId: uuidSchema,
  partnerName: z.string(),
  indicatorIds: z.array(uuidSchema),
  periods: z.array(z.string()),
  note: z.string().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Link = z.infer<typeof linkSchema>;
export const linkListSchema = z.object({ items: z.array(linkSchema) });
/** Shown once when created: the token is not stored, only its hash. */
export const createdLinkSchema = linkSchema.extend({ token: z.string() });
export type CreatedLink = z.infer<typeof createdLinkSchema>;

export const tokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
export const submissionScopeSchema = z.object({
  partnerName: z.string(),
  expiresAt: z.string(),
  periods: z.array(z.string()),
  indicators: z.array(
    z.object({
      id: uuidSchema,
      key: z.string(),
      name: z.string(),
      unit: indicatorUnitSchema,
      periodicity: periodicitySchema,
    }),
  ),
  municipalities: z.array(z.object({ id: uuidSchema, name: z.string() })),
});
export type SubmissionScope = z.infer<typeof submissionScopeSchema>;
export const submissionInputSchema = z
  .object({
    values: z
      .array(valueInputSchema.omit({ source: true }).extend({ indicatorId: uuidSchema }).strict())
      .min(1)
      .max(500),
  })
  .strict();
export type SubmissionInput = z.infer<typeof submissionInputSchema>;

/** Import of values: CSV text or XLSX as base64; "openData" reads AGS and keeps "." / "*". */
export const valueImportInputSchema = z
  .object({
    format: z.enum(tableFormats),
    content: z.string().min(1).max(5_000_000),
  })
  .strict();
export type ValueImportInput = z.infer<typeof valueImportInputSchema>;
export const valueImportPreviewSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      row: z.number().int(),
      cells: z.array(z.string()),
      problems: z.array(z.object({ column: z.string(), message: z.string() })),
    }),
  ),
  valid: z.boolean(),
});
export type ValueImportPreview = z.infer<typeof valueImportPreviewSchema>;

/** The year the catalogue and an indicator are read for (default: this year). */
export const indicatorYearQuerySchema = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).optional() })
  .strict();
/** The status chart of all indicators: the year and the chart's language. */
export const statusChartQuerySchema = indicatorYearQuerySchema
  .extend({ lang: chartLanguageSchema })
  .strict();
/** How many values a submission link saved (as drafts). */
export const savedValuesSchema = z.object({ saved: z.number().int() });
/** How many values an import saved (as drafts; all or none). */
export const importedValuesSchema = z.object({ imported: z.number().int() });
