import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { county } from "../../../testing/factories";
import { sessionCookieFrom, testOrigin } from "../../../testing/test-app";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import { buildApp } from "../../app";
import { createUser } from "../auth/accounts";
import { tenantDb } from "../db/tenant-scope";
import { resolveDefaultTenant } from "../tenancy/request-context";

describe("security events are logged, secrets never", () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const password = "Geheimes-Passwort-im-Log?";
  const email = "log-probe@example.org";
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
    await county(database, { slug: "protokollkreis" });
    app = await buildApp({ database, logger: { level: "info", stream } });
    const tenantId = (await resolveDefaultTenant(database.db)) ?? "";
    await createUser(
      tenantDb(database.db, tenantId),
      { email, role: "partner", password },
      { actor: "test" },
    );
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("logs logins, failures and denials without password, cookie or address", async () => {
    const bad = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: `${password}x` },
      headers: { origin: testOrigin },
    });
    expect(bad.statusCode).toBe(401);
    const good = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password },
      headers: { origin: testOrigin },
    });
    const cookie = sessionCookieFrom(good.headers["set-cookie"]);
    const token = cookie.split("=")[1] ?? "";
    const denied = await app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: {},
      headers: { cookie, origin: testOrigin },
    });
    expect(denied.statusCode).toBe(403);

    const log = lines.join("");
    expect(log).toContain("login failed");
    expect(log).toContain("login succeeded");
    expect(log).toContain("access denied");
    expect(token.length).toBeGreaterThan(20);
    for (const secret of [password, token, email]) expect(log).not.toContain(secret);
  });
});
