import type { ApiRoute, RouteAnswer, RouteArgs } from "../../contract/api-route";
import { routePath } from "../../contract/api-route";
import { getJson, sendJson } from "./client";

/**
 * The one way the web calls a route of the API table (src/contract/routes/): the path, query,
 * body and answer types come from the route, so a renamed path or a changed field does not
 * compile. GET reads; every other method writes (client.ts: idempotency key, problem+json).
 */
export function callRoute<R extends ApiRoute>(
  route: R,
  args: RouteArgs<R>,
  language: string,
  extraHeaders: Record<string, string> = {},
): Promise<RouteAnswer<R>> {
  const path = routePath(
    route,
    args.params as Record<string, string> | undefined,
    args.query as Record<string, unknown> | undefined,
  );
  if (route.method === "GET") return getJson<RouteAnswer<R>>(path, language);
  return sendJson<RouteAnswer<R>>(route.method, path, args.body, language, extraHeaders);
}

/** The path of a route with its parameters and query, e.g. as a query key or a file's address. */
export function pathOf<R extends ApiRoute>(route: R, args: RouteArgs<R>): string {
  return routePath(
    route,
    args.params as Record<string, string> | undefined,
    args.query as Record<string, unknown> | undefined,
  );
}

/** The full address of a route (below /api/v1), for links, images and downloads. */
export function apiAddress<R extends ApiRoute>(route: R, args: RouteArgs<R>): string {
  return `/api/v1${pathOf(route, args)}`;
}
