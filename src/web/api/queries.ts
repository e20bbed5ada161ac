import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Concept } from "../../contract/concept";
import type { Overview, TenantInfo } from "../../contract/overview";
import { getJson } from "./client";

/** Every query carries the language, so switching it refetches (server texts are localised). */
function useApiQuery<T>(path: string) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useQuery({
    queryKey: [path, language],
    queryFn: () => getJson<T>(path, language),
    placeholderData: keepPreviousData,
  });
}

export const useTenant = () => useApiQuery<TenantInfo>("/tenant");
export const useOverview = () => useApiQuery<Overview>("/overview");
export const useConcept = () => useApiQuery<Concept>("/concept");
