import { z } from "zod";
import { tableFormats } from "../domain/file-formats";
import { municipalityKindSchema } from "./measures";

/** A municipality of the county as its office edits it (list, add, edit, import). */
export const municipalitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: municipalityKindSchema,
    ags: z.string().nullable(),
    position: z.number().int(),
    /** When it was retired (not offered for new entries), null while in use. */
    retiredAt: z.string().nullable(),
  })
  .meta({ id: "Municipality" });
export type Municipality = z.infer<typeof municipalitySchema>;

export const municipalityInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: municipalityKindSchema,
    /** Checked by the service (8 digits with the county's prefix), so the message names the rule. */
    ags: z.string().trim().max(20).nullable(),
  })
  .strict();
export type MunicipalityInput = z.infer<typeof municipalityInputSchema>;

export const municipalityImportSchema = z
  .object({ format: z.enum(tableFormats), content: z.string().min(1).max(900_000) })
  .strict();

export const municipalityRetiredSchema = z.object({ retired: z.boolean() }).strict();
