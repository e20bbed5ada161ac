import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AssignmentInput, PositionInput } from "../../contract/capacity";
import { capacityRoutes as api } from "../../contract/routes/capacity";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";
import type { ApiError } from "./client";

export function useCapacity() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/capacity", language],
    queryFn: () => callRoute(api.getCapacity, {}, language),
    placeholderData: keepPreviousData,
  });
}

/** A write of the capacity; on success every cached query is refreshed. */
function useSend<I, O>(send: (input: I, language: string) => Promise<O>) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<O, ApiError, I>({
    mutationFn: (input) => send(input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useCreatePosition = () =>
  useSend((input: PositionInput, language) =>
    callRoute(api.createPosition, { body: input }, language),
  );
export const useAssign = () =>
  useSend(({ positionId, ...input }: AssignmentInput & { positionId: string }, language) =>
    callRoute(api.assignPosition, { params: { id: positionId }, body: input }, language),
  );
