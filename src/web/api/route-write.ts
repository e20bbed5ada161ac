import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiRoute, RouteAnswer, RouteArgs } from "../../contract/api-route";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";
import type { ApiError } from "./client";

/** The body a route of the table takes (undefined where it takes none). */
export type RouteBody<R extends ApiRoute> = RouteArgs<R> extends { body: infer B } ? B : undefined;

/**
 * A write to the API (usually one callRoute of the route table), typed with the API's error; on
 * success every cached query is refreshed (lists, overview and roll-ups show what it changes).
 */
export function useWriteRefreshingAll<I, O>(send: (input: I, language: string) => Promise<O>) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<O, ApiError, I>({
    mutationFn: (input) => send(input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** A write to one route of the table (its path parameters given, the body per call). */
export function useRouteWrite<R extends ApiRoute>(route: R, args: Omit<RouteArgs<R>, "body">) {
  return useWriteRefreshingAll<RouteBody<R>, RouteAnswer<R>>((body, language) =>
    callRoute(route, { ...args, body } as RouteArgs<R>, language),
  );
}
