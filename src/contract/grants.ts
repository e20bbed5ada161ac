import { z } from "zod";
import { applicationStates, costKinds, financingTypes } from "../domain/grants";
import { maxCents } from "../domain/money";
import { calendarDateSchema, idParamsSchema, optionalTextSchema, uuidSchema } from "./common";
import { positiveCentsSchema } from "./money";

/**
 * Zuwendungen an Träger. Amounts are integer cents; a plan's amounts may arrive
 * negative so that the domain (domain/grants.ts) names the field with its own message.
 */
const signedCents = z.int().min(-maxCents).max(maxCents, "moneyTooLarge");
const text = (max: number) => z.string().trim().min(1).max(max);

export const financingTypeSchema = z.enum(financingTypes);
export const costKindSchema = z.enum(costKinds);
export const applicationStateSchema = z.enum(applicationStates);

export const costLineSchema = z.strictObject({
  costKind: costKindSchema,
  amountCents: signedCents,
});

export const programmeInputSchema = z.strictObject({
  fundId: uuidSchema,
  title: text(300),
  purpose: text(5000),
  deadline: calendarDateSchema.nullable().optional(),
  financingType: financingTypeSchema,
  /** Highest share of the total cost, in basis points (10000 = 100 %). */
  maxShareBasisPoints: z
    .int({ error: "sharePercent" })
    .min(1, { error: "sharePercent" })
    .max(10000, { error: "sharePercent" }),
  eligibleCostKinds: z.array(costKindSchema).min(1).max(costKinds.length),
  conditions: text(50_000),
  /** "Only what is needed within N months"; null: no such rule. */
  paymentWithinMonths: z.int().min(0).max(24).nullable().optional(),
  proofDueMonths: z.int().min(0).max(36).optional(),
  /** A cost kind may exceed its plan by this many per cent (ANBest-P Nr. 1.2; default 20). */
  overspendAllowancePercent: z.int().min(0).max(100).optional(),
  noticeTemplate: optionalTextSchema(50_000),
  legalRemedy: optionalTextSchema(10_000),
});
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

export const programmeSchema = z
  .object({
    id: uuidSchema,
    fundId: uuidSchema,
    fundName: z.string(),
    title: z.string(),
    purpose: z.string(),
    deadline: z.string().nullable(),
    financingType: financingTypeSchema,
    maxShareBasisPoints: z.int(),
    eligibleCostKinds: z.array(costKindSchema),
    conditions: z.string(),
    paymentWithinMonths: z.int().nullable(),
    proofDueMonths: z.int(),
    overspendAllowancePercent: z.int(),
    noticeTemplate: z.string().nullable(),
    legalRemedy: z.string().nullable(),
  })
  .meta({ id: "GrantProgramme" });
export type Programme = z.infer<typeof programmeSchema>;
export const programmeListSchema = z.object({ items: z.array(programmeSchema) });

/** A new measure proposed with an application: what the measure form requires at least. */
export const proposedMeasureSchema = z.strictObject({
  title: text(300),
  description: optionalTextSchema(10_000),
  measureTypeId: uuidSchema,
  recommendationIds: z.array(uuidSchema).min(1).max(50),
});

export const applicationInputSchema = z.strictObject({
  programmeId: uuidSchema,
  /** The provider (partner organisation); a partner account may only name its own. */
  partnerId: uuidSchema.nullable().optional(),
  measureId: uuidSchema.nullable().optional(),
  /** Or a new measure: created when the application is granted (not together with measureId). */
  proposedMeasure: proposedMeasureSchema.nullable().optional(),
  title: text(300),
  description: optionalTextSchema(10_000),
  costPlan: z.array(costLineSchema).max(costKinds.length),
  financing: z.strictObject({
    ownCents: signedCents,
    thirdPartyCents: signedCents,
    requestedCents: signedCents,
  }),
  periodFrom: calendarDateSchema,
  periodTo: calendarDateSchema,
});
export type ApplicationInput = z.infer<typeof applicationInputSchema>;

export const reasonInputSchema = z.strictObject({ reason: optionalTextSchema(5000) });
export const refuseInputSchema = z.strictObject({ reason: text(5000) });

export const grantDecisionInputSchema = z.strictObject({
  grantedCents: positiveCentsSchema,
  /** The measure the commitment is booked for (default: the application's). */
  measureId: uuidSchema.nullable().optional(),
  /** Aktenzeichen of the notice; the commitment's document reference. */
  noticeReference: text(200),
  reason: optionalTextSchema(5000),
});

export const paymentRequestInputSchema = z.strictObject({
  amountCents: signedCents,
  /** The day by which the money will be spent. */
  neededBy: calendarDateSchema,
});

export const proofInputSchema = z.strictObject({
  report: text(50_000),
  actualCosts: z.array(costLineSchema).max(costKinds.length),
  actualThirdPartyCents: signedCents,
});

