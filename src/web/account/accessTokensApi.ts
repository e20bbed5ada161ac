import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateAccessToken } from "../../contract/access-tokens";
import { authRoutes as api } from "../../contract/routes/auth";
import { callRoute } from "../api/call";
import { useLanguage } from "../auth/session";

const key = ["account", "tokens"] as const;

export function useAccessTokens() {
  const language = useLanguage();
  return useQuery({
    queryKey: key,
    queryFn: async () => (await callRoute(api.listAccessTokens, {}, language)).tokens,
  });
}

export function useCreateAccessToken() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAccessToken) =>
      callRoute(api.createAccessToken, { body: input }, language),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeAccessToken() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callRoute(api.revokeAccessToken, { params: { id } }, language),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
