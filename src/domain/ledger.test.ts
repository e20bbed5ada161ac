import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fundFigures } from "./fund-figures";
import { type MeasureLineage, type PurposeEntry, purposeCovers } from "./fund-purpose";
import { type Booking, checkBooking, type FundFacts, foldLedger, type Ledger } from "./ledger";
import { foldAll, ledgerStep, proposalOf, testFunds } from "./testing/random-ledger";

const funds = testFunds;
const date = "2024-05-01";

const ledgersOf = foldAll;

/**
 * An independent model: the effective bookings are those neither reversed nor reversals; the
 * balance is then a plain sum over them.
 */
function naiveBalance(fund: FundFacts, bookings: Booking[]) {
  const reversedIds = new Set(bookings.map((b) => b.reversesBookingId).filter(Boolean));
  const live = bookings.filter((b) => b.kind !== "reversal" && !reversedIds.has(b.id));
  const sum = (pred: (b: Booking) => boolean) =>
    live.filter(pred).reduce((s, b) => s + b.amountCents, 0);
  const own = (b: Booking) => b.fundId === fund.id;
  const committed = sum((b) => own(b) && b.kind === "commitment");
  const paid = sum((b) => own(b) && b.kind === "payment");
  const released = sum((b) => own(b) && b.kind === "release");
  const blocked =
    sum((b) => own(b) && b.kind === "block") - sum((b) => own(b) && b.kind === "unblock");
  const out = sum((b) => own(b) && b.kind === "transfer");
  const into = sum((b) => b.kind === "transfer" && b.counterFundId === fund.id);
  const supplements = sum((b) => own(b) && b.kind === "supplement");
  const forward = sum((b) => own(b) && b.kind === "carryOver");
  const carried = sum((b) => b.kind === "carryOver" && b.counterFundId === fund.id);
  const open = committed - paid - released;
  return {
    paidCents: paid,
    blockedCents: blocked,
    openCommitmentsCents: open,
    supplementsCents: supplements,
    carriedOverCents: carried,
    carriedForwardCents: forward,
    availableCents:
      fund.estimateCents + supplements + carried - forward + into - out - blocked - open - paid,
  };
}

