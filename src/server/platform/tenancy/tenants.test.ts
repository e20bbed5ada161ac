import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database";
import { buildApp } from "../../app";
import {
  createTenant,
  listTenants,
  setTenantDisabled,
  TenantInputError,
  updateTenant,
} from "./tenants";

describe("operating several counties (tenant create, list, disable, settings)", () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let rotenburg: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await createTenant(
      database.db,
      {
        slug: "heide",
        name: "Landkreis Heide",
        disclosureThreshold: 5,
        municipalities: ["Heide", "Meldorf"],
      },
      "test",
    );
    app = await buildApp({ database, tenantSlug: "heide" });
    rotenburg = await buildApp({ database, tenantSlug: "rotenburg" });
  });
  afterAll(async () => {
    await app?.close();
    await rotenburg?.close();
    await database?.close();
  });

  it("creates an empty county with its settings, municipalities and measure types", async () => {
    const overview = await app.inject({ url: "/api/v1/overview" });
    expect(overview.statusCode).toBe(200);
    expect(overview.json()).toMatchObject({ tenant: { name: "Landkreis Heide" }, concept: null });
    const rows = await listTenants(database.db);
    expect(rows.map((r) => [r.slug, r.municipalities, r.disabledAt])).toEqual([
      ["heide", 2, null],
      ["rotenburg", 13, null],
    ]);
    const [t] = await database.query<{ settings: Record<string, unknown> }>(
      "select settings from tenant where slug = 'heide'",
    );
    expect(t?.settings).toMatchObject({ disclosureThreshold: 5, logo: null });
    const types = await database.query(
      "select 1 from measure_type m join tenant t on t.id = m.tenant_id where t.slug = 'heide'",
    );
    expect(types.length).toBeGreaterThan(3);
  });

  it("refuses a second county with the same slug and a bad slug, changing nothing", async () => {
    const before = await listTenants(database.db);
    await expect(
      createTenant(database.db, { slug: "heide", name: "Noch einmal" }, "test"),
    ).rejects.toThrow(TenantInputError);
    await expect(
      createTenant(database.db, { slug: "Heide Süd", name: "Landkreis" }, "test"),
    ).rejects.toThrow(TenantInputError);
    expect(await listTenants(database.db)).toEqual(before);
  });

  it("a disabled county is refused with 403 on every API route; the others go on", async () => {
    await setTenantDisabled(database.db, "heide", true, "test");
    const refused = await app.inject({ url: "/api/v1/overview" });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.body).toContain("deaktiviert");
    expect((await app.inject({ url: "/api/v1/measures" })).statusCode).toBe(403);
    expect((await rotenburg.inject({ url: "/api/v1/overview" })).statusCode).toBe(200);
    await setTenantDisabled(database.db, "heide", false, "test");
    expect((await app.inject({ url: "/api/v1/overview" })).statusCode).toBe(200);
    const audit = await database.query<{ action: string }>(
      "select a.action from audit_event a join tenant t on t.id = a.tenant_id where t.slug = 'heide' and a.entity_type = 'tenant' order by a.occurred_at, a.action",
    );
    expect(audit.map((a) => a.action)).toEqual(["create", "disable", "enable"]);
  });

  it("changes name, threshold, logo and adds municipalities; a bad threshold changes nothing", async () => {
    await updateTenant(
      database.db,
      "heide",
      {
        name: "Kreis Heide",
        disclosureThreshold: 7,
        logo: { mediaType: "image/png", dataBase64: "iVBORw0KGgo=" },
        addMunicipalities: ["Büsum"],
      },
      "test",
    );
    await expect(
      updateTenant(database.db, "heide", { disclosureThreshold: 0, name: "Anders" }, "test"),
    ).rejects.toThrow(TenantInputError);
    const [t] = await database.query<{ name: string; settings: Record<string, unknown> }>(
      "select name, settings from tenant where slug = 'heide'",
    );
    expect(t).toMatchObject({
      name: "Kreis Heide",
      settings: { disclosureThreshold: 7, logo: { mediaType: "image/png" } },
    });
    const places = await database.query<{ name: string }>(
      "select m.name from municipality m join tenant t on t.id = m.tenant_id where t.slug = 'heide' order by m.position",
    );
    expect(places.map((p) => p.name)).toEqual(["Heide", "Meldorf", "Büsum"]);
  });

  it("sets how many measures a report tells in full and when a light is stale", async () => {
    await updateTenant(
      database.db,
      "heide",
      { reportFullMeasures: 5, measureStaleDays: 92 },
      "test",
    );
    await expect(
      updateTenant(database.db, "heide", { measureStaleDays: 1, reportFullMeasures: 9 }, "test"),
    ).rejects.toThrow(TenantInputError);
    const [t] = await database.query<{ settings: Record<string, unknown> }>(
      "select settings from tenant where slug = 'heide'",
    );
    expect(t?.settings).toMatchObject({ reportFullMeasures: 5, measureStaleDays: 92 });
  });
});
