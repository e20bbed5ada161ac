import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type {
  Indicator,
  IndicatorList,
  IndicatorOptions,
  TargetsInput,
  ValueInput,
} from "../../contract/indicators";
import { type ApiError, getJson, sendJson } from "./client";

function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

function useApi<T>(path: string | null) {
  const language = useLanguage();
  return useQuery({
    queryKey: [path, language],
    queryFn: () => getJson<T>(path ?? "", language),
    enabled: path !== null,
    placeholderData: keepPreviousData,
  });
}

export const useIndicators = () => useApi<IndicatorList>("/indicators");
export const useIndicator = (id: string) => useApi<Indicator>(id ? `/indicators/${id}` : null);
export const useIndicatorOptions = () => useApi<IndicatorOptions>("/indicators/options");

function useSend<I, O>(method: "POST" | "PUT", path: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<O, ApiError, I>({
    mutationFn: (body) => sendJson<O>(method, path, body, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useEnterValue = (id: string) =>
  useSend<ValueInput, Indicator>("POST", `/indicators/${id}/values`);
export const useApproveValues = (id: string) =>
  useSend<{ valueIds: string[] }, Indicator>("POST", `/indicators/${id}/values/approve`);
export const useSetTargets = (id: string) =>
  useSend<TargetsInput, Indicator>("PUT", `/indicators/${id}/targets`);
