import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieFrom, testOrigin, testPassword } from "../../../testing/test-app";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import { buildApp } from "../../app";
import { sampleConceptDocx } from "../../features/concept/import/sample-concept";
import { createUser } from "../auth/accounts";
import { tenantDb } from "../db/tenant-scope";
import { resolveDefaultTenant } from "./request-context";
import { createTenant } from "./tenants";

type App = Awaited<ReturnType<typeof buildApp>>;

async function signIn(app: App, database: TestDatabase, slug: string, email: string) {
  const tenantId = (await resolveDefaultTenant(database.db, slug)) ?? "";
  await createUser(
    tenantDb(database.db, tenantId),
    { email, role: "coordinator", password: testPassword },
    { actor: "test" },
  );
  const login = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: testPassword },
    headers: { origin: testOrigin },
  });
  return { cookie: sessionCookieFrom(login.headers["set-cookie"]), origin: testOrigin };
}

/** Every GET route without path parameters: the list routes. */
async function listRoutes(app: App): Promise<string[]> {
  const spec = (await app.inject({ url: "/api/openapi.json" })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  return Object.entries(spec.paths)
    .filter(([p, m]) => p.startsWith("/api/v1/") && !p.includes("{") && "get" in m)
    .map(([p]) => p);
}

describe("a county created by command sees nothing of Rotenburg, and Rotenburg nothing of it", () => {
  let database: TestDatabase;
  let rotenburg: App;
  let muster: App;
  let atRotenburg: Record<string, string>;
  let atMuster: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await createTenant(
      database.db,
      {
        slug: "landkreis-muster",
        name: "Landkreis Muster",
        agsPrefix: "03999",
        municipalities: [{ name: "Musterstadt", ags: "03999001" }],
      },
      "test",
    );
    rotenburg = await buildApp({ database, tenantSlug: "rotenburg", loginRateLimit: 1000 });
    muster = await buildApp({ database, tenantSlug: "landkreis-muster", loginRateLimit: 1000 });
    atRotenburg = await signIn(rotenburg, database, "rotenburg", "k@rotenburg.example");
    atMuster = await signIn(muster, database, "landkreis-muster", "k@muster.example");
    const imported = await muster.inject({
      method: "POST",
      url: "/api/v1/concept/import",
      headers: atMuster,
      payload: { format: "docx", content: (await sampleConceptDocx()).toString("base64") },
    });
    expect(imported.statusCode, imported.body).toBe(201);
  });
  afterAll(async () => {
    await rotenburg?.close();
    await muster?.close();
    await database?.close();
  });

  it("no list route of either county shows the other's rows", async () => {
    const musterIds = (
      await database.query<{ id: string }>(
        `select x.id::text as id from (
           select id, tenant_id from concept_version union all select id, tenant_id from action_field
           union all select id, tenant_id from goal union all select id, tenant_id from recommendation
           union all select id, tenant_id from municipality union all select id, tenant_id from committee) x
         join tenant t on t.id = x.tenant_id where t.slug = 'landkreis-muster'`,
      )
    ).map((r) => r.id);
    expect(musterIds.length).toBeGreaterThan(40);
    const routes = await listRoutes(rotenburg);
    expect(routes.length).toBeGreaterThan(20);
    for (const path of routes) {
      const seen = await rotenburg.inject({ url: path, headers: atRotenburg });
      expect(seen.statusCode, path).toBeLessThan(500);
      for (const word of ["Landkreis Muster", "Musterstadt", "Sprachkitas in allen Gemeinden"])
        expect(seen.body, `${path} at Rotenburg`).not.toContain(word);
      expect(
        musterIds.filter((id) => seen.body.includes(id)),
        path,
      ).toEqual([]);
      const other = await muster.inject({ url: path, headers: atMuster });
      expect(other.statusCode, path).toBeLessThan(500);
      for (const word of ["Rotenburg", "Bremervörde", "Sprachkurse 2024"])
        expect(other.body, `${path} at Muster`).not.toContain(word);
    }
  }, 240_000);
});
