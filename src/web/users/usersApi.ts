import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RoleName, User } from "../../contract/auth";
import { getJson, sendJson } from "../api/client";
import { useLanguage } from "../auth/session";

/** The county's accounts (admins only; 403 with auth.secondFactorNeeded without TOTP). */
export function useUsers() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["users", language],
    queryFn: () => getJson<User[]>("/users", language),
  });
}

export interface NewAccount {
  email: string;
  role: RoleName;
  password: string;
  displayName?: string;
}

function useUsersMutation<Input, Output>(
  send: (input: Input, language: string) => Promise<Output>,
) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(input, language),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}

export const useCreateUser = () =>
  useUsersMutation((input: NewAccount, language) =>
    sendJson<User>("POST", "/users", input, language),
  );

export const useUpdateUser = () =>
  useUsersMutation(
    ({ id, ...changes }: { id: string; role?: RoleName; disabled?: boolean }, language) =>
      sendJson<User>("PATCH", `/users/${id}`, changes, language),
  );

export const useIssueReset = () =>
  useUsersMutation((id: string, language) =>
    sendJson<{ url: string; expiresAt: string }>(
      "POST",
      `/users/${id}/password-reset`,
      undefined,
      language,
    ),
  );
