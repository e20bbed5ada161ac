import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LoginInput, Me } from "../../contract/auth";
import { ApiError, getJson } from "../api/client";
import { useFormat } from "../i18n/useFormat";
import { sendJson } from "./sendJson";

export const meKey = ["auth", "me"] as const;

/*
 * GET /auth/me answers 401 when nobody is signed in, which browsers log as a console error and
 * the server as a refused access – on every public page view. So the browser remembers that it
 * signed in (a flag, no secret: the session itself is an HttpOnly cookie) and asks only then.
 */
const signedInFlag = "kurs.signedIn";

function maySignedIn(): boolean {
  try {
    return window.localStorage.getItem(signedInFlag) === "1";
  } catch {
    return true; // storage blocked: ask the server
  }
}

function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(signedInFlag, "1");
    else window.localStorage.removeItem(signedInFlag);
  } catch {
    // not remembered: the next page asks the server anyway
  }
}

/** Who is signed in: the account, or null when signed out (401 is an answer, not an error). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      if (!maySignedIn()) return null;
      try {
        return await getJson<Me>("/auth/me", "de");
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        rememberSignedIn(false);
        return null;
      }
    },
  });
}

/** The language for writes: server messages come back in it. */
export function useLanguage(): string {
  return useFormat().language;
}

/** Signs in; afterwards every query is refetched, since what one may read depends on the role. */
export function useLogin() {
  const queryClient = useQueryClient();
  const language = useLanguage();
  return useMutation({
    mutationFn: (input: LoginInput) => sendJson<Me>("POST", "/auth/login", language, input),
    onSuccess: async () => {
      rememberSignedIn(true);
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
  return useMutation({
    // A session that already expired is signed out all the same.
    mutationFn: () =>
      sendJson("POST", "/auth/logout", language).catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }),
    onSuccess: () => {
      rememberSignedIn(false);
      window.location.assign("/");
    },
  });
}
