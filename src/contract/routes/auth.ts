import { z } from "zod";
import {
  accessTokenListSchema,
  createAccessTokenSchema,
  createdAccessTokenSchema,
} from "../access-tokens";
import { apiRoute } from "../api-route";
import {
  changePasswordSchema,
  loginSchema,
  meSchema,
  oidcStatusSchema,
  passwordResetSchema,
  recoveryCodesSchema,
  sessionStateSchema,
  totpConfirmSchema,
  totpStartSchema,
} from "../auth";
import { idParamsSchema } from "../common";

/**
 * Sign-in and sign-out, the own password and second factor, the county's identity provider
 * (OIDC) and personal access tokens. The provider's routes that answer with a redirect (302/303)
 * have no answer schema; their status is 200 because api-route.ts names no redirect status.
 */
export const authRoutes = {
  login: apiRoute({
    method: "POST",
    path: "/auth/login",
    body: loginSchema,
    status: 200,
    response: meSchema,
  }),
  logout: apiRoute({ method: "POST", path: "/auth/logout", status: 204 }),
  getSession: apiRoute({
    method: "GET",
    path: "/auth/me",
    status: 200,
    response: sessionStateSchema,
  }),
  changeOwnPassword: apiRoute({
    method: "POST",
    path: "/auth/password",
    body: changePasswordSchema,
    status: 204,
  }),
  startTotp: apiRoute({
    method: "POST",
    path: "/auth/totp/start",
    status: 200,
    response: totpStartSchema,
  }),
  confirmTotp: apiRoute({
    method: "POST",
    path: "/auth/totp/confirm",
    body: totpConfirmSchema,
    status: 200,
    response: recoveryCodesSchema,
  }),
  verifyTotp: apiRoute({
    method: "POST",
    path: "/auth/totp/verify",
    body: totpConfirmSchema,
    status: 204,
  }),
  resetPasswordWithLink: apiRoute({
    method: "POST",
    path: "/auth/password-reset",
    body: passwordResetSchema,
    status: 204,
  }),
  getOidcStatus: apiRoute({
    method: "GET",
    path: "/auth/oidc",
    status: 200,
    response: oidcStatusSchema,
  }),
  /** Redirects (302) to the identity provider. */
  startOidcSignIn: apiRoute({
    method: "GET",
    path: "/auth/oidc/login",
    querystring: z.object({ next: z.string().max(500).optional() }),
    status: 302,
  }),
  /** The provider sends the browser back here; redirects (303) into the application. */
  finishOidcSignIn: apiRoute({ method: "GET", path: "/auth/oidc/callback", status: 303 }),
  /** Redirects (302) to the provider's sign-out, when it offers one. */
  oidcSignOut: apiRoute({ method: "GET", path: "/auth/oidc/logout", status: 302 }),
  listAccessTokens: apiRoute({
    method: "GET",
    path: "/account/tokens",
    status: 200,
    response: accessTokenListSchema,
  }),
  createAccessToken: apiRoute({
    method: "POST",
    path: "/account/tokens",
    body: createAccessTokenSchema,
    status: 201,
    response: createdAccessTokenSchema,
  }),
  revokeAccessToken: apiRoute({
    method: "DELETE",
    path: "/account/tokens/:id",
    params: idParamsSchema,
    status: 204,
  }),
};
