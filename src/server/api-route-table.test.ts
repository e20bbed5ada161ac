import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiRoute } from "../contract/api-route";
import { apiRouteAreas } from "../contract/routes";
import { createTestApp, type TestApp } from "../testing/test-app";

/**
 * The route table of src/contract/routes against the server: every route of the table is
 * registered below /api/v1 with its method, path and the very schema objects of the table
 * (params, query, body, the answer at its status), and every /api/v1 route is in the table.
 */
describe("the API route table", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
  });
  afterAll(async () => {
    await t.close();
  });

  const routes = apiRouteAreas.flatMap(([area, table]) =>
    Object.entries(table).map(([name, route]) => ({ area, name, route })),
  );
  const key = (route: ApiRoute) => `${route.method} /api/v1${route.path}`;

  it("has unique area and route names, and one entry per method and path", () => {
    const areas = apiRouteAreas.map(([area]) => area);
    expect(new Set(areas).size).toBe(areas.length);
    const names = routes.map((r) => r.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const keys = routes.map((r) => key(r.route));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("every route of the table is registered with the table's schemas", () => {
    const wrong: string[] = [];
    for (const { name, route } of routes) {
      const schema = t.app.apiRouteSchemas.get(key(route)) as
        | {
            params?: unknown;
            querystring?: unknown;
            body?: unknown;
            response?: Record<number, unknown>;
          }
        | undefined;
      if (!t.app.apiRouteSchemas.has(key(route))) {
        wrong.push(`${name}: ${key(route)} is not registered`);
        continue;
      }
      for (const part of ["params", "querystring", "body"] as const) {
        if (schema?.[part] !== route[part]) wrong.push(`${name}: ${part} is not the table's`);
      }
      if (route.response !== undefined && schema?.response?.[route.status] !== route.response) {
        wrong.push(`${name}: the answer at ${route.status} is not the table's`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every /api/v1 route is in the table", () => {
    const inTable = new Set(routes.map((r) => key(r.route)));
    const missing = [...t.app.apiRouteSchemas.keys()].filter((k) => !inTable.has(k)).sort();
    expect(missing).toEqual([]);
  });
});
