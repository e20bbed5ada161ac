import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Booking,
  type BookingKind,
  checkBooking,
  foldLedger,
  type Ledger,
} from "../../../domain/ledger";
import { builtInCommittee, concept, measure, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { balancesOf, moneyByMeasure } from "./balances";
import { ledgersOf } from "./read";
import { storeFoldedSums } from "./running-sums";

/** A small deterministic random source, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const kinds: BookingKind[] = [
  "commitment",
  "commitment",
  "payment",
  "payment",
  "release",
  "reversal",
  "transfer",
  "block",
  "unblock",
  "supplement",
  "carryOver",
];

describe("fund balances summed in the database equal the fold over the bookings", () => {
  let t: TestApp;
  let measureIds: string[];
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    // Four measures of an adopted concept for the commitments to name.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, { committeeId: council.id });
    for (let i = 0; i < 4; i++) await measure(scope);
    const rows = (await t.database.db.execute(
      sql`select id::text from measure where tenant_id = ${t.tenantId} order by title limit 4`,
    )) as unknown as { rows: { id: string }[] };
    measureIds = rows.rows.map((r) => r.id);
  });
  afterAll(async () => t?.close());

  it("for random valid ledgers with every kind of booking", async () => {
    expect(measureIds.length).toBeGreaterThan(1);
    const next = random(20261126);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const funds = [
      { id: randomUUID(), fiscalYear: 2024, estimateCents: 5_000_000 },
      { id: randomUUID(), fiscalYear: 2024, estimateCents: 2_000_000 },
      { id: randomUUID(), fiscalYear: 2025, estimateCents: 1_000_000 },
      { id: randomUUID(), fiscalYear: 2025, estimateCents: 0 },
    ];
    for (const [i, f] of funds.entries())
      await t.database.db.execute(sql`insert into fund (tenant_id, id, name, fiscal_year, estimate_cents)
        values (${t.tenantId}, ${f.id}, ${`Prüfmittel ${i} ${f.id.slice(0, 8)}`}, ${f.fiscalYear}, ${f.estimateCents})`);

    let ledgers = new Map<string, Ledger>(funds.map((f) => [f.id, foldLedger(f, [])]));
    const accepted: Booking[] = [];
    const counts = new Map<string, number>();
    for (let attempt = 0; attempt < 1500 && accepted.length < 220; attempt++) {
      const fund = pick(funds);
      const own = ledgers.get(fund.id) as Ledger;
      const kind = pick(kinds);
      const year = kind === "carryOver" ? fund.fiscalYear + 1 : fund.fiscalYear;
      const commitments = [...own.commitments.values()].filter((c) => !c.reversed);
      const reversible = [...own.bookings.values()].filter(
        (b) => b.fundId === fund.id && b.kind !== "reversal" && !own.reversed.has(b.id),
      );
      const target = kind === "reversal" ? pick(reversible) : undefined;
      const commitment = pick(commitments);
      const other = pick(funds.filter((f) => f.id !== fund.id));
      const booking: Booking = {
        id: randomUUID(),
        fundId: fund.id,
        kind,
        amountCents: target?.amountCents ?? 1 + Math.floor(next() * 400_000),
        date: `${year}-0${1 + Math.floor(next() * 9)}-15`,
        measureId: kind === "commitment" ? pick(measureIds) : null,
        commitmentId: kind === "payment" || kind === "release" ? (commitment?.id ?? null) : null,
        reversesBookingId: target?.id ?? null,
        counterFundId:
          kind === "transfer" || kind === "carryOver"
            ? other.id
            : kind === "reversal"
              ? (target?.counterFundId ?? null)
              : null,
      };
      if (kind === "reversal" && !target) continue;
      const checked = checkBooking(ledgers, booking);
      if (!checked.ok) continue;
      ledgers = checked.ledgers;
      accepted.push(booking);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const approved = kind === "supplement" || kind === "carryOver";
      await t.database.db.execute(sql`insert into booking (tenant_id, id, fund_id, kind, amount_cents,
          date, measure_id, commitment_id, reverses_booking_id, counter_fund_id, approval_kind,
          resolution_reference, idempotency_key, request_hash, created_by)
        values (${t.tenantId}, ${booking.id}, ${booking.fundId}, ${booking.kind},
          ${booking.amountCents}, ${booking.date}, ${booking.measureId}, ${booking.commitmentId},
          ${booking.reversesBookingId}, ${booking.counterFundId}, ${approved ? "landrat" : null},
          ${approved ? "Verfügung" : null}, ${booking.id}, 'test', 'test')`);
    }
    // Every kind of booking took part, reversals of several kinds among them.
    for (const kind of new Set(kinds)) expect(counts.get(kind) ?? 0, kind).toBeGreaterThan(0);

    const folded = await ledgersOf(t.database.db, t.tenantId, funds);
    const summed = await balancesOf(t.database.db, t.tenantId, funds);
    for (const f of funds) {
      // The fold over the stored bookings is the fold of the walk (same order)…
      expect(folded.get(f.id)?.balance).toEqual(ledgers.get(f.id)?.balance);
      // …and the database's sums give the same balance, field by field.
      expect(summed.get(f.id)).toEqual(folded.get(f.id)?.balance);
    }
    expect([...summed.values()].some((b) => b.transfersInCents > 0)).toBe(true);
    expect([...summed.values()].some((b) => b.carriedOverCents > 0)).toBe(true);
    // Once the running sums are stored (as the booking service keeps them), readers take them
    // instead of summing, with the same result; a booking written past them is summed again.
    await storeFoldedSums(t.database.db, t.tenantId);
    expect(await balancesOf(t.database.db, t.tenantId, funds)).toEqual(summed);
    const [stored] = await t.database.query<{ n: string }>(
      "select count(*) n from fund_balance where tenant_id = $1",
      [t.tenantId],
    );
    expect(Number(stored?.n)).toBeGreaterThanOrEqual(funds.length);
    const first = funds[0] as (typeof funds)[number];
    await t.database.db.execute(sql`insert into booking (tenant_id, id, fund_id, kind, amount_cents,
        date, idempotency_key, request_hash, created_by)
      values (${t.tenantId}, gen_random_uuid(), ${first.id}, 'block', 7, ${`${first.fiscalYear}-06-01`},
        'past-the-sums', 'test', 'test')`);
    const after = await balancesOf(t.database.db, t.tenantId, funds);
    expect(after.get(first.id)?.blockedCents).toBe((summed.get(first.id)?.blockedCents ?? 0) + 7);
    expect(after.get(first.id)).toEqual(
      (await ledgersOf(t.database.db, t.tenantId, [first])).get(first.id)?.balance,
    );

    const expected = new Map<string, { openCents: number; paidCents: number }>();
    for (const ledger of folded.values())
      for (const c of ledger.commitments.values()) {
        if (!c.measureId) continue;
        const sums = expected.get(c.measureId) ?? { openCents: 0, paidCents: 0 };
        sums.openCents += c.openCents;
        sums.paidCents += c.paidCents;
        expected.set(c.measureId, sums);
      }
    const byMeasure = await moneyByMeasure(
      t.database.db,
      t.tenantId,
      funds.map((f) => f.id),
    );
    expect(new Map([...byMeasure].sort())).toEqual(new Map([...expected].sort()));
    expect([...byMeasure.values()].some((m) => m.paidCents > 0)).toBe(true);
  });

  it("gives each fund without bookings its estimate as available", async () => {
    const fund = { id: randomUUID(), fiscalYear: 2026, estimateCents: 123_456 };
    await t.database.db.execute(sql`insert into fund (tenant_id, id, name, fiscal_year, estimate_cents)
      values (${t.tenantId}, ${fund.id}, 'Leer', 2026, ${fund.estimateCents})`);
    const summed = await balancesOf(t.database.db, t.tenantId, [fund]);
    expect(summed.get(fund.id)).toEqual(foldLedger(fund, []).balance);
    expect(summed.get(fund.id)?.availableCents).toBe(123_456);
  });
});
