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
import { useApiQuery, useApiSend } from "./queries";

export const useMeasures = (search: string) => useApiQuery<MeasureList>(`/measures?${search}`);
export const useMeasure = (id: string) => useApiQuery<Measure>(id ? `/measures/${id}` : null);
export const useMeasureOptions = () => useApiQuery<MeasureOptions>("/measures/options");
export const useRollUp = () => useApiQuery<MeasureRollUp>("/measures/rollup");
export const usePartner = (id: string) => useApiQuery<Partner>(id ? `/partners/${id}` : null);

export const useSaveMeasure = (id: string | null) =>
  useApiSend<MeasureInput, Measure>(id ? "PUT" : "POST", id ? `/measures/${id}` : "/measures");
export const usePostProgress = (id: string) =>
  useApiSend<ProgressInput, Measure>("POST", `/measures/${id}/progress`);
export const useChangeStatus = (id: string) =>
  useApiSend<StatusChangeInput, Measure>("POST", `/measures/${id}/status`);
export const useCreatePartner = () =>
  useApiSend<PartnerInput, { id: string; name: string }>("POST", "/partners");

// Views of measures, the partner list and the office's settings.
export const useTimeline = () => useApiQuery<MeasureTimeline>("/measures/timeline");
export const useByMunicipality = () =>
  useApiQuery<MeasuresByMunicipality>("/measures/by-municipality");
export const usePartners = (search: string) => useApiQuery<PartnerList>(`/partners?${search}`);
export const useMeasureSettings = () => useApiQuery<MeasureSettings>("/measures/settings");
export const useAddMeasureType = () =>
  useApiSend<MeasureTypeInput, MeasureType>("POST", "/measure-types");
export const useSaveMeasureSettings = () =>
  useApiSend<MeasureSettingsInput, MeasureSettings>("PUT", "/measures/settings");
export const useSavePartner = (id: string | null) =>
  useApiSend<PartnerInput, { id: string; name: string }>(
    id ? "PUT" : "POST",
    id ? `/partners/${id}` : "/partners",
  );
