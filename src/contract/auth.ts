import { z } from "zod";
import { roles } from "../domain/roles";
import { uuidSchema } from "./common";

export const roleSchema = z.enum(roles);
export type RoleName = z.infer<typeof roleSchema>;

const email = z.email().max(320);
/** Length and common-password rules are checked by the server (one message per rule). */
const password = z.string().min(1).max(1024);

export const loginSchema = z
  .object({
    email,
    password,
    totpCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    recoveryCode: z.string().min(6).max(20).optional(),
  })
  .strict();
export type LoginInput = z.infer<typeof loginSchema>;

const sessionUserSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  displayName: z.string().nullable(),
  role: roleSchema,
  totpEnabled: z.boolean(),
  /** False for an account that signs in only through the county's identity provider. */
  hasPassword: z.boolean(),
  /** The account is linked to the county's identity provider (OIDC). */
  identityProvider: z.boolean(),
});

/** After sign-in: the account and whether this session passed the second factor. */
export const meSchema = z
  .object({ user: sessionUserSchema, mfaVerified: z.boolean() })
  .meta({ id: "Me" });
export type Me = z.infer<typeof meSchema>;

/** GET /auth/me: the same, or `user: null` for a visitor who is not signed in. */
export const sessionStateSchema = z
  .object({ user: sessionUserSchema.nullable(), mfaVerified: z.boolean() })
  .meta({ id: "SessionState" });
export type SessionState = z.infer<typeof sessionStateSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: password, newPassword: password })
  .strict();

export const totpStartSchema = z.object({ secret: z.string(), otpauthUri: z.string() });
export const totpConfirmSchema = z.object({ code: z.string().regex(/^\d{6}$/) }).strict();
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const passwordResetSchema = z
  .object({ token: z.string().min(20).max(200), newPassword: password })
  .strict();

export const userSchema = z
  .object({
    id: uuidSchema,
    email: z.string(),
    displayName: z.string().nullable(),
    role: roleSchema,
    totpEnabled: z.boolean(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z
  .object({
    email,
    role: roleSchema,
    password,
    displayName: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    displayName: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .strict();

export const resetLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });

/** GET /auth/oidc: whether the sign-in page offers the county's identity provider. */
export const oidcStatusSchema = z
  .object({ enabled: z.boolean(), localLogin: z.boolean() })
  .meta({ id: "OidcStatus" });
export type OidcStatus = z.infer<typeof oidcStatusSchema>;