describe("ledger fold and rules (property)", () => {
  it("keeps the invariants after every step; balances equal the fold and a plain sum", () => {
    fc.assert(
      fc.property(fc.array(ledgerStep, { maxLength: 80 }), (steps) => {
        const bookings: Booking[] = [];
        for (const [i, s] of steps.entries()) {
          const before = ledgersOf(bookings);
          const proposal = proposalOf(s, i, before);
          const result = checkBooking(before, proposal);
          if (result.ok) bookings.push(proposal);
          else expect(result.refusal.code).toMatch(/^ledger\./);

          const after = ledgersOf(bookings);
          for (const fund of funds) {
            const ledger = after.get(fund.id) as Ledger;
            expect(ledger.balance.availableCents).toBeGreaterThanOrEqual(0);
            expect(ledger.balance.blockedCents).toBeGreaterThanOrEqual(0);
            for (const c of ledger.commitments.values()) {
              expect(c.paidCents).toBeLessThanOrEqual(c.amountCents);
              expect(c.openCents).toBeGreaterThanOrEqual(0);
            }
            expect(ledger.balance).toMatchObject(naiveBalance(fund, bookings));
            if (result.ok) expect(result.ledgers.get(fund.id)?.balance).toEqual(ledger.balance);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("ledger rules", () => {
  const fund = funds[0] as FundFacts;
  const base = (over: Partial<Booking>): Booking => ({
    id: "x",
    fundId: "A",
    kind: "commitment",
    amountCents: 1,
    date,
    measureId: "m",
    ...over,
  });
  const one = (bookings: Booking[]) => new Map([["A", foldLedger(fund, bookings)]]);

  it("refuses a commitment beyond the available amount, naming what is missing", () => {
    const result = checkBooking(one([]), base({ amountCents: 100_000_001 }));
    expect(result).toEqual({
      ok: false,
      refusal: expect.objectContaining({ code: "ledger.insufficientFunds", missingCents: 1 }),
    });
  });

  it("refuses fractions of a cent and dates outside the fiscal year", () => {
    expect(checkBooking(one([]), base({ amountCents: 1.5 }))).toMatchObject({
      refusal: { code: "ledger.amountNotCents" },
    });
    expect(checkBooking(one([]), base({ date: "2025-01-01" }))).toMatchObject({
      refusal: { code: "ledger.outsideFiscalYear" },
    });
  });

  it("limits payments to the commitment's open rest and reversals to one per booking", () => {
    const c = base({ id: "c", amountCents: 1000 });
    const pay = base({ id: "p", kind: "payment", commitmentId: "c", amountCents: 1001 });
    expect(checkBooking(one([c]), pay)).toMatchObject({
      refusal: { code: "ledger.paymentExceedsCommitment", missingCents: 1 },
    });
    const paid = { ...pay, amountCents: 600 };
    const reverseC = base({ id: "r", kind: "reversal", reversesBookingId: "c", amountCents: 1000 });
    expect(checkBooking(one([c, paid]), reverseC)).toMatchObject({
      refusal: { code: "ledger.commitmentHasPayments", missingCents: 600 },
    });
    const reverseP = base({ id: "r", kind: "reversal", reversesBookingId: "p", amountCents: 600 });
    expect(checkBooking(one([c, paid]), reverseP).ok).toBe(true);
    expect(checkBooking(one([c, paid, reverseP]), { ...reverseP, id: "r2" })).toMatchObject({
      refusal: { code: "ledger.alreadyReversed" },
    });
  });
});

describe("über-/außerplanmäßige approval and year end", () => {
  const a = funds[0] as FundFacts;
  const next = funds[2] as FundFacts;
  const both = (bookings: Booking[]) =>
    new Map([
      ["A", foldLedger(a, bookings)],
      ["C", foldLedger(next, bookings)],
    ]);
  const commitment: Booking = {
    id: "c",
    fundId: "A",
    kind: "commitment",
    amountCents: 100_000_000,
    date,
    measureId: "m",
  };
  const supplement: Booking = {
    id: "s",
    fundId: "A",
    kind: "supplement",
    amountCents: 250_000,
    date,
  };

  it("a recorded supplement raises the fund so that a booking beyond it fits", () => {
    const extra = { ...commitment, id: "c2", amountCents: 200_000 };
    expect(checkBooking(both([commitment]), extra)).toMatchObject({
      refusal: { code: "ledger.insufficientFunds", missingCents: 200_000 },
    });
    const raised = checkBooking(both([commitment, supplement]), extra);
    expect(raised.ok).toBe(true);
    if (raised.ok) {
      expect(raised.ledgers.get("A")?.balance).toMatchObject({
        supplementsCents: 250_000,
        availableCents: 50_000,
      });
    }
  });

  it("carries free rest into next year's fund; more than is free, or a later year, is refused", () => {
    const half = { ...commitment, amountCents: 60_000_000 };
    const carry: Booking = {
      id: "h",
      fundId: "A",
      kind: "carryOver",
      amountCents: 40_000_000,
      date: "2025-01-15",
      counterFundId: "C",
    };
    const done = checkBooking(both([half]), carry);
    expect(done.ok).toBe(true);
    if (done.ok) {
      expect(done.ledgers.get("A")?.balance).toMatchObject({
        carriedForwardCents: 40_000_000,
        availableCents: 0,
      });
      expect(done.ledgers.get("C")?.balance).toMatchObject({
        carriedOverCents: 40_000_000,
        availableCents: 40_000_000,
      });
    }
    expect(checkBooking(both([half]), { ...carry, amountCents: 40_000_001 })).toMatchObject({
      refusal: { code: "ledger.insufficientFunds", missingCents: 1 },
    });
    expect(checkBooking(both([half]), { ...carry, date: "2026-01-02" })).toMatchObject({
      refusal: { code: "ledger.outsideFiscalYear" },
    });
    const later = new Map([
      ["A", foldLedger(a, [])],
      ["D", foldLedger({ id: "D", fiscalYear: 2026, estimateCents: 0 }, [])],
    ]);
    expect(checkBooking(later, { ...carry, counterFundId: "D" })).toMatchObject({
      refusal: { code: "ledger.carryOverNotNextYear" },
    });
  });

  it("shows what was not carried over as lapsed once the year is over", () => {
    const { balance } = foldLedger(a, [{ ...commitment, amountCents: 70_000_000 }]);
    expect(fundFigures(balance, 2024, "2024-12-31")).toMatchObject({
      yearClosed: false,
      lapsedCents: 0,
      availableCents: 30_000_000,
    });
    expect(fundFigures(balance, 2024, "2025-01-01")).toMatchObject({
      yearClosed: true,
      lapsedCents: 30_000_000,
      availableCents: 0,
    });
  });
});

describe("purpose", () => {
  const course: PurposeEntry = {
    kind: "measureType",
    validFrom: "2024-01-01",
    validTo: "2024-03-04",
    actionFieldLineageId: "language",
    targetId: null,
    measureTypeId: "course",
  };
  const field: PurposeEntry = {
    kind: "actionField",
    validFrom: "2024-03-05",
    validTo: null,
    actionFieldLineageId: "language",
    targetId: null,
    measureTypeId: null,
  };
  const measure = (type: string, fieldId: string): MeasureLineage => ({
    measureId: "m",
    measureTypeId: type,
    actionFieldLineageIds: [fieldId],
    goalIds: [],
    recommendationIds: [],
  });

  it("follows the purpose valid on the booking date", () => {
    const entries = [course, field];
    expect(purposeCovers(entries, measure("course", "language"), "2024-02-01")).toBe(true);
    expect(purposeCovers(entries, measure("counselling", "language"), "2024-02-01")).toBe(false);
    expect(purposeCovers(entries, measure("course", "work"), "2024-02-01")).toBe(false);
    expect(purposeCovers(entries, measure("counselling", "language"), "2024-03-05")).toBe(true);
    expect(purposeCovers(entries, measure("course", "work"), "2024-06-01")).toBe(false);
  });
});
