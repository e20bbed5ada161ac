import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  MeasureSettings,
  MeasureSettingsInput,
  MeasuresByMunicipality,
  MeasureTimeline,
  MeasureType,
  MeasureTypeInput,
  PartnerList,
} from "../../contract/measure-views";
import type {
  Measure,
  MeasureInput,
  MeasureList,
  MeasureOptions,
  MeasureRollUp,
  Partner,
  PartnerInput,
  ProgressInput,
  StatusChangeInput,
} from "../../contract/measures";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, sendJson } from "./client";
import { useApiQuery } from "./queries";

export const useMeasures = (search: string) => useApiQuery<MeasureList>(`/measures?${search}`);
export const useMeasure = (id: string) => useApiQuery<Measure>(id ? `/measures/${id}` : null);
export const useMeasureOptions = () => useApiQuery<MeasureOptions>("/measures/options");
export const useRollUp = () => useApiQuery<MeasureRollUp>("/measures/rollup");
export const usePartner = (id: string) => useApiQuery<Partner>(id ? `/partners/${id}` : null);

function useSend<I, O>(method: "POST" | "PUT", path: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<O, ApiError, I>({
    mutationFn: (body) => sendJson<O>(method, path, body, language),
    // Lists, overview, roll-ups and partner pages all show measures: refetch them all.
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useSaveMeasure = (id: string | null) =>
  useSend<MeasureInput, Measure>(id ? "PUT" : "POST", id ? `/measures/${id}` : "/measures");
export const usePostProgress = (id: string) =>
  useSend<ProgressInput, Measure>("POST", `/measures/${id}/progress`);
export const useChangeStatus = (id: string) =>
  useSend<StatusChangeInput, Measure>("POST", `/measures/${id}/status`);
export const useCreatePartner = () =>
  useSend<PartnerInput, { id: string; name: string }>("POST", "/partners");

// Views of measures, the partner list and the office's settings.
export const useTimeline = () => useApiQuery<MeasureTimeline>("/measures/timeline");
export const useByMunicipality = () =>
  useApiQuery<MeasuresByMunicipality>("/measures/by-municipality");
export const usePartners = (search: string) => useApiQuery<PartnerList>(`/partners?${search}`);
export const useMeasureSettings = () => useApiQuery<MeasureSettings>("/measures/settings");
export const useAddMeasureType = () =>
  useSend<MeasureTypeInput, MeasureType>("POST", "/measure-types");
export const useSaveMeasureSettings = () =>
  useSend<MeasureSettingsInput, MeasureSettings>("PUT", "/measures/settings");
export const useSavePartner = (id: string | null) =>
  useSend<PartnerInput, { id: string; name: string }>(
    id ? "PUT" : "POST",
    id ? `/partners/${id}` : "/partners",
  );
