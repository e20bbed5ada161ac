import { z } from "zod";
import { calendarDateSchema, idParamsSchema, uuidSchema } from "./common";
import { applicationInputSchema, applicationSchema, programmeSchema } from "./grants";

/**
 * Applying for a grant through a scoped link (no account): one organisation, one programme.
 * The office creates and revokes links on the programme; the token is shown once.
 */
export const applicationLinkInputSchema = z.strictObject({
  partnerId: uuidSchema,
  expiresOn: calendarDateSchema,
  note: z.string().trim().max(500).nullable().optional(),
});
export type ApplicationLinkInput = z.infer<typeof applicationLinkInputSchema>;

export const applicationLinkSchema = z
  .object({
    id: uuidSchema,
    programmeId: uuidSchema,
    partnerId: uuidSchema,
    partnerName: z.string(),
    note: z.string().nullable(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "GrantApplicationLink" });
export type ApplicationLink = z.infer<typeof applicationLinkSchema>;
export const applicationLinkListSchema = z.object({ items: z.array(applicationLinkSchema) });
export const createdApplicationLinkSchema = applicationLinkSchema.extend({ token: z.string() });
export type CreatedApplicationLink = z.infer<typeof createdApplicationLinkSchema>;

export const linkTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
});
export const linkApplicationParamsSchema = linkTokenParamsSchema.extend({ id: uuidSchema });
/** One Anlage of an application made through the link. */
export const linkApplicationFileParamsSchema = linkApplicationParamsSchema.extend({
  fileId: uuidSchema,
});
/** One link of a programme (`:id` the programme). */
export const programmeLinkParamsSchema = idParamsSchema.extend({ linkId: uuidSchema });

/** What the link shows: the programme, the organisation, and the applications made through it. */
export const applicationLinkScopeSchema = z.object({
  partnerName: z.string(),
  expiresAt: z.string(),
  programme: programmeSchema,
  applications: z.array(applicationSchema),
});
export type ApplicationLinkScope = z.infer<typeof applicationLinkScopeSchema>;

/** The application through a link: programme and organisation come from the link. */
export const linkApplicationInputSchema = applicationInputSchema.omit({
  programmeId: true,
  partnerId: true,
});
export type LinkApplicationInput = z.infer<typeof linkApplicationInputSchema>;
