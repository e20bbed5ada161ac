import type { PartnerInput } from "../../contract/partners";
import { partnerRoutes as api } from "../../contract/routes/partners";
import { callRoute } from "./call";
import { useRouteQuery, useSearchRouteQuery } from "./queries";
import { useWriteRefreshingAll } from "./route-write";

/** Network partners: the list, one partner with its measures, the form (new or changed). */
export const usePartners = (search: string) => useSearchRouteQuery(api.listPartners, search);
export const usePartner = (id: string) =>
  useRouteQuery(api.getPartner, id ? { params: { id } } : null);
export const useSavePartner = (id: string | null) =>
  useWriteRefreshingAll((body: PartnerInput, language) =>
    id
      ? callRoute(api.updatePartner, { params: { id }, body }, language)
      : callRoute(api.createPartner, { body }, language),
  );
