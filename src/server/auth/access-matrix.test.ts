import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../db/schema";
import { createTestApp, type TestApp, testOrigin } from "../testing/test-app";
import { may, type Permission, type Principal } from "./permissions";

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
  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ["admin", "coordinator", "partner", "committee"] as Role[]) {
      headers[role] = await t.signIn(role);
    }
  });
  afterAll(async () => t?.close());

  it("every API route names a permission", () => {
    const routes = [...t.app.routePermissions.entries()];
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter(([, permission]) => !permission).map(([route]) => route)).toEqual([]);
  });

  it("0 unexpected successes and 0 wrongful refusals", async () => {
    const unexpected: string[] = [];
    // Logout last: it ends the session the other checks use.
    const routes = [...t.app.routePermissions.entries()].sort(([a], [b]) =>
      a.includes("logout") ? 1 : b.includes("logout") ? -1 : a.localeCompare(b),
    );
    for (const principal of [
      "public",
      "partner",
      "committee",
      "coordinator",
      "admin",
    ] as Principal[]) {
      for (const [route, permission] of routes) {
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
