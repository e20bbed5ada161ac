import type { z } from "zod";

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One route of the Kurs API (below /api/v1): method, path with its `:parameters`, and the zod
 * schemas of path parameters, query, body and answer. The server registers each route with
 * exactly these schemas (src/server/api-route-table.test.ts compares every registered route with
 * the table), and the web calls it through web/api/call.ts: a renamed path or a changed field is
 * a compile error on both sides.
 */
export interface ApiRoute {
  method: ApiMethod;
  path: string;
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  /** The status of a successful answer. */
  status: 200 | 201 | 202 | 204 | 302 | 303;
  /** The answer's schema; none where the answer is a file or empty. */
  response?: z.ZodType;
}

/** Declares a route, keeping its literal method, path and schema types. */
export const apiRoute = <const R extends ApiRoute>(route: R): R => route;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The values a path needs, one per `:parameter`. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

/** What a route answers (its response schema's output), or undefined for files and 204. */
export type RouteAnswer<R extends ApiRoute> = R["response"] extends z.ZodType
  ? z.output<R["response"]>
  : undefined;

/** What a route takes: its path's parameters, its query and its body, each only if it has one. */
export type RouteArgs<R extends ApiRoute> = ([ParamNames<R["path"]>] extends [never]
  ? { params?: undefined }
  : { params: PathParams<R["path"]> }) &
  (R["querystring"] extends z.ZodType
    ? { query?: z.input<R["querystring"]> }
    : { query?: undefined }) &
  (R["body"] extends z.ZodType ? { body: z.input<R["body"]> } : { body?: undefined });

/** The path with its `:parameters` filled in (each encoded), and the query as a query string. */
export function routePath(
  route: ApiRoute,
  params: Record<string, string> | undefined,
  query?: Record<string, unknown>,
): string {
  const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${route.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== "") search.append(key, String(one));
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
