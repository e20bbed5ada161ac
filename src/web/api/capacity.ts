import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AssignmentInput, Capacity, PositionInput } from "../../contract/capacity";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, getJson, sendJson } from "./client";

export function useCapacity() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/capacity", language],
    queryFn: () => getJson<Capacity>("/capacity", language),
    placeholderData: keepPreviousData,
  });
}

function useSend<I, O>(path: (input: I) => string, body: (input: I) => unknown = (i) => i) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<O, ApiError, I>({
    mutationFn: (input) => sendJson<O>("POST", path(input), body(input), language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useCreatePosition = () => useSend<PositionInput, { id: string }>(() => "/positions");
export const useAssign = () =>
  useSend<AssignmentInput & { positionId: string }, { months: number }>(
    (i) => `/positions/${i.positionId}/assignments`,
    ({ positionId: _, ...rest }) => rest,
  );
