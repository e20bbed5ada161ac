import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AddFollowUpNote,
  CreateFollowUp,
  FollowUp,
  UpdateFollowUp,
} from "../../contract/follow-up";
import { may } from "../../contract/permissions";
import { getJson, sendJson } from "../api/client";
import { useLanguage, useMe } from "../auth/session";

/** Who reads the working list of follow-ups (server: followUps.read) and who changes it. */
export function useFollowUpRights() {
  const role = useMe().data?.user.role;
  return {
    read: may(role ?? "public", "followUps.read"),
    edit: may(role ?? "public", "followUps.edit"),
  };
}

/** Follow-ups of one committee's resolutions, or every open one (overview). */
export function useFollowUps(query: string, enabled: boolean) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["follow-ups", query, language],
    queryFn: () => getJson<{ items: FollowUp[] }>(`/follow-ups${query}`, language),
    enabled,
  });
}

function useFollowUpMutation<Input>(send: (input: Input, language: string) => Promise<FollowUp>) {
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
      sendJson<FollowUp>("POST", `/resolutions/${resolutionId}/follow-ups`, body, language),
  );

export const useUpdateFollowUp = () =>
  useFollowUpMutation(({ id, ...body }: UpdateFollowUp & { id: string }, language) =>
    sendJson<FollowUp>("PATCH", `/follow-ups/${id}`, body, language),
  );

export const useAddFollowUpNote = () =>
  useFollowUpMutation(({ id, ...body }: AddFollowUpNote & { id: string }, language) =>
    sendJson<FollowUp>("POST", `/follow-ups/${id}/notes`, body, language),
  );
