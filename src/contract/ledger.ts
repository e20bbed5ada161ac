import { z } from "zod";
import { forecastWarnings } from "../domain/budget-forecast";
import { fundSourceKinds } from "../domain/budget-sources";
import { fundPurposeKinds } from "../domain/fund-purpose";
import { approvalKinds, bookingKinds } from "../domain/ledger";
import { chartLanguageSchema, isoDateSchema, uuidSchema } from "./common";
import { decisionDeadlineSchema } from "./decision-deadline";
import { positiveCentsSchema } from "./money";

/** Integer cents only, within the bound: a float (12.5) is refused (400), never rounded. */
const centsSchema = positiveCentsSchema;
const text = (max: number) => z.string().trim().min(1).max(max);
const common = {
  date: isoDateSchema,
  documentReference: text(200).nullish(),
  note: text(2000).nullish(),
  /**
   * A late booking (Nachbuchung) into a fiscal year that has ended, inside its closing period:
   * refused without it, audited with it.
   */
  lateBooking: z.strictObject({ reason: text(2000) }).nullish(),
};

export const approvalKindSchema = z.enum(approvalKinds);

/** A booking request; each kind carries its own fields. Unknown fields are refused. */
export const bookingInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("commitment"),
    measureId: uuidSchema,
    amountCents: centsSchema,
    ...common,
  }),
  z.strictObject({
    kind: z.literal("payment"),
    commitmentId: uuidSchema,
    amountCents: centsSchema,
    ...common,
  }),
  z.strictObject({
    kind: z.literal("release"),
    commitmentId: uuidSchema,
    /** Default: the commitment's whole open rest. */
    amountCents: centsSchema.optional(),
    ...common,
  }),
  z.strictObject({
    kind: z.literal("reversal"),
    reversesBookingId: uuidSchema,
    reason: text(2000),
    ...common,
  }),
  z.strictObject({
    kind: z.literal("transfer"),
    counterFundId: uuidSchema,
    amountCents: centsSchema,
    resolutionReference: text(300),
    ...common,
  }),
  z.strictObject({
    /** Über-/außerplanmäßige Bewilligung: raises the fund; the only way past what is available. */
    kind: z.literal("supplement"),
    amountCents: centsSchema,
    approvalKind: approvalKindSchema,
    /** The resolution's or the Landrat's decision's reference (e.g. "KT 2024/117"). */
    resolutionReference: text(300),
    reason: text(2000).nullish(),
    ...common,
  }),
  z.strictObject({
    /**
     * Haushaltsrest: carries free rest into the next year's fund (counterFundId, or the fund
     * carried from this one, created on first use with the same grant and purpose).
     */
    kind: z.literal("carryOver"),
    amountCents: centsSchema,
    counterFundId: uuidSchema.nullish(),
    approvalKind: approvalKindSchema,
    resolutionReference: text(300),
    ...common,
  }),
  z.strictObject({
    kind: z.enum(["block", "unblock"]),
    amountCents: centsSchema,
    reason: text(2000).nullish(),
    resolutionReference: text(300).nullish(),
    ...common,
  }),
]);
export type BookingInput = z.infer<typeof bookingInputSchema>;

export const bookingKindSchema = z.enum(bookingKinds);

export const bookingSchema = z
  .object({
    id: uuidSchema,
    fundId: uuidSchema,
    kind: bookingKindSchema,
    amountCents: z.int(),
    date: isoDateSchema,
    measureId: uuidSchema.nullable(),
    commitmentId: uuidSchema.nullable(),
    reversesBookingId: uuidSchema.nullable(),
    counterFundId: uuidSchema.nullable(),
    documentReference: z.string().nullable(),
    note: z.string().nullable(),
    reason: z.string().nullable(),
    resolutionReference: z.string().nullable(),
    approvalKind: approvalKindSchema.nullable(),
    /** Set on a late booking (Nachbuchung) into a closed fiscal year: its reason. */
    lateBookingReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "Booking" });
export type Booking = z.infer<typeof bookingSchema>;

export const bookingListSchema = z
  .object({
    items: z.array(bookingSchema),
    /** Titles of the measures the bookings name (for anonymous readers: published ones only). */
    measureTitles: z.record(uuidSchema, z.string()),
  })
  .meta({ id: "BookingList" });
export type BookingList = z.infer<typeof bookingListSchema>;

export const fundPurposeSchema = z.object({
  kind: z.enum(fundPurposeKinds),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  actionFieldLineageId: uuidSchema.nullable(),
  actionField: z.string().nullable(),
  measureTypeId: uuidSchema.nullable(),
  measureType: z.string().nullable(),
  targetId: uuidSchema.nullable(),
  note: z.string().nullable(),
});

