import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Booking, Fund } from "../../../contract/ledger";
import { DomainError } from "../../../domain/errors";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { testDriver } from "../../../testing/test-database";
import { tenantDb } from "../../platform/db/tenant-scope";
import { book } from "./service";

/**
 * PGlite serialises everything, so only a real server can show a race. 200 parallel commitments
 * of 30,000 € against the 1,000,000 € fund: exactly 33 fit.
 */
describe.skipIf(testDriver() !== "postgres")("ledger under concurrency (PostgreSQL)", () => {
  let t: TestApp | undefined;
  // The commitments are dated in 2024: the clock stands inside that fiscal year.
  beforeAll(() => {
    process.env.KURS_TODAY = "2024-11-15";
  });
  afterAll(() => {
    delete process.env.KURS_TODAY;
  });
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function setUp() {
    t = await createTestApp({ seeded: false });
    const app = t;
    const editor = await app.signIn("coordinator");
    const f = await ledgerFixtures(app, editor);
    const scope = tenantDb(app.database.db, app.tenantId);
    const commitment = (key: string) =>
      book(scope, {
        actor: "test:concurrency",
        fundId: f.million.id,
        idempotencyKey: key,
        input: {
          kind: "commitment",
          measureId: f.course,
          amountCents: 3_000_000,
          date: "2024-05-01",
        },
      });
    const fund = async () =>
      (await app.app.inject({ url: `/api/v1/funds/${f.million.id}` })).json<Fund>();
    /** Samples availableCents while the race runs; returns the lowest value seen. */
    const watch = () => {
      let lowest = Number.POSITIVE_INFINITY;
      let running = true;
      const loop = (async () => {
        while (running) {
          lowest = Math.min(lowest, (await fund()).availableCents);
        }
      })();
      return async () => {
        running = false;
        await loop;
        return lowest;
      };
    };
    return { app, commitment, fund, watch };
  }

  const after0 = (outcomes: Outcome[]) => {
    const first = outcomes.find((o) => o.ok);
    return first?.ok ? first.booking.fundId : "";
  };
  type Outcome = { ok: true; booking: Booking } | { ok: false; code: string };
  const settle = (p: Promise<Booking>): Promise<Outcome> =>
    p.then(
      (booking) => ({ ok: true as const, booking }),
      (error) => {
        if (error instanceof DomainError) return { ok: false as const, code: error.code };
        throw error;
      },
    );

  it("200 parallel commitments: exactly 33 succeed, the rest are refused, never below 0", async () => {
    const { app, commitment, fund, watch } = await setUp();
    const stop = watch();
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, () => settle(commitment(randomUUID()))),
    );
    const lowest = await stop();
    const refused = outcomes.filter((o) => !o.ok);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(33);
    expect(refused).toHaveLength(167);
    expect(new Set(refused.map((o) => (o.ok ? "" : o.code)))).toEqual(
      new Set(["ledger.insufficientFunds"]),
    );
    expect(lowest).toBeGreaterThanOrEqual(0);
    // Every booking's audit record holds the fund's available amount right after it.
    const trail = await app.database.query<{ lowest: string }>(
      "select min((after->'balances'->$1->>'availableCents')::bigint)::text lowest from audit_event where entity_type = 'booking'",
      [after0(outcomes)],
    );
    expect(Number(trail[0]?.lowest)).toBe(1_000_000);
    const after = await fund();
    expect(after).toMatchObject({ committedCents: 99_000_000, availableCents: 1_000_000 });
    const rows = await app.database.query<{ n: string }>("select count(*) n from booking");
    expect(Number(rows[0]?.n)).toBe(33);
    console.log(
      `[ledger] 200 parallel: ${outcomes.length - refused.length} booked, ${refused.length} refused, lowest available seen ${lowest}`,
    );
  });

  it("the same with repeated idempotency keys: each key books once", async () => {
    const { app, commitment, fund } = await setUp();
    const keys = Array.from({ length: 40 }, () => randomUUID());
    const requests = Array.from({ length: 200 }, (_, i) => keys[i % keys.length] as string);
    const outcomes = await Promise.all(
      requests.map(async (key) => ({ key, outcome: await settle(commitment(key)) })),
    );
    const byKey = new Map<string, Outcome[]>();
    for (const { key, outcome } of outcomes) byKey.set(key, [...(byKey.get(key) ?? []), outcome]);
    const bookedKeys = [...byKey].filter(([, os]) => os.some((o) => o.ok));
    expect(bookedKeys).toHaveLength(33);
    for (const [, os] of bookedKeys) {
      // Every request of a booked key gets that one booking back.
      const ids = new Set(os.map((o) => (o.ok ? o.booking.id : "refused")));
      expect(ids.size).toBe(1);
      expect(ids.has("refused")).toBe(false);
    }
    const rows = await app.database.query<{ n: string; keys: string }>(
      "select count(*) n, count(distinct idempotency_key) keys from booking",
    );
    expect(rows[0]).toEqual({ n: "33", keys: "33" });
    expect((await fund()).availableCents).toBe(1_000_000);
    console.log(`[ledger] 200 requests over 40 keys: ${rows[0]?.n} bookings`);
  });
});
