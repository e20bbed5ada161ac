import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, testOrigin, testPassword } from "../../../testing/test-app";
import { tenantDb } from "../db/tenant-scope";
import { createUser } from "./accounts";
import { setBreakGlass } from "./break-glass";
import { localLoginFromEnv, oidcConfigFromEnv } from "./oidc/config";

const oidcEnv = {
  KURS_OIDC_ISSUER: "https://login.landkreis.example/realms/kurs",
  KURS_OIDC_CLIENT_ID: "kurs",
  KURS_OIDC_CLIENT_SECRET: "geheim",
  KURS_PUBLIC_URL: "https://kurs.landkreis.example",
  KURS_OIDC_ROLE_MAP: "kurs-admin=admin,kurs-koordination=coordinator",
};

describe("KURS_LOCAL_LOGIN=0: passwords only for the break-glass admin", () => {
  let t: TestApp;
  beforeAll(async () => {
    const oidc = oidcConfigFromEnv(oidcEnv);
    if (!oidc) throw new Error("no config");
    t = await createTestApp({ seeded: false, oidc, localLogin: false });
    const scope = tenantDb(t.database.db, t.tenantId);
    for (const [email, role] of [
      ["koordination@example.org", "coordinator"],
      ["notfall@example.org", "admin"],
    ] as const) {
      await createUser(scope, { email, role, password: testPassword }, { actor: "test" });
    }
  });
  afterAll(async () => t?.close());

  const login = (email: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: testPassword },
      headers: { origin: testOrigin },
    });

  it("refuses every password until an admin is named break-glass, then only that one", async () => {
    expect((await login("koordination@example.org")).statusCode).toBe(401);
    expect((await login("notfall@example.org")).statusCode).toBe(401);
    expect(
      await setBreakGlass(tenantDb(t.database.db, t.tenantId), "koordination@example.org"),
    ).toMatch(/kein Administrationskonto/);
    expect(await setBreakGlass(tenantDb(t.database.db, t.tenantId), "notfall@example.org")).toBe(
      null,
    );
    expect((await login("notfall@example.org")).statusCode).toBe(200);
    expect((await login("koordination@example.org")).statusCode).toBe(401);
    expect((await t.app.inject({ url: "/api/v1/auth/oidc" })).json()).toEqual({
      enabled: true,
      localLogin: false,
    });
  });

  it("configuration: the role map is checked, and passwords cannot be switched off without OIDC", () => {
    expect(() => localLoginFromEnv({ KURS_LOCAL_LOGIN: "0" }, null)).toThrow(/KURS_OIDC_ISSUER/);
    expect(() => oidcConfigFromEnv({ ...oidcEnv, KURS_OIDC_ROLE_MAP: "kurs-admin=chef" })).toThrow(
      /Gruppe=Rolle/,
    );
    expect(() => oidcConfigFromEnv({ ...oidcEnv, KURS_OIDC_CLIENT_SECRET: "" })).toThrow(
      /KURS_OIDC_CLIENT_SECRET/,
    );
    expect(oidcConfigFromEnv({ ...oidcEnv })?.roleClaim).toBe("groups");
  });
});
