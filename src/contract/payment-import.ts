import { z } from "zod";

/** Reconciliation: a CSV of payments from the county's finance system (German Excel, semicolon). */
export const paymentImportInputSchema = z
  .object({
    content: z.string().min(1).max(900_000),
  })
  .strict();

/** new: would be booked; booked: already in Kurs with the same amount; amountDiffers: in Kurs with another amount. */
export const paymentImportStatuses = ["new", "booked", "amountDiffers"] as const;

export const paymentImportPreviewSchema = z.object({
  valid: z.boolean(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      fundName: z.string().nullable(),
      measureTitle: z.string().nullable(),
      date: z.string().nullable(),
      amountCents: z.number().int().nullable(),
      documentReference: z.string(),
      status: z.enum(paymentImportStatuses),
      kursAmountCents: z.number().int().nullable(),
    }),
  ),
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  /** Payments booked in Kurs (on the funds the file names) whose document reference is not in the file. */
  missingFromFile: z.array(
    z.object({
      bookingId: z.string(),
      fundName: z.string(),
      date: z.string(),
      amountCents: z.number().int(),
      documentReference: z.string().nullable(),
    }),
  ),
  bookCount: z.number().int(),
  bookCents: z.number().int(),
});
export type PaymentImportPreview = z.infer<typeof paymentImportPreviewSchema>;

export const paymentImportResultSchema = z.object({
  booked: z.number().int(),
  skipped: z.number().int(),
});
export type PaymentImportResult = z.infer<typeof paymentImportResultSchema>;
