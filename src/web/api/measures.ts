import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RouteArgs } from "../../contract/api-route";
import type { MeasureSettingsInput, MeasureTypeInput } from "../../contract/measure-views";
import type {
  MeasureInput,
  PartnerInput,
  ProgressInput,
  StatusChangeInput,
} from "../../contract/measures";
import { measureAreaRoutes as api } from "../../contract/routes/measure-area";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";
import { useRouteQuery } from "./queries";
import { useWriteRefreshingAll } from "./route-write";

/**
 * A list query given as URL parameters (as the list pages keep them); the server checks them. The
 * query key stays the path with these parameters, as before the route table.
 */
function useSearchQuery<R extends typeof api.listMeasures | typeof api.listPartners>(
  route: R,
  search: string,
) {
  const language = useLanguage();
  const query = Object.fromEntries(new URLSearchParams(search)) as RouteArgs<R>["query"];
  return useQuery({
    queryKey: [`${route.path}?${search}`, language],
    queryFn: () => callRoute(route, { query } as RouteArgs<R>, language),
    placeholderData: keepPreviousData,
  });
}

export const useMeasures = (search: string) => useSearchQuery(api.listMeasures, search);
export const useMeasure = (id: string) =>
  useRouteQuery(api.getMeasure, id ? { params: { id } } : null);
export const useMeasureOptions = () => useRouteQuery(api.getMeasureOptions, {});
export const useRollUp = () => useRouteQuery(api.getMeasureRollUp, {});
export const usePartner = (id: string) =>
  useRouteQuery(api.getPartner, id ? { params: { id } } : null);

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
export const useCreatePartner = () =>
  useWriteRefreshingAll((body: PartnerInput, language) =>
    callRoute(api.createPartner, { body }, language),
  );

// Views of measures, the partner list and the office's settings.
export const useTimeline = () => useRouteQuery(api.getMeasureTimeline, {});
export const useByMunicipality = () => useRouteQuery(api.getMeasuresByMunicipality, {});
export const usePartners = (search: string) => useSearchQuery(api.listPartners, search);
export const useMeasureSettings = () => useRouteQuery(api.getMeasureSettings, {});
export const useAddMeasureType = () =>
  useWriteRefreshingAll((body: MeasureTypeInput, language) =>
    callRoute(api.addMeasureType, { body }, language),
  );
export const useSaveMeasureSettings = () =>
  useWriteRefreshingAll((body: MeasureSettingsInput, language) =>
    callRoute(api.saveMeasureSettings, { body }, language),
  );
export const useSavePartner = (id: string | null) =>
  useWriteRefreshingAll((body: PartnerInput, language) =>
    id
      ? callRoute(api.updatePartner, { params: { id }, body }, language)
      : callRoute(api.createPartner, { body }, language),
  );
