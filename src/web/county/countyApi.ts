import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CountySettingsInput, NewCounty } from "../../contract/county-settings";
import { tenantSettingsRoutes as api } from "../../contract/routes/tenant-settings";
import { callRoute } from "../api/call";
import { useLanguage } from "../auth/session";

/** The county's settings (admins with second factor). */
export function useCountySettings() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["county-settings", language],
    queryFn: () => callRoute(api.getCountySettings, {}, language),
  });
}

/** The settings as the form sends them: a number field holding no number sends its text. */
export type CountySettingsAsTyped = {
  [K in keyof CountySettingsInput]: CountySettingsInput[K] | string;
};

export function useSaveCountySettings() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CountySettingsAsTyped) =>
      // Text in a number field goes as it is: the server refuses it with the field's message.
      callRoute(api.saveCountySettings, { body: input as CountySettingsInput }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** All counties of the installation: only for platform administrators (else 403). */
export function useCounties() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["platform-counties", language],
    queryFn: () => callRoute(api.listCounties, {}, language),
    retry: false,
  });
}

export function useCreateCounty() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCounty) => callRoute(api.createCounty, { body: input }, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["platform-counties"] }),
  });
}
