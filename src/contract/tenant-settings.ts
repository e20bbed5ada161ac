import { z } from "zod";

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
  })
  .passthrough();
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const tenantSlugSchema = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, "Kleinbuchstaben, Ziffern und Bindestriche");

export const newTenantSchema = z.object({
  slug: tenantSlugSchema,
  name: z.string().trim().min(2).max(200),
  disclosureThreshold: z.number().int().min(1).max(100).default(3),
  municipalities: z.array(z.string().trim().min(1).max(200)).max(500).default([]),
  logo: tenantLogoSchema.nullable().default(null),
});
export type NewTenant = z.input<typeof newTenantSchema>;
