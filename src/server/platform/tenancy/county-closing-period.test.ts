import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CountySettings } from "../../../contract/county-settings";
import type { Fund, FundList } from "../../../contract/ledger";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { closingUntilOf } from "../../features/ledger/closing-period";
import { tenantDb } from "../db/tenant-scope";
import { resolveDefaultTenant } from "./request-context";
import { createTenant } from "./tenants";

/**
 * The closing period (Nachbuchung) is each county's own setting (settings page, audited); the
 * server's KURS_LEDGER_CLOSING_UNTIL is only the default of counties that set none.
 */
describe("closing period per county", () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let editor: Record<string, string>;
  let musterId: string;
  const settings = {
    name: "Landkreis Rotenburg (Wümme)",
    agsPrefix: "03357",
    disclosureThreshold: 3,
    measureOverdueDays: 90,
    measureStaleDays: null,
    reportFullMeasures: 20,
  };
  const save = (ledgerClosingUntil: string | null) =>
    t.app.inject({
      method: "PUT",
      url: "/api/v1/county/settings",
      headers: { ...admin, "accept-language": "de" },
      payload: { ...settings, ledgerClosingUntil },
    });
  const closingOf = (tenantId: string) =>
    tenantDb(t.database.db, tenantId).transaction((tx) => closingUntilOf(tx, tenantId));
  const million = async () =>
    (await t.app.inject({ url: "/api/v1/funds", headers: editor }))
      .json<FundList>()
      .items.find((f) => f.name === "Mittel für Sprachkurse 2024") as Fund;

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    admin = await t.signIn("admin");
    editor = await t.signIn("coordinator");
    await createTenant(
      t.database.db,
      { slug: "landkreis-muster", name: "Landkreis Muster" },
      "test",
    );
    musterId = (await resolveDefaultTenant(t.database.db, "landkreis-muster")) ?? "";
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    delete process.env.KURS_LEDGER_CLOSING_UNTIL;
    await t?.close();
  });

  it("is set on the settings page, audited, and refused at the field when it is no day", async () => {
    const read = await t.app.inject({ url: "/api/v1/county/settings", headers: admin });
    expect(read.json<CountySettings>().ledgerClosingUntil).toBe("01-31");
    for (const wrong of ["02-30", "31.02.", "Februar"]) {
      const bad = await save(wrong);
      expect(bad.statusCode, wrong).toBe(422);
      expect(bad.json().errors).toEqual([
        {
          path: "ledgerClosingUntil",
          message: "Geben Sie einen Tag des Folgejahres an, z. B. 31.01. (Tag und Monat).",
        },
      ]);
    }
    const saved = await save("02-15");
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<CountySettings>().ledgerClosingUntil).toBe("02-15");
    const audit = await t.database.query<{ before: CountySettings; after: CountySettings }>(
      "select before, after from audit_event where action = 'county.settings' order by occurred_at desc limit 1",
    );
    expect(audit[0]?.before.ledgerClosingUntil).toBe("01-31");
    expect(audit[0]?.after.ledgerClosingUntil).toBe("02-15");
    // Saving without the field leaves it as it is.
    const untouched = await t.app.inject({
      method: "PUT",
      url: "/api/v1/county/settings",
      headers: admin,
      payload: settings,
    });
    expect(untouched.json<CountySettings>().ledgerClosingUntil).toBe("02-15");
  });

  it("two counties have different periods; the server's variable is only the default", async () => {
    expect(await closingOf(t.tenantId)).toBe("02-15");
    expect(await closingOf(musterId)).toBe("01-31");
    process.env.KURS_LEDGER_CLOSING_UNTIL = "01-20";
    expect(await closingOf(t.tenantId)).toBe("02-15");
    expect(await closingOf(musterId)).toBe("01-20");
    delete process.env.KURS_LEDGER_CLOSING_UNTIL;
  });

  it("a late booking on 10 February goes in under the county's 15 February, not after a reset to the default", async () => {
    const f = await ledgerFixtures(t, editor);
    process.env.KURS_TODAY = "2025-02-10";
    expect((await million()).lateBookingUntil).toBe("2025-02-15");
    const late = (amountCents: number) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/funds/${f.million.id}/bookings`,
        headers: { ...editor, "idempotency-key": randomUUID() },
        payload: {
          kind: "commitment",
          measureId: f.course,
          amountCents,
          date: "2024-12-10",
          lateBooking: { reason: "Vertrag vom 10.12.2024, Rechnung im Januar" },
        },
      });
    const accepted = await late(100_000);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect((await save(null)).json<CountySettings>().ledgerClosingUntil).toBe("01-31");
    expect((await million()).lateBookingUntil).toBeNull();
    const refused = await late(100_000);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().type).toMatch(/ledger\.yearClosed$/);
  });
});
