import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, testOrigin } from "../../../testing/test-app";
import type { Role } from "../db/schema";
import { may, mayWithToken, type Permission, type Principal } from "./permissions";

const someId = "00000000-0000-4000-8000-000000000000";

/**
 * Every role × every /api/v1 route: a role the permission table does not admit must get 401/403;
 * a role it admits must never get 401/403. The routes come from the app itself, so a new route is
 * in the matrix automatically — and a route without a permission fails the first test.
 */
describe("access matrix: every role × every route", () => {
  let t: TestApp;
  const headers: Record<Principal, Record<string, string>> = {
    public: { origin: testOrigin },
  } as never;
  /** A read-write personal access token per role: an extra principal. */
  const tokenHeaders = {} as Record<Role, Record<string, string>>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    for (const role of ["admin", "coordinator", "partner", "committee"] as Role[]) {
      headers[role] = await t.signIn(role);
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/account/tokens",
        payload: { name: `Matrix ${role}`, access: "write", validDays: 30 },
        headers: headers[role],
      });
      if (created.statusCode !== 201) throw new Error(`token: ${created.body}`);
      // No Origin header: machine clients do not send one.
      tokenHeaders[role] = { authorization: `Bearer ${created.json().token}` };
    }
    // Creating counties checks a second list beyond the role (auth/permissions.ts isPlatformAdmin,
    // KURS_PLATFORM_ADMINS): the matrix's admin is on it, so the table's admin column holds;
    // tenancy/county-start.test.ts shows a plain admin refused.
    const admin = await t.app.inject({ url: "/api/v1/auth/me", headers: headers.admin });
    process.env.KURS_PLATFORM_ADMINS = admin.json().user.email;
  });
  afterAll(async () => {
    delete process.env.KURS_PLATFORM_ADMINS;
    await t?.close();
  });

  /** (method, path) of every /api/v1 operation in the published OpenAPI document. */
  async function documentedRoutes(): Promise<string[]> {
    const spec = (await t.app.inject({ url: "/api/openapi.json" })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    return Object.entries(spec.paths)
      .filter(([path]) => path.startsWith("/api/v1/"))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map(
          (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`,
        ),
      );
  }

  it("every documented route names a permission, and every route is documented", async () => {
    const documented = await documentedRoutes();
    expect(documented.length).toBeGreaterThan(10);
    expect(documented.filter((route) => !t.app.routePermissions.get(route))).toEqual([]);
    expect([...t.app.routePermissions.keys()].sort()).toEqual([...documented].sort());
  });

  it("0 unexpected successes and 0 wrongful refusals", async () => {
    const unexpected: string[] = [];
    // Logout last: it ends the session the other checks use.
    const routes = (await documentedRoutes()).sort((a, b) =>
      a.includes("logout") ? 1 : b.includes("logout") ? -1 : a.localeCompare(b),
    );
    for (const principal of [
      "public",
      "partner",
      "committee",
      "coordinator",
      "admin",
    ] as Principal[]) {
      for (const route of routes) {
        const permission = t.app.routePermissions.get(route);
        const [method = "GET", url = ""] = route.split(" ");
        const response = await t.app.inject({
          method: method as never,
          url: url.replace(/:[A-Za-z]+/g, someId),
          headers: headers[principal],
          ...(method === "GET" ? {} : { payload: {} }),
        });
        const refused = response.statusCode === 401 || response.statusCode === 403;
        const allowed = may(principal, permission as Permission);
        if (allowed === refused) {
          unexpected.push(
            `${principal} ${route} → ${response.statusCode} (${allowed ? "should pass" : "should be refused"})`,
          );
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("tokens: each role's read-write token passes exactly what its role may, minus admin and own-account permissions", async () => {
    const unexpected: string[] = [];
    const routes = await documentedRoutes();
    let refusals = 0;
    for (const role of ["partner", "committee", "coordinator", "admin"] as Role[]) {
      for (const route of routes) {
        const permission = t.app.routePermissions.get(route) as Permission;
        const [method = "GET", url = ""] = route.split(" ");
        const response = await t.app.inject({
          method: method as never,
          url: url.replace(/:[A-Za-z]+/g, someId),
          headers: tokenHeaders[role],
          ...(method === "GET" ? {} : { payload: {} }),
        });
        const refused = response.statusCode === 401 || response.statusCode === 403;
        if (refused) refusals++;
        const allowed = mayWithToken(role, "write", permission, method !== "GET");
        if (allowed === refused) {
          unexpected.push(
            `token(${role}) ${route} → ${response.statusCode} (${allowed ? "should pass" : "should be refused"})`,
          );
        }
      }
    }
    expect(unexpected).toEqual([]);
    // The admin's token is refused every admin-only route (users, audit trail, legal texts).
    expect(mayWithToken("admin", "write", "users.manage", false)).toBe(false);
    expect(refusals).toBeGreaterThan(0);
  });

  it("the public never sees drafts", async () => {
    // The matrix above ended the sessions (logout), so sign in afresh.
    headers.coordinator = await t.signIn("coordinator");
    headers.partner = await t.signIn("partner");
    headers.committee = await t.signIn("committee");
    const draft = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: { title: "Interner Entwurf" },
      headers: headers.coordinator,
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as string;
    const publicConcept = await t.app.inject({ url: "/api/v1/concept" });
    expect(publicConcept.json().versions.map((v: { status: string }) => v.status)).not.toContain(
      "draft",
    );
    expect((await t.app.inject({ url: `/api/v1/concept/versions/${id}` })).statusCode).toBe(404);
    const partner = await t.app.inject({
      url: `/api/v1/concept/versions/${id}`,
      headers: headers.partner,
    });
    expect(partner.statusCode).toBe(404);
    const committee = await t.app.inject({
      url: `/api/v1/concept/versions/${id}`,
      headers: headers.committee,
    });
    expect(committee.statusCode).toBe(200);
  });
});