const eventSchema = z.object({
  fromState: applicationStateSchema.nullable(),
  toState: applicationStateSchema,
  on: z.string(),
  reason: z.string().nullable(),
});

export const paymentRequestSchema = z
  .object({
    id: uuidSchema,
    amountCents: z.int(),
    requestedOn: z.string(),
    neededBy: z.string(),
    state: z.enum(["requested", "approved", "refused"]),
    decidedOn: z.string().nullable(),
    reason: z.string().nullable(),
    bookingId: uuidSchema.nullable(),
  })
  .meta({ id: "GrantPaymentRequest" });

export const proofSchema = z.object({
  id: uuidSchema,
  report: z.string(),
  actualCosts: z.array(costLineSchema),
  actualThirdPartyCents: z.int(),
  submittedOn: z.string(),
  state: z.enum(["submitted", "confirmed"]),
  /** Computed from the figures (domain/grant-money.ts), before and after confirming. */
  entitledCents: z.int(),
  reclaimCents: z.int(),
  releaseCents: z.int(),
  stillOwedCents: z.int(),
  confirmedOn: z.string().nullable(),
  comparison: z.array(
    z.object({
      costKind: costKindSchema,
      plannedCents: z.int(),
      actualCents: z.int(),
      differenceCents: z.int(),
      /** The most this kind counts: plan + overspend allowance (ANBest-P Nr. 1.2). */
      capCents: z.int(),
      /** What of the actual cost counts for the entitlement. */
      eligibleCents: z.int(),
    }),
  ),
});

/** Anlage eines Antrags (the same file rules as a paper's, domain/paper-files.ts). */
export const applicationFileSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.int(),
    createdAt: z.string(),
  })
  .meta({ id: "GrantApplicationFile" });
export type ApplicationFile = z.infer<typeof applicationFileSchema>;
/** One Anlage of an application. */
export const applicationFileParamsSchema = idParamsSchema.extend({ fileId: uuidSchema });

export const applicationSchema = z
  .object({
    id: uuidSchema,
    programmeId: uuidSchema,
    programmeTitle: z.string(),
    fundId: uuidSchema,
    financingType: financingTypeSchema,
    partnerId: uuidSchema,
    partnerName: z.string(),
    measureId: uuidSchema.nullable(),
    proposedMeasure: proposedMeasureSchema.nullable(),
    title: z.string(),
    description: z.string().nullable(),
    costPlan: z.array(costLineSchema),
    totalCostCents: z.int(),
    financing: z.object({
      ownCents: z.int(),
      thirdPartyCents: z.int(),
      requestedCents: z.int(),
    }),
    periodFrom: z.string(),
    periodTo: z.string(),
    state: applicationStateSchema,
    grantedCents: z.int().nullable(),
    paidCents: z.int(),
    commitmentId: uuidSchema.nullable(),
    noticeReference: z.string().nullable(),
    decidedOn: z.string().nullable(),
    proofDueOn: z.string().nullable(),
    events: z.array(eventSchema),
    paymentRequests: z.array(paymentRequestSchema),
    proof: proofSchema.nullable(),
    files: z.array(applicationFileSchema),
  })
  .meta({ id: "GrantApplication" });
export type Application = z.infer<typeof applicationSchema>;

export const applicationSummarySchema = applicationSchema.pick({
  id: true,
  programmeId: true,
  programmeTitle: true,
  partnerId: true,
  partnerName: true,
  title: true,
  state: true,
  totalCostCents: true,
  grantedCents: true,
  paidCents: true,
  periodFrom: true,
  periodTo: true,
});
export const applicationListSchema = z.object({
  items: z.array(
    applicationSummarySchema.extend({ requestedCents: z.int(), proofDueOn: z.string().nullable() }),
  ),
});
export type ApplicationList = z.infer<typeof applicationListSchema>;

export const applicationListQuerySchema = z.strictObject({
  programmeId: uuidSchema.optional(),
  fundId: uuidSchema.optional(),
  /** One provider organisation's applications (a partner account sees only its own anyway). */
  partnerId: uuidSchema.optional(),
});

/** The pipeline of a programme: asked, granted, paid, proven (entitled), reclaimed. */
export const pipelineSchema = z.object({
  items: z.array(
    z.object({
      programmeId: uuidSchema,
      programmeTitle: z.string(),
      fundId: uuidSchema,
      applications: z.int(),
      askedCents: z.int(),
      grantedCents: z.int(),
      paidCents: z.int(),
      provenCents: z.int(),
      reclaimedCents: z.int(),
    }),
  ),
});
export type Pipeline = z.infer<typeof pipelineSchema>;
/** The pipelines (per programme, per provider), optionally of one fund. */
export const pipelineQuerySchema = z.strictObject({ fundId: z.uuid().optional() });
