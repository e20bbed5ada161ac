import { z } from "zod";
import { countyAgsPattern } from "../domain/ags";
import { tenantSlugSchema } from "./tenant-settings";

/**
 * A county's own settings as its administration edits them (page „Landkreis“). Each value has a
 * default the page names; `null` for the staleness means "the shortest reporting cycle".
 */
export const countySettingsSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    agsPrefix: z.string().nullable(),
    disclosureThreshold: z.number().int(),
    measureOverdueDays: z.number().int(),
    measureStaleDays: z.number().int().nullable(),
    reportFullMeasures: z.number().int(),
    /** Last day of the closing period (Nachbuchung), month-day of the next year, e.g. "01-31". */
    ledgerClosingUntil: z.string(),
  })
  .meta({ id: "CountySettings" });
export type CountySettings = z.infer<typeof countySettingsSchema>;

export const countySettingsInputSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    agsPrefix: z.string().regex(countyAgsPattern, "5 Ziffern").nullable(),
    disclosureThreshold: z.number().int().min(1).max(100),
    measureOverdueDays: z.number().int().min(7).max(730),
    measureStaleDays: z.number().int().min(7).max(1000).nullable(),
    reportFullMeasures: z.number().int().min(0).max(2000),
    /**
     * Month-day of the next year ("01-31"), checked by the service so the message names the
     * rule; null: back to the server's default; absent: unchanged.
     */
    ledgerClosingUntil: z.string().max(20).nullable().optional(),
  })
  .strict();
export type CountySettingsInput = z.infer<typeof countySettingsInputSchema>;

/** A new county as a platform administrator creates it in the admin UI. */
export const newCountySchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    slug: tenantSlugSchema,
    agsPrefix: z.string().regex(countyAgsPattern, "5 Ziffern").nullable().default(null),
  })
  .strict();
export type NewCounty = z.input<typeof newCountySchema>;

export const countySummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  disabled: z.boolean(),
  municipalities: z.number().int(),
  measures: z.number().int(),
});
export const countyListSchema = z.object({ counties: z.array(countySummarySchema) });
export type CountyList = z.infer<typeof countyListSchema>;
