import { z } from "zod";
import { isoDateSchema, uuidSchema } from "./common";

/** Integer cents only: a float (12.5) is refused by validation (400), never rounded. */
const centsSchema = z.int().positive();
const text = (max: number) => z.string().trim().min(1).max(max);
const common = {
  date: isoDateSchema,
  documentReference: text(200).nullish(),
  note: text(2000).nullish(),
};

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
    kind: z.enum(["block", "unblock"]),
    amountCents: centsSchema,
    reason: text(2000).nullish(),
    resolutionReference: text(300).nullish(),
    ...common,
  }),
]);
export type BookingInput = z.infer<typeof bookingInputSchema>;

export const bookingKindSchema = z.enum([
  "commitment",
  "payment",
  "release",
  "reversal",
  "transfer",
  "block",
  "unblock",
]);

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
    createdAt: z.string(),
  })
  .meta({ id: "Booking" });
export type Booking = z.infer<typeof bookingSchema>;

export const bookingListSchema = z
  .object({ items: z.array(bookingSchema) })
  .meta({ id: "BookingList" });
export type BookingList = z.infer<typeof bookingListSchema>;

export const fundPurposeSchema = z.object({
  kind: z.enum(["actionField", "goal", "recommendation", "measure", "measureType"]),
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
    estimateCents: z.int(),
    carriedOverCents: z.int(),
    transfersInCents: z.int(),
    transfersOutCents: z.int(),
    blockedCents: z.int(),
    /** Open commitments (gebunden): committed minus paid minus released. */
    committedCents: z.int(),
    paidCents: z.int(),
    availableCents: z.int(),
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
