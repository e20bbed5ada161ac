import { useMutation, useQueryClient } from "@tanstack/react-query";
import { authRoutes as api } from "../../contract/routes/auth";
import { callRoute } from "../api/call";
import { meKey, useLanguage } from "../auth/session";

export interface TotpStart {
  secret: string;
  otpauthUri: string;
}

/** Starts TOTP enrolment: the server makes a new secret (inactive until confirmed). */
export function useStartTotp() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (): Promise<TotpStart> => callRoute(api.startTotp, {}, language),
    // Starting again switches an active second factor off until it is confirmed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

/** Confirms with a code; the answer holds the ten recovery codes, shown only this once. */
export function useConfirmTotp() {
  const language = useLanguage();
  return useMutation({
    mutationFn: (code: string) => callRoute(api.confirmTotp, { body: { code } }, language),
  });
}

/** "JBSW Y3DP EHPK 3PXP": the secret in groups of four, easier to type by hand. */
export function groupSecret(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}

/** Confirms the second factor in this session (after signing in through the identity provider). */
export function useVerifyTotp() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callRoute(api.verifyTotp, { body: { code } }, language),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