export const fundSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    fiscalYear: z.int(),
    budgetLine: z.string().nullable(),
    grantingReference: z.string().nullable(),
    /** The resolution recorded in Kurs that granted the fund (its grant-funds effect), if any. */
    grantedBy: z
      .object({ id: uuidSchema, committee: z.string(), decidedOn: isoDateSchema })
      .nullable(),
    estimateCents: z.int(),
    /** Raised by über-/außerplanmäßige Bewilligungen. */
    supplementsCents: z.int(),
    /** Haushaltsrest carried in from the previous year. */
    carriedOverCents: z.int(),
    /** Free rest carried out into the next year. */
    carriedForwardCents: z.int(),
    transfersInCents: z.int(),
    transfersOutCents: z.int(),
    /**
     * Bewilligt: everything that raised or lowered the fund (estimate + supplements + carried
     * over + transfers in − transfers out − carried forward). Always
     * granted = committed + paid + blocked + lapsed + available (src/domain/fund-figures.ts).
     */
    grantedCents: z.int(),
    blockedCents: z.int(),
    /** Open commitments (gebunden): committed minus paid minus released. */
    committedCents: z.int(),
    paidCents: z.int(),
    /** Free to commit now: 0 once the fiscal year is over (the free rest has then lapsed). */
    availableCents: z.int(),
    /** The fiscal year is over; what was still free has lapsed (verfallen). */
    yearClosed: z.boolean(),
    lapsedCents: z.int(),
    /** In the closing period after the year: the last day a late booking (Nachbuchung) is possible. */
    lateBookingUntil: isoDateSchema.nullable(),
    /**
     * The action fields the money belongs to: the purpose followed through its lineage for every
     * kind (field, goal, recommendation, measure, measure type within a field). Several: all.
     */
    actionFields: z.array(z.object({ lineageId: uuidSchema, title: z.string() })),
    /** A Haushaltsrest fund: the original grant's fund it was carried from. */
    carriedFromFundId: uuidSchema.nullable(),
    /** The next year's fund this one's rest was carried into. */
    carriedIntoFundId: uuidSchema.nullable(),
    purpose: z.array(fundPurposeSchema),
  })
  .meta({ id: "Fund" });
export type Fund = z.infer<typeof fundSchema>;

export const fundListSchema = z.object({ items: z.array(fundSchema) }).meta({ id: "FundList" });
export type FundList = z.infer<typeof fundListSchema>;

export const fundParamsSchema = z.object({ fundId: uuidSchema });

/** Every booking request names a key of its own; a retry sends the same key again. */
export const idempotencyHeadersSchema = z.looseObject({
  "idempotency-key": z.string().trim().min(1).max(200),
});

export const fundSourceKindSchema = z.enum(fundSourceKinds);

/** A source of a fund with its share: own money or a grant with notice, deadlines, conditions. */
export const fundSourceInputSchema = z.strictObject({
  kind: fundSourceKindSchema,
  name: text(300),
  amountCents: centsSchema,
  grantNoticeReference: text(300).nullish(),
  grantNoticeDate: isoDateSchema.nullish(),
  spendBy: isoDateSchema.nullish(),
  proofDueBy: isoDateSchema.nullish(),
  conditions: text(4000).nullish(),
});
export type FundSourceInput = z.infer<typeof fundSourceInputSchema>;

export const fundSourceSchema = z
  .object({
    id: uuidSchema,
    fundId: uuidSchema,
    kind: fundSourceKindSchema,
    name: z.string(),
    amountCents: z.int(),
    /** Share of the fund's sources in per mille (1000 = all). */
    sharePerMille: z.int(),
    grantNoticeReference: z.string().nullable(),
    grantNoticeDate: isoDateSchema.nullable(),
    spendBy: isoDateSchema.nullable(),
    proofDueBy: isoDateSchema.nullable(),
    conditions: z.string().nullable(),
  })
  .meta({ id: "FundSource" });
export type FundSource = z.infer<typeof fundSourceSchema>;

export const fundSourceListSchema = z
  .object({ items: z.array(fundSourceSchema) })
  .meta({ id: "FundSourceList" });
export type FundSourceList = z.infer<typeof fundSourceListSchema>;

export const fundSourceParamsSchema = z.object({ fundId: uuidSchema, sourceId: uuidSchema });

/** The language of a chart's words (outlook.svg); the request's language otherwise. */
export const chartQuerySchema = z.object({ lang: chartLanguageSchema }).strict();

/** Burn-down over the fiscal year and the forecast of the year-end rest. */
export const fundOutlookSchema = z
  .object({
    fundId: uuidSchema,
    fiscalYear: z.int(),
    points: z.array(z.object({ date: isoDateSchema, usedCents: z.int(), availableCents: z.int() })),
    forecast: z.object({
      asOf: isoDateSchema,
      daysElapsed: z.int(),
      daysInYear: z.int(),
      usedCents: z.int(),
      pacePerDayCents: z.int(),
      projectedRestCents: z.int(),
      runOutOn: isoDateSchema.nullable(),
      warning: z.enum(forecastWarnings).nullable(),
    }),
    /**
     * With a lapse warning: the last day to submit the paper so that the granting committee can
     * decide before the year ends (Vorlagenfrist); null otherwise or when none is left.
     */
    lapseDecision: decisionDeadlineSchema.nullable(),
  })
  .meta({ id: "FundOutlook" });
export type FundOutlook = z.infer<typeof fundOutlookSchema>;

/** Estimate, bound, paid, free per action field: the funds whose purpose lies in the field. */
export const fieldBudgetListSchema = z
  .object({
    items: z.array(
      z.object({
        actionFieldLineageId: uuidSchema,
        actionField: z.string(),
        fiscalYear: z.int(),
        fundIds: z.array(uuidSchema),
        /** Granted (bewilligt) of the funds: meansCents = committed + paid + blocked + lapsed + available. */
        meansCents: z.int(),
        committedCents: z.int(),
        paidCents: z.int(),
        blockedCents: z.int(),
        lapsedCents: z.int(),
        availableCents: z.int(),
      }),
    ),
  })
  .meta({ id: "FieldBudgetList" });
export type FieldBudgetList = z.infer<typeof fieldBudgetListSchema>;

export const measureParamsSchema = z.object({ measureId: uuidSchema });

export const measureBookingListSchema = z
  .object({ items: z.array(bookingSchema.extend({ fundName: z.string() })) })
  .meta({ id: "MeasureBookingList" });
export type MeasureBookingList = z.infer<typeof measureBookingListSchema>;
