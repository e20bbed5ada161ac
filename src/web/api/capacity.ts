import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AssignmentInput, Capacity, PositionInput } from "../../contract/capacity";
import { type ApiError, getJson, sendJson } from "./client";

export function useCapacity() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useQuery({
    queryKey: ["/capacity", language],
    queryFn: () => getJson<Capacity>("/capacity", language),
    placeholderData: keepPreviousData,
  });
}

function useSend<I, O>(path: (input: I) => string, body: (input: I) => unknown = (i) => i) {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  return useMutation<O, ApiError, I>({
    mutationFn: (input) =>
      sendJson<O>("POST", path(input), body(input), i18n.resolvedLanguage ?? i18n.language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useCreatePosition = () => useSend<PositionInput, { id: string }>(() => "/positions");
export const useAssign = () =>
  useSend<AssignmentInput & { positionId: string }, { months: number }>(
    (i) => `/positions/${i.positionId}/assignments`,
    ({ positionId: _, ...rest }) => rest,
  );
