import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { ApiRoute, RouteAnswer, RouteArgs } from "../../contract/api-route";
import { conceptRoutes } from "../../contract/routes/concept";
import { councilPaperRoutes } from "../../contract/routes/council-papers";
import { overviewRoutes } from "../../contract/routes/overview";
import { resolutionRoutes } from "../../contract/routes/resolutions";
import { useLanguage } from "../i18n/useFormat";
import { callRoute, pathOf } from "./call";
import { getJson } from "./client";

/** Every query carries the language, so switching it refetches (server texts are localised). */
export const apiQuery = <T>(path: string, language: string) =>
  queryOptions({
    queryKey: [path, language],
    queryFn: () => getJson<T>(path, language),
    placeholderData: keepPreviousData,
  });

/** A GET of the API in the reader's language; `null` waits (nothing is asked yet). */
export function useApiQuery<T>(path: string | null) {
  const language = useLanguage();
  return useQuery({ ...apiQuery<T>(path ?? "", language), enabled: path !== null });
}

/**
 * A GET route of the API table in the reader's language; `null` arguments wait. The query key is
 * the path (as with useApiQuery), so invalidating a path prefix reaches it.
 */
export function useRouteQuery<R extends ApiRoute & { method: "GET" }>(
  route: R,
  args: RouteArgs<R> | null,
) {
  return useApiQuery<RouteAnswer<R>>(args === null ? null : pathOf(route, args));
}

/**
 * A list query given as URL parameters (as the list pages keep them); the server checks them. The
 * query key is the path with these parameters, so invalidating the path prefix reaches it.
 */
export function useSearchRouteQuery<R extends ApiRoute & { method: "GET" }>(
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

export const useTenant = () => useRouteQuery(overviewRoutes.getTenantInfo, {});
export const useOverview = () => useRouteQuery(overviewRoutes.getOverview, {});
export const useConcept = () => useRouteQuery(conceptRoutes.getConcept, {});
export const useCouncil = () => useRouteQuery(councilPaperRoutes.getCouncil, {});
export const usePaper = (id: string) =>
  useRouteQuery(councilPaperRoutes.getPaper, { params: { id } });
export const useCommittee = (id: string) =>
  useRouteQuery(councilPaperRoutes.getCommittee, { params: { id } });
export const useMeeting = (id: string) =>
  useRouteQuery(councilPaperRoutes.getMeeting, { params: { id } });
/** Every resolution with its effects, and the names those effects refer to. */
export const useTimeline = () => useRouteQuery(conceptRoutes.getConceptTimeline, {});
export const useResolutions = (paperId: string) =>
  useRouteQuery(resolutionRoutes.listResolutions, { query: { paperId } });
