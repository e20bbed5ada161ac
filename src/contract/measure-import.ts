import { z } from "zod";
import { tableFormats } from "../domain/file-formats";

/** CSV as text, or XLSX as base64 (JSON body; the app accepts only application/json). */
export const importInputSchema = z
  .object({
    format: z.enum(tableFormats),
    content: z.string().min(1).max(900_000),
  })
  .strict();
export type ImportInput = z.infer<typeof importInputSchema>;

/** Each row of a measure or progress import with its problems per column. */
export const importPreviewSchema = z
  .object({
    columns: z.array(z.string()),
    valid: z.boolean(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        title: z.string(),
        problems: z.array(z.object({ column: z.string(), code: z.string() })),
      }),
    ),
  })
  .meta({ id: "MeasureImportPreview" });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** How many rows an import saved (all or none). */
export const importedCountSchema = z.object({ imported: z.number().int() });
