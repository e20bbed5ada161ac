import { z } from "zod";
import { uuidSchema } from "./common";

/**
 * Zuwendungen je Träger (provider organisation, never a person): its granted applications with
 * granted, paid (net of what came back), proven (entitled after a confirmed proof of use) and
 * reclaimed. The same reading as the pipeline per programme (grants/pipeline.ts).
 */
export const grantProviderSchema = z.object({
  partnerId: uuidSchema,
  partnerName: z.string(),
  /** Granted applications (fully or in part). */
  grants: z.int(),
  grantedCents: z.int(),
  paidCents: z.int(),
  provenCents: z.int(),
  reclaimedCents: z.int(),
});
export const grantProviderListSchema = z.object({ items: z.array(grantProviderSchema) });
export type GrantProvider = z.infer<typeof grantProviderSchema>;
export type GrantProviderList = z.infer<typeof grantProviderListSchema>;

/**
 * Granted and paid per programme and per provider, only rows with a grant: what the committee
 * report and the public site show (organisations only).
 */
export interface GrantedFigures {
  programmes: {
    programmeId: string;
    title: string;
    grants: number;
    grantedCents: number;
    paidCents: number;
  }[];
  providers: {
    partnerId: string;
    name: string;
    grants: number;
    grantedCents: number;
    paidCents: number;
  }[];
}
