import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouteArgs } from "../../contract/api-route";
import type { AddFollowUpNote, CreateFollowUp, UpdateFollowUp } from "../../contract/follow-up";
import { may } from "../../contract/permissions";
import { followUpRoutes as api } from "../../contract/routes/follow-ups";
import { callRoute } from "../api/call";
import { useLanguage, useMe } from "../auth/session";

/** Who reads the working list of follow-ups (server: followUps.read) and who changes it. */
export function useFollowUpRights() {
  const role = useMe().data?.user.role;
  return {
    read: may(role ?? "public", "followUps.read"),
    edit: may(role ?? "public", "followUps.edit"),
  };
}

type FollowUpQuery = NonNullable<RouteArgs<typeof api.listFollowUps>["query"]>;

/** Follow-ups of one committee's resolutions, or every open one (overview). */
export function useFollowUps(query: FollowUpQuery, enabled: boolean) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["follow-ups", query, language],
    queryFn: () => callRoute(api.listFollowUps, { query }, language),
    enabled,
  });
}

function useFollowUpMutation<Input, Answer>(
  send: (input: Input, language: string) => Promise<Answer>,
) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useCreateFollowUp = () =>
  useFollowUpMutation(
    ({ resolutionId, ...body }: CreateFollowUp & { resolutionId: string }, language) =>
      callRoute(api.createFollowUp, { params: { id: resolutionId }, body }, language),
  );

export const useUpdateFollowUp = () =>
  useFollowUpMutation(({ id, ...body }: UpdateFollowUp & { id: string }, language) =>
    callRoute(api.updateFollowUp, { params: { id }, body }, language),
  );

export const useAddFollowUpNote = () =>
  useFollowUpMutation(({ id, ...body }: AddFollowUpNote & { id: string }, language) =>
    callRoute(api.addFollowUpNote, { params: { id }, body }, language),
  );
