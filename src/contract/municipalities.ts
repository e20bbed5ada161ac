import { z } from "zod";
import { municipalityAgsPattern } from "../domain/ags";
import { municipalityKindSchema } from "./measures";

/** A municipality of the county as its office edits it (list, add, edit, import). */
export const municipalitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: municipalityKindSchema,
    ags: z.string().nullable(),
    position: z.number().int(),
  })
  .meta({ id: "Municipality" });
export type Municipality = z.infer<typeof municipalitySchema>;

export const municipalityInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: municipalityKindSchema,
    ags: z.string().regex(municipalityAgsPattern, "8 Ziffern").nullable(),
  })
  .strict();
export type MunicipalityInput = z.infer<typeof municipalityInputSchema>;

export const municipalityImportSchema = z
  .object({ format: z.enum(["csv", "xlsx"]), content: z.string().min(1).max(900_000) })
  .strict();
