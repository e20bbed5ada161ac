import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  type TestApp,
  testCountyName,
  testCountySlug,
} from "../../../testing/test-app";
import { tenantCommands } from "./cli";

describe("starting a county: command, settings page, platform administration", () => {
  let t: TestApp;
  let admin: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), "kurs-county-"));
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    admin = { ...(await t.signIn("admin")), "accept-language": "de-DE" };
  });
  afterAll(async () => t?.close());

  const municipalitiesOf = (slug: string) =>
    t.database.query<{ name: string; ags: string | null }>(
      "select m.name, m.ags from municipality m join tenant t on t.id = m.tenant_id where t.slug = $1 order by m.position",
      [slug],
    );

  it("tenant create --ags --municipalities-csv makes an empty county with its municipalities", async () => {
    const csv = join(dir, "kommunen.csv");
    writeFileSync(csv, "Name;AGS\nMusterstadt;03999001\nBeispielheim;03999002\nOhneschlüssel;\n");
    await tenantCommands.tenant(t.database, ["create"], {
      name: "Landkreis Muster",
      slug: "landkreis-muster",
      ags: "03999",
      "municipalities-csv": csv,
    });
    expect(await municipalitiesOf("landkreis-muster")).toEqual([
      { name: "Musterstadt", ags: "03999001" },
      { name: "Beispielheim", ags: "03999002" },
      { name: "Ohneschlüssel", ags: null },
    ]);
    const counts = await t.database.query<{ n: number }>(
      `select (select count(*) from concept_version v where v.tenant_id = t.id)
            + (select count(*) from measure m where m.tenant_id = t.id)
            + (select count(*) from fund f where f.tenant_id = t.id)
            + (select count(*) from partner p where p.tenant_id = t.id) as n
         from tenant t where t.slug = 'landkreis-muster'`,
    );
    expect(Number(counts[0]?.n)).toBe(0);
  });

  it("refuses a CSV whose keys do not fit the county, naming each row, and creates nothing", async () => {
    const csv = join(dir, "falsch.csv");
    writeFileSync(csv, "Name;AGS\nA-Dorf;0399900\nB-Dorf;03998001\n;03999003\n");
    await expect(
      tenantCommands.tenant(t.database, ["create"], {
        name: "Landkreis Falsch",
        slug: "falsch",
        ags: "03999",
        "municipalities-csv": csv,
      }),
    ).rejects.toThrow(
      /Zeile 2, AGS: .*8 Ziffern[\s\S]*Zeile 3, AGS: .*Schlüssel[\s\S]*Zeile 4, Name/,
    );
    expect(await t.database.query("select 1 from tenant where slug = 'falsch'")).toHaveLength(0);
  });

  it("the settings page reads and saves the county's settings, audited, each field checked", async () => {
    const read = await t.app.inject({ url: "/api/v1/county/settings", headers: admin });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ slug: testCountySlug, disclosureThreshold: 3 });
    const bad = await t.app.inject({
      method: "PUT",
      url: "/api/v1/county/settings",
      headers: admin,
      payload: {
        name: testCountyName,
        agsPrefix: "3357",
        disclosureThreshold: 0,
        measureOverdueDays: "zehn",
        measureStaleDays: null,
        reportFullMeasures: 20,
      },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["agsPrefix", "disclosureThreshold", "measureOverdueDays"]),
    );
    const saved = await t.app.inject({
      method: "PUT",
      url: "/api/v1/county/settings",
      headers: admin,
      payload: {
        name: testCountyName,
        agsPrefix: "03357",
        disclosureThreshold: 5,
        measureOverdueDays: 60,
        measureStaleDays: 120,
        reportFullMeasures: 10,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ measureOverdueDays: 60, measureStaleDays: 120 });
    const audit = await t.database.query<{ after: Record<string, unknown> }>(
      "select after from audit_event where action = 'county.settings'",
    );
    expect(audit.at(-1)?.after).toMatchObject({ disclosureThreshold: 5, reportFullMeasures: 10 });
    const coordinator = await t.signIn("coordinator");
    expect(
      (await t.app.inject({ url: "/api/v1/county/settings", headers: coordinator })).statusCode,
    ).toBe(403);
  });

  it("only a platform administrator (KURS_PLATFORM_ADMINS) creates a county in the UI", async () => {
    const body = { name: "Landkreis Nord", slug: "nord", agsPrefix: "01001" };
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/v1/platform/counties",
      headers: admin,
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    const me = (await t.app.inject({ url: "/api/v1/auth/me", headers: admin })).json<{
      user: { email: string };
    }>();
    process.env.KURS_PLATFORM_ADMINS = `andere@example.org, ${me.user.email.toUpperCase()}`;
    try {
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/platform/counties",
        headers: admin,
        payload: body,
      });
      expect(created.statusCode, created.body).toBe(201);
      const list = await t.app.inject({ url: "/api/v1/platform/counties", headers: admin });
      expect(list.json<{ counties: { slug: string }[] }>().counties.map((c) => c.slug)).toContain(
        "nord",
      );
      const again = await t.app.inject({
        method: "POST",
        url: "/api/v1/platform/counties",
        headers: admin,
        payload: body,
      });
      expect(again.statusCode).toBe(409);
    } finally {
      delete process.env.KURS_PLATFORM_ADMINS;
    }
  });
});
