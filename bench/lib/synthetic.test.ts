import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "../../src/server/platform/db/tenant-scope";
import { getOverview } from "../../src/server/read-models/overview/service";
import { createTestApp, type TestApp } from "../../src/testing/test-app";
import { testDriver } from "../../src/testing/test-database";
import { cloneCounties } from "./clone";
import { loadObservations } from "./observations";

describe("bench data: indicator observations and copied counties", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const fingerprint = async () =>
    (
      await t.database.query<{ n: number; f: string }>(
        `select count(*)::int n, md5(string_agg(concat_ws('|', i.key, v.period, v.municipality_id, v.value, v.mark, v.status), ',' order by i.key, v.period, v.municipality_id nulls first)) f
           from indicator_value v join indicator i on i.tenant_id = v.tenant_id and i.id = v.indicator_id
          where v.tenant_id = $1 and v.entered_by = 'system:synthetic'`,
        [t.tenantId],
      )
    )[0];

  it("writes as many observations as asked, each cell once, the same for the same seed", async () => {
    const input = { tenantId: t.tenantId, seed: "test-seed", count: 2_000 };
    expect(await loadObservations(t.database, input)).toBe(2_000);
    const first = await fingerprint();
    expect(first?.n).toBe(2_000);
    const [withheld] = await t.database.query<{ n: number }>(
      "select count(*)::int n from indicator_value where tenant_id = $1 and mark = '.' and value is null",
      [t.tenantId],
    );
    expect(withheld?.n).toBeGreaterThan(0);
    await t.database.query(
      "delete from indicator where tenant_id = $1 and key like 'synthetisch-%'",
      [t.tenantId],
    );
    expect((await fingerprint())?.n).toBe(0);
    expect(await loadObservations(t.database, input)).toBe(2_000);
    expect(await fingerprint()).toEqual(first);
  });

  it.skipIf(testDriver() !== "postgres")(
    "a copied county has its source's rows under its own tenant id and the same overview",
    async () => {
      const [copy] = await cloneCounties(t.database.url ?? "", [
        { source: t.tenantId, slug: "kopie", name: "Kopie" },
      ]);
      expect(copy).toBeTruthy();
      for (const table of ["measure", "booking", "audit_event", "indicator_value", "app_user"]) {
        const rows = await t.database.query<{ tenant_id: string; n: number }>(
          `select tenant_id, count(*)::int n from ${table} where tenant_id in ($1, $2) group by tenant_id`,
          [t.tenantId, copy],
        );
        const n = (id: string | undefined) => rows.find((r) => r.tenant_id === id)?.n ?? 0;
        expect([table, n(copy)]).toEqual([table, n(t.tenantId)]);
      }
      const today = "2025-06-30";
      const source = await getOverview(tenantDb(t.database.db, t.tenantId), { today });
      const copied = await getOverview(tenantDb(t.database.db, copy ?? ""), { today });
      expect(copied.tenant.name).toBe("Kopie");
      expect({ ...copied, tenant: source.tenant }).toEqual(source);
    },
  );
});
