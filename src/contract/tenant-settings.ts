import { z } from "zod";
import { countyAgsPattern, municipalityAgsPattern } from "../domain/ags";
import { isClosingUntil } from "../domain/year-close";

/** A county's logo, embedded (small PNG or SVG; shown in the header and on reports). */
export const tenantLogoSchema = z.object({
  mediaType: z.enum(["image/png", "image/svg+xml"]),
  /** Base64 of the file, at most 256 KiB decoded. */
  dataBase64: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .max(Math.ceil((256 * 1024 * 4) / 3) + 4),
});

/**
 * Per-county settings kept in tenant.settings (JSON). Keys other features add (e.g.
 * measureOverdueDays) are kept as they are.
 */
export const tenantSettingsSchema = z
  .object({
    /** Figures below this count are not shown (small-number disclosure control). */
    disclosureThreshold: z.number().int().min(1).max(100).default(3),
    logo: tenantLogoSchema.nullable().optional(),
    /** Measures told in full in a committee report (the rest are counted); default 20. */
    reportFullMeasures: z.number().int().min(0).max(2000).optional(),
    /** Days after which a traffic light is stale ("veraltet"); default: the reporting cycle. */
    measureStaleDays: z.number().int().min(7).max(1000).optional(),
    /** The county's key (first five digits of its municipalities' AGS), e.g. 03357. */
    agsPrefix: z.string().regex(countyAgsPattern).nullable().optional(),
    /** Days past the planned end after which a measure counts as overdue; default 90. */
    measureOverdueDays: z.number().int().min(7).max(730).optional(),
    /** Last day of the Nachbuchung period, month-day of the next year ("01-31"); default: server. */
    ledgerClosingUntil: z.string().refine(isClosingUntil).optional(),
  })
  .passthrough();

export const tenantSlugSchema = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, "Kleinbuchstaben, Ziffern und Bindestriche");

/** A municipality as a new county brings it: its name and, where known, its AGS (8 digits). */
export const newMunicipalitySchema = z.object({
  name: z.string().trim().min(1).max(200),
  ags: z.string().regex(municipalityAgsPattern, "8 Ziffern").nullable().default(null),
});

export const newTenantSchema = z.object({
  slug: tenantSlugSchema,
  name: z.string().trim().min(2).max(200),
  disclosureThreshold: z.number().int().min(1).max(100).default(3),
  agsPrefix: z.string().regex(countyAgsPattern, "5 Ziffern").nullable().default(null),
  municipalities: z
    .array(z.union([z.string().trim().min(1).max(200), newMunicipalitySchema]))
    .max(500)
    .default([]),
  logo: tenantLogoSchema.nullable().default(null),
});
export type NewTenant = z.input<typeof newTenantSchema>;
