import { z } from "zod";

export const legalTopicSchema = z.enum(["imprint", "privacy", "accessibility"]);
export type LegalTopic = z.infer<typeof legalTopicSchema>;

export const legalParamsSchema = z.object({ topic: legalTopicSchema });

/** Impressum, Datenschutz or Erklärung zur Barrierefreiheit as the admin wrote it. */
export const legalTextInputSchema = z
  .object({
    body: z.string().trim().min(1).max(50_000),
    /** Feedback contact (e-mail or postal address), shown in the accessibility statement. */
    contact: z.string().trim().max(1000).nullable().optional(),
  })
  .strict();
export type LegalTextInput = z.infer<typeof legalTextInputSchema>;

export const legalTextSchema = z
  .object({
    topic: legalTopicSchema,
    /** null while the admin has written nothing (the site shows a marked placeholder). */
    body: z.string().nullable(),
    contact: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: "LegalText" });
export type LegalText = z.infer<typeof legalTextSchema>;
