import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Booking } from "../../../contract/ledger";
import { sumsOf } from "../../../domain/ledger";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { tenantDb } from "../../platform/db/tenant-scope";
import { ledgersOf } from "./read";
import { storedSums, verifyRunningSums } from "./running-sums";

/** A small deterministic random source, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/**
 * The running sums stored with every booking (fund_balance, ./running-sums.ts) equal the fold
 * over the whole journal after every booking through the API, accepted or refused, for every
 * kind of booking; a booking written past the booking path makes the sums stale, and the next
 * booking folds afresh.
 */
describe("running sums of a fund", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-11-15";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    f = await ledgerFixtures(t, editor);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const post = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${f.million.id}/bookings`,
      payload: { date: "2024-06-03", ...payload },
      headers: { ...editor, "idempotency-key": randomUUID() },
    });

  /** Every fund's stored sums against the fold over its whole journal. */
  async function expectSumsEqualFold() {
    const funds = (
      await t.database.query<{
        id: string;
        fiscal_year: number;
        estimate_cents: string;
      }>("select id, fiscal_year, estimate_cents from fund")
    ).map((r) => ({
      id: r.id,
      fiscalYear: r.fiscal_year,
      estimateCents: Number(r.estimate_cents),
    }));
    const folded = await tenantDb(t.database.db, t.tenantId).transaction((tx) =>
      ledgersOf(tx, t.tenantId, funds),
    );
    const stored = await tenantDb(t.database.db, t.tenantId).transaction((tx) =>
      storedSums(
        tx,
        t.tenantId,
        funds.map((x) => x.id),
      ),
    );
    for (const fund of funds) {
      const row = stored.get(fund.id);
      if (!row) continue; // not booked through the booking path yet
      const { lastSeq: _seq, ...sums } = row;
      expect(sums, fund.id).toEqual(sumsOf(folded.get(fund.id)?.balance as never));
    }
    return stored;
  }

  it("equal the fold after every booking of every kind, accepted or refused", async () => {
    const next = random(20261206);
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
    const accepted: Booking[] = [];
    const reversedIds = new Set<string>();
    const kinds = [
      "commitment",
      "commitment",
      "payment",
      "payment",
      "release",
      "reversal",
      "block",
      "unblock",
      "supplement",
      "carryOver",
    ] as const;
    let refused = 0;
    for (let i = 0; i < 60; i++) {
      const kind = pick(kinds) as (typeof kinds)[number];
      const amountCents = 1 + Math.floor(next() * 20_000_000);
      const commitment = pick(
        accepted.filter((b) => b.kind === "commitment" && !reversedIds.has(b.id)),
      );
      const reversible = pick(
        accepted.filter(
          (b) => b.kind !== "reversal" && b.fundId === f.million.id && !reversedIds.has(b.id),
        ),
      );
      const payload: Record<string, unknown> =
        kind === "commitment"
          ? { kind, measureId: f.course, amountCents }
          : kind === "payment" || kind === "release"
            ? { kind, commitmentId: commitment?.id ?? randomUUID(), amountCents }
            : kind === "reversal"
              ? { kind, reversesBookingId: reversible?.id ?? randomUUID(), reason: "Fehlbuchung" }
              : kind === "supplement" || kind === "carryOver"
                ? {
                    kind,
                    amountCents,
                    approvalKind: "resolution",
                    resolutionReference: `KT 2024/${i}`,
                    ...(kind === "carryOver" ? { date: "2024-12-20" } : {}),
                  }
                : { kind, amountCents };
      const response = await post(payload);
      if (response.statusCode === 201) {
        const booking = response.json<Booking>();
        accepted.push(booking);
        if (booking.reversesBookingId) reversedIds.add(booking.reversesBookingId);
      } else {
        expect([400, 404, 409, 422], response.body).toContain(response.statusCode);
        refused++;
      }
      await expectSumsEqualFold();
    }
    // The run exercised the rules both ways.
    expect(accepted.length).toBeGreaterThan(15);
    expect(refused).toBeGreaterThan(5);
    expect(new Set(accepted.map((b) => b.kind)).size).toBeGreaterThanOrEqual(7);
  }, 120_000);

  it("a booking written past the booking path makes the sums stale; the next booking folds afresh", async () => {
    const before = await expectSumsEqualFold();
    expect(before.get(f.million.id)).toBeDefined();
    // A block written straight into the journal (as a bulk load would), not through book().
    await t.database.db.execute(sql`insert into booking (tenant_id, id, fund_id, kind, amount_cents,
        date, idempotency_key, request_hash, created_by)
      values (${t.tenantId}, ${randomUUID()}, ${f.million.id}, 'block', 1234, '2024-06-04',
        ${randomUUID()}, 'direct', 'test')`);
    const response = await post({ kind: "block", amountCents: 100 });
    expect(response.statusCode, response.body).toBe(201);
    const after = await expectSumsEqualFold();
    expect(after.get(f.million.id)?.blockedCents).toBe(
      (before.get(f.million.id)?.blockedCents ?? 0) + 1234 + 100,
    );
  });
});

describe("kurs ledger verify", () => {
  let t: TestApp;
  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-11-15";
    t = await createTestApp({ seeded: false });
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("finds no difference after bookings, and names the fund and part of a tampered row", async () => {
    const editor = await t.signIn("coordinator");
    const f = await ledgerFixtures(t, editor);
    for (const payload of [
      { kind: "commitment", measureId: f.course, amountCents: 3_000_000 },
      { kind: "block", amountCents: 50_000 },
    ]) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/v1/funds/${f.million.id}/bookings`,
        payload: { date: "2024-06-03", ...payload },
        headers: { ...editor, "idempotency-key": randomUUID() },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const clean = await verifyRunningSums(t.database.db);
    expect(clean.differences).toEqual([]);
    expect(clean.checked).toBeGreaterThanOrEqual(1);

    await t.database.exec("update fund_balance set paid_cents = paid_cents + 1");
    const tampered = await verifyRunningSums(t.database.db);
    expect(tampered.differences).toContainEqual(
      expect.objectContaining({
        fundId: f.million.id,
        part: "paidCents",
        storedCents: 1,
        foldedCents: 0,
      }),
    );
  });
});
