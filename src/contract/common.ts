import { z } from "zod";

export const uuidSchema = z.uuid();
export const isoDateSchema = z.iso.date();

/** RFC 9457 problem details, with every validation issue by path. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
    /** Ledger refusals: how many cents are missing for the booking to fit. */
    missingCents: z.number().int().optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;

export const idParamsSchema = z.object({ id: uuidSchema });
