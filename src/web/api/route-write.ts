import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiRoute, RouteAnswer, RouteArgs } from "../../contract/api-route";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";
import type { ApiError } from "./client";

/** The body a route of the table takes (undefined where it takes none). */
export type RouteBody<R extends ApiRoute> = RouteArgs<R> extends { body: infer B } ? B : undefined;

/**
 * A write to a route of the table (its path parameters given, the body per call), typed with
 * the API's error; on success every cached query is refreshed (the effects reach far).
 */
export function useRouteWrite<R extends ApiRoute>(route: R, args: Omit<RouteArgs<R>, "body">) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<RouteAnswer<R>, ApiError, RouteBody<R>>({
    mutationFn: (body) => callRoute(route, { ...args, body } as RouteArgs<R>, language),
    onSuccess: () => client.invalidateQueries(),
  });
}
