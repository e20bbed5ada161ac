import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LoginInput, Me } from "../../contract/auth";
import { authRoutes as api } from "../../contract/routes/auth";
import { apiAddress, callRoute } from "../api/call";
import { ApiError } from "../api/client";
import { useLanguage } from "../i18n/useFormat";

export const meKey = ["auth", "me"] as const;

/** Who is signed in: the account, or null when signed out (the server answers user: null). */
export const meQuery = queryOptions({
  queryKey: meKey,
  queryFn: async (): Promise<Me | null> => {
    const state = await callRoute(api.getSession, {}, "de");
    return state.user ? { user: state.user, mfaVerified: state.mfaVerified } : null;
  },
});

export function useMe() {
  return useQuery(meQuery);
}

/** Whether the county's identity provider is set up, and whether local passwords still work. */
export function useOidcStatus() {
  return useQuery({
    queryKey: ["auth", "oidc"],
    queryFn: () => callRoute(api.getOidcStatus, {}, "de"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The language for writes (its home is i18n/useFormat.ts). */
export { useLanguage };

/** Signs in; afterwards every query is refetched, since what one may read depends on the role. */
export function useLogin() {
  const queryClient = useQueryClient();
  const language = useLanguage();
  return useMutation({
    mutationFn: (input: LoginInput) => callRoute(api.login, { body: input }, language),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
  });
}

/**
 * Signs out, then loads the start page afresh: nothing read under the session (accounts,
 * drafts) stays in memory, and no page that needs a session renders without one.
 */
export function useLogout() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    // A session that already expired is signed out all the same.
    mutationFn: () =>
      callRoute(api.logout, {}, language).catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }),
    onSuccess: async () => {
      // An account of the identity provider (and everyone, with local passwords off) signs out
      // there too (RP-initiated logout; the server sends the browser to the end-session page).
      const oidc = await callRoute(api.getOidcStatus, {}, "de").catch(() => null);
      const me = queryClient.getQueryData<Me | null>(meKey);
      const viaProvider = oidc?.enabled && (!oidc.localLogin || me?.user.identityProvider);
      window.location.assign(viaProvider ? apiAddress(api.oidcSignOut, {}) : "/");
    },
  });
}
