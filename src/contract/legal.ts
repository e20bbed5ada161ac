import { z } from "zod";
import { legalTopics } from "../domain/legal-topics";
import { publicLanguageCodes } from "../domain/public-languages";

export const legalTopicSchema = z.enum(legalTopics);
export type LegalTopic = z.infer<typeof legalTopicSchema>;

export const legalParamsSchema = z.object({ topic: legalTopicSchema });

export const legalLanguageSchema = z.enum(publicLanguageCodes);
/** Which language's text (the public site's languages); German when not named. */
export type LegalLanguage = z.infer<typeof legalLanguageSchema>;
export const legalQuerySchema = z.object({ language: legalLanguageSchema.default("de") });

/** Impressum, Datenschutz or Erklärung zur Barrierefreiheit as the admin wrote it. */
export const legalTextInputSchema = z
  .object({
    /** The language the text is written in (in the body: a write names its whole subject there). */
    language: legalLanguageSchema.default("de"),
    body: z.string().trim().min(1).max(50_000),
    /**
     * Feedback contact (e-mail or postal address), shown in the accessibility statement in every
     * language; kept with the German text (ignored for the other languages).
     */
    contact: z.string().trim().max(1000).nullable().optional(),
  })
  .strict();
export type LegalTextInput = z.infer<typeof legalTextInputSchema>;

export const legalTextSchema = z
  .object({
    topic: legalTopicSchema,
    language: legalLanguageSchema,
    /** null while the admin has written nothing (the site shows a marked placeholder). */
    body: z.string().nullable(),
    /** The body is the German text, as there is none in this language yet. */
    inGerman: z.boolean(),
    /** The languages this text is written in. */
    languages: z.array(legalLanguageSchema),
    contact: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: "LegalText" });
export type LegalText = z.infer<typeof legalTextSchema>;
