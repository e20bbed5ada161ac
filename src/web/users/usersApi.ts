import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RoleName } from "../../contract/auth";
import { userRoutes as api } from "../../contract/routes/users";
import { callRoute } from "../api/call";
import { useLanguage } from "../auth/session";

/** The county's accounts (admins only; 403 with auth.secondFactorNeeded without TOTP). */
export function useUsers() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["users", language],
    queryFn: () => callRoute(api.listUsers, {}, language),
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
    callRoute(api.createUser, { body: input }, language),
  );

export const useUpdateUser = () =>
  useUsersMutation(
    ({ id, ...changes }: { id: string; role?: RoleName; disabled?: boolean }, language) =>
      callRoute(api.updateUser, { params: { id }, body: changes }, language),
  );

export const useIssueReset = () =>
  useUsersMutation((id: string, language) =>
    callRoute(api.issuePasswordResetLink, { params: { id } }, language),
  );
