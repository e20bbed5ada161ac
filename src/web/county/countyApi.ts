import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CountyList,
  CountySettings,
  CountySettingsInput,
  NewCounty,
} from "../../contract/county-settings";
import { getJson, sendJson } from "../api/client";
import { useLanguage } from "../auth/session";

/** The county's settings (admins with second factor). */
export function useCountySettings() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["county-settings", language],
    queryFn: () => getJson<CountySettings>("/county/settings", language),
  });
}

export function useSaveCountySettings() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<CountySettingsInput, never> | Record<string, unknown>) =>
      sendJson<CountySettings>("PUT", "/county/settings", input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** All counties of the installation: only for platform administrators (else 403). */
export function useCounties() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["platform-counties", language],
    queryFn: () => getJson<CountyList>("/platform/counties", language),
    retry: false,
  });
}

export function useCreateCounty() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCounty) =>
      sendJson<CountyList["counties"][number]>("POST", "/platform/counties", input, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["platform-counties"] }),
  });
}
