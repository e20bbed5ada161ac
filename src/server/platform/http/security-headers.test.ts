import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("security headers and errors without internals", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
  });
  afterAll(async () => t?.close());

  it("sets a strict CSP, nosniff, referrer policy and no-store on every API route", async () => {
    for (const url of [
      "/api/health",
      "/api/v1/overview",
      "/api/v1/concept",
      "/api/v1/tenant",
      "/api/openapi.json",
      "/api/v1/missing",
    ]) {
      const response = await t.app.inject({ url });
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(response.headers["cache-control"]).toBe("no-store");
      expect(response.headers["x-request-id"]).toBeTruthy();
    }
  });

  it("a database failure becomes a 500 problem with an error id, no SQL or stack", async () => {
    // Not the overview: it may answer from its cache (an earlier test here has read it).
    await t.database.exec("alter table committee rename to committee_gone");
    try {
      const response = await t.app.inject({ url: "/api/v1/council" });
      expect(response.statusCode).toBe(500);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      const body = response.body;
      expect(body).toMatch(/Fehlernummer \/ error id: [0-9a-f-]{36}/);
      expect(body).not.toMatch(/committee|select|relation|at .*\.ts|postgres/i);
    } finally {
      await t.database.exec("alter table committee_gone rename to committee");
    }
  });

  it("health is 503 when migrations are not current", async () => {
    await t.database.exec(
      "alter table drizzle.__drizzle_migrations rename to __drizzle_migrations_hidden",
    );
    try {
      const response = await t.app.inject({ url: "/api/health" });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: "unavailable", database: t.database.driver });
    } finally {
      await t.database.exec(
        "alter table drizzle.__drizzle_migrations_hidden rename to __drizzle_migrations",
      );
    }
    const ok = await t.app.inject({ url: "/api/health" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: "ok", database: t.database.driver });
  });

  it("serves OpenAPI 3.1 with every API route", async () => {
    const spec = (await t.app.inject({ url: "/api/openapi.json" })).json();
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/v1/overview",
        "/api/v1/concept",
        "/api/v1/concept/versions/{versionId}/goals",
      ]),
    );
    const docs = await t.app.inject({ url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger");
  });
});
