import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AccessToken,
  CreateAccessToken,
  CreatedAccessToken,
} from "../../contract/access-tokens";
import { getJson, sendWrite } from "../api/client";
import { useLanguage } from "../auth/session";

const key = ["account", "tokens"] as const;

export function useAccessTokens() {
  const language = useLanguage();
  return useQuery({
    queryKey: key,
    queryFn: async () =>
      (await getJson<{ tokens: AccessToken[] }>("/account/tokens", language)).tokens,
  });
}

export function useCreateAccessToken() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateAccessToken) =>
      (await sendWrite("POST", "/account/tokens", language, input)).payload as CreatedAccessToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeAccessToken() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendWrite("DELETE", `/account/tokens/${id}`, language, undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
