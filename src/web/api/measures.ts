import type { MeasureSettingsInput, MeasureTypeInput } from "../../contract/measure-views";
import type { MeasureInput, ProgressInput, StatusChangeInput } from "../../contract/measures";
import { measureAreaRoutes as api } from "../../contract/routes/measure-area";
import { callRoute } from "./call";
import { useRouteQuery, useSearchRouteQuery } from "./queries";
import { useWriteRefreshingAll } from "./route-write";

export const useMeasures = (search: string) => useSearchRouteQuery(api.listMeasures, search);
export const useMeasure = (id: string) =>
  useRouteQuery(api.getMeasure, id ? { params: { id } } : null);
export const useMeasureOptions = () => useRouteQuery(api.getMeasureOptions, {});
export const useRollUp = () => useRouteQuery(api.getMeasureRollUp, {});

export const useSaveMeasure = (id: string | null) =>
  useWriteRefreshingAll((body: MeasureInput, language) =>
    id
      ? callRoute(api.updateMeasure, { params: { id }, body }, language)
      : callRoute(api.createMeasure, { body }, language),
  );
export const usePostProgress = (id: string) =>
  useWriteRefreshingAll((body: ProgressInput, language) =>
    callRoute(api.postMeasureProgress, { params: { id }, body }, language),
  );
export const useChangeStatus = (id: string) =>
  useWriteRefreshingAll((body: StatusChangeInput, language) =>
    callRoute(api.changeMeasureStatus, { params: { id }, body }, language),
  );

// Views of measures and the office's settings.
export const useTimeline = () => useRouteQuery(api.getMeasureTimeline, {});
export const useByMunicipality = () => useRouteQuery(api.getMeasuresByMunicipality, {});
export const useMeasureSettings = () => useRouteQuery(api.getMeasureSettings, {});
export const useAddMeasureType = () =>
  useWriteRefreshingAll((body: MeasureTypeInput, language) =>
    callRoute(api.addMeasureType, { body }, language),
  );
export const useSaveMeasureSettings = () =>
  useWriteRefreshingAll((body: MeasureSettingsInput, language) =>
    callRoute(api.saveMeasureSettings, { body }, language),
  );
