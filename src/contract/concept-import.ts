import { z } from "zod";
import { conceptImportFormats } from "../domain/file-formats";

/** Largest concept file taken (DOCX, XLSX or CSV). */
export const maxConceptFileMb = 8;
/** Base64 of the largest file, plus a little. */
const maxContentChars = Math.ceil((maxConceptFileMb * 2 ** 20 * 4) / 3) + 1024;

/** A concept file: CSV as text, XLSX and DOCX as base64. */
export const conceptImportInputSchema = z
  .object({
    format: z.enum(conceptImportFormats),
    content: z
      .string()
      .min(1)
      .max(maxContentChars + 1024),
    title: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type ConceptImportInput = z.infer<typeof conceptImportInputSchema>;

const item = z.object({
  at: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
});

export const conceptImportPreviewSchema = z
  .object({
    valid: z.boolean(),
    /** Rows of a table or paragraphs of a document. */
    unit: z.enum(["row", "paragraph"]),
    counts: z.object({
      actionFields: z.number().int(),
      goals: z.number().int(),
      recommendations: z.number().int(),
    }),
    /** Paragraphs before the first heading (title page, foreword): not taken over. */
    skippedParagraphs: z.number().int(),
    fields: z.array(
      item.extend({
        goals: z.array(item.extend({ recommendations: z.array(item) })),
      }),
    ),
    problems: z.array(z.object({ at: z.number().int(), column: z.string(), message: z.string() })),
  })
  .meta({ id: "ConceptImportPreview" });
export type ConceptImportPreview = z.infer<typeof conceptImportPreviewSchema>;

export const conceptImportResultSchema = z.object({
  versionId: z.string(),
  number: z.number().int(),
  counts: conceptImportPreviewSchema.shape.counts,
});
export type ConceptImportResult = z.infer<typeof conceptImportResultSchema>;
