import { z } from "zod";
import { reportingCadences, resolutionOutcomes } from "../domain/council-vocabulary";
import { isoDateSchema, uuidSchema } from "./common";
import { nonNegativeCentsSchema } from "./money";

export const resolutionOutcomeSchema = z.enum(resolutionOutcomes);

export const reportingCadenceSchema = z.enum(reportingCadences);

const optionalDate = isoDateSchema.nullish();

/** One entry of a fund's purpose as a resolution states it. */
export const fundPurposeSpecSchema = z
  .object({
    kind: z.enum(["actionField", "goal", "recommendation", "measure", "measureType"]),
    actionFieldLineageId: uuidSchema.nullish(),
    targetId: uuidSchema.nullish(),
    measureTypeId: uuidSchema.nullish(),
    note: z.string().trim().max(1000).nullish(),
  })
  .strict();

/** What an adopted resolution changes in Kurs; applied in the same transaction. */
export const resolutionEffectSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("adoptConceptVersion"), conceptVersionId: uuidSchema }).strict(),
  z.object({ type: z.literal("confirmConceptVersion"), conceptVersionId: uuidSchema }).strict(),
  z
    .object({
      type: z.literal("setFocus"),
      actionFieldLineageId: uuidSchema,
      validFrom: optionalDate,
      validTo: optionalDate,
    })
    .strict(),
  z
    .object({
      type: z.literal("grantFund"),
      name: z.string().trim().min(1).max(300),
      fiscalYear: z.number().int().min(2000).max(2100),
      estimateCents: nonNegativeCentsSchema,
      budgetLine: z.string().trim().max(200).nullish(),
      purpose: z.array(fundPurposeSpecSchema).max(50),
    })
    .strict(),
  z
    .object({
      type: z.literal("changeFundPurpose"),
      fundId: uuidSchema,
      validFrom: optionalDate,
      purpose: z.array(fundPurposeSpecSchema).min(1).max(50),
    })
    .strict(),
  z
    .object({
      type: z.literal("requireReporting"),
      committeeId: uuidSchema,
      cadence: reportingCadenceSchema,
      validFrom: optionalDate,
      subject: z.string().trim().max(1000).nullish(),
    })
    .strict(),
  z
    .object({ type: z.literal("endReporting"), reportingDutyId: uuidSchema, validTo: optionalDate })
    .strict(),
]);
export type ResolutionEffectInput = z.infer<typeof resolutionEffectSchema>;

export const recordResolutionSchema = z
  .object({
    committeeId: uuidSchema,
    meetingId: uuidSchema.optional(),
    paperId: uuidSchema.optional(),
    consultationId: uuidSchema.optional(),
    decidedOn: isoDateSchema,
    outcome: resolutionOutcomeSchema,
    text: z.string().trim().min(1).max(20_000),
    effects: z.array(resolutionEffectSchema).max(20).default([]),
    correctsResolutionId: uuidSchema.optional(),
  })
  .strict();
export type RecordResolution = z.input<typeof recordResolutionSchema>;

export const resolutionSchema = z
  .object({
    id: uuidSchema,
    committee: z.object({ id: uuidSchema, name: z.string() }),
    meeting: z.object({ id: uuidSchema, name: z.string(), meetingDate: isoDateSchema }).nullable(),
    paper: z
      .object({ id: uuidSchema, reference: z.string().nullable(), title: z.string() })
      .nullable(),
    consultationId: uuidSchema.nullable(),
    decidedOn: isoDateSchema,
    outcome: resolutionOutcomeSchema,
    text: z.string(),
    effects: z.array(resolutionEffectSchema),
    correctsResolutionId: uuidSchema.nullable(),
    correctedBy: z.array(uuidSchema),
    recordedAt: z.string(),
  })
  .meta({ id: "Resolution" });
export type Resolution = z.infer<typeof resolutionSchema>;

export const resolutionListSchema = z.object({ items: z.array(resolutionSchema) });

/** The list of resolutions, optionally those of one paper. */
export const resolutionQuerySchema = z.object({ paperId: uuidSchema.optional() }).strict();
