import { z } from "zod";
import { partnerKinds } from "../domain/partners";
import { optionalTextSchema, shortTextSchema, sortOrderSchema, uuidSchema } from "./common";

/** Network partners (Netzwerkpartner): who they are, the list and the form. */
export const partnerKindSchema = z.enum(partnerKinds);

export const partnerSummarySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  kind: partnerKindSchema,
  isExample: z.boolean(),
});

export const partnerInputSchema = z
  .object({
    name: shortTextSchema,
    kind: partnerKindSchema,
    contactName: optionalTextSchema(300),
    contactEmail: z.email().max(320).nullable().optional(),
    contactPhone: optionalTextSchema(50),
    website: z.url().max(500).nullable().optional(),
  })
  .strict();
export type PartnerInput = z.infer<typeof partnerInputSchema>;

export const partnerSorts = ["name", "kind", "measures"] as const;
export const partnerListQuerySchema = z
  .object({
    kind: partnerKindSchema.optional(),
    q: z.string().trim().max(200).optional(),
    sort: z.enum(partnerSorts).optional(),
    order: sortOrderSchema.optional(),
  })
  .strict();

export const partnerListSchema = z
  .object({
    items: z.array(
      z.object({
        id: uuidSchema,
        name: z.string(),
        kind: partnerKindSchema,
        isExample: z.boolean(),
        measureCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: "PartnerList" });
export type PartnerList = z.infer<typeof partnerListSchema>;
