import { z } from "zod";
import { maxTokenValidityDays, tokenAccessLevels } from "../domain/access-tokens";
import { uuidSchema } from "./common";

export const tokenAccessSchema = z.enum(tokenAccessLevels);

export const createAccessTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    access: tokenAccessSchema,
    /** Days until the token expires: 1 to 365. */
    validDays: z.number().int().min(1).max(maxTokenValidityDays),
  })
  .strict();
export type CreateAccessToken = z.infer<typeof createAccessTokenSchema>;

export const accessTokenSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    access: tokenAccessSchema,
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "AccessToken" });
export type AccessToken = z.infer<typeof accessTokenSchema>;

/** The answer to creating a token: the only time the token itself is shown. */
export const createdAccessTokenSchema = accessTokenSchema
  .extend({ token: z.string() })
  .meta({ id: "CreatedAccessToken" });
export type CreatedAccessToken = z.infer<typeof createdAccessTokenSchema>;

export const accessTokenListSchema = z.object({ tokens: z.array(accessTokenSchema) });
