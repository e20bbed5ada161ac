import { z } from "zod";

/** The county's Vorlagenfrist: days before a meeting its papers are due. */
export const paperDeadlineSettingSchema = z.object({ paperDeadlineDays: z.int() }).strict();
/** As typed: a number or text; the server reads it with the one rule and names the field (422). */
export const paperDeadlineInputSchema = z
  .object({ paperDeadlineDays: z.union([z.number(), z.string().max(20)]) })
  .strict();
