import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addFigures, emptySums, fundFigures, identityHolds } from "./fund-figures";
import {
  type Booking,
  type BookingKind,
  checkBooking,
  emptyBalance,
  type FundFacts,
  foldLedger,
  type Ledger,
} from "./ledger";
import { maxCents } from "./money";
import { foldAll, ledgerStep, proposalOf, testFunds } from "./testing/random-ledger";
import { checkYearClose } from "./year-close";

const funds = testFunds;

/** The days the ledger is booked and read on: in the year, in the closing period, after it. */
const days = ["2024-03-01", "2024-11-30", "2024-12-31", "2025-01-15", "2025-01-31", "2025-03-01"];

/** A ledger step, and whether time moves on (index into days) and the booking is a late one. */
const step = fc.tuple(ledgerStep, fc.record({ advance: fc.boolean(), late: fc.boolean() }));

const ledgersOf = foldAll;

describe("fund figures (property over random ledgers)", () => {
  it("keeps granted = committed open + paid + blocked + lapsed + available for every fund after every step", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const bookings: Booking[] = [];
        let day = 0;
        for (const [i, [s, when]] of steps.entries()) {
          if (when.advance && day < days.length - 1) day += 1;
          const today = days[day] as string;
          const before = ledgersOf(bookings);
          const fund = funds.find((f) => f.id === s.fund) as FundFacts;
          const proposal = proposalOf(s, i, before);
          const year = checkYearClose({
            fiscalYear: fund.fiscalYear,
            kind: s.kind,
            today,
            lateReason: when.late ? "Rechnung kam im Januar" : null,
          });
          const result = year.ok ? checkBooking(before, proposal) : null;
          if (result?.ok) bookings.push(proposal);

          const after = ledgersOf(bookings);
          const total = emptySums();
          for (const f of funds) {
            const balance = (after.get(f.id) as Ledger).balance;
            for (const when of days) {
              const figures = fundFigures(balance, f.fiscalYear, when);
              expect(identityHolds(figures)).toBe(true);
              expect(figures.availableCents).toBeGreaterThanOrEqual(0);
              expect(figures.lapsedCents).toBeGreaterThanOrEqual(0);
              expect(figures.grantedCents).toBeLessThanOrEqual(maxCents);
              if (figures.yearClosed) expect(figures.availableCents).toBe(0);
              else expect(figures.lapsedCents).toBe(0);
            }
            addFigures(total, fundFigures(balance, f.fiscalYear, today));
          }
          // Sums over funds (per field, in total) keep the identity too.
          expect(total.grantedCents).toBe(
            total.committedOpenCents +
              total.paidCents +
              total.blockedCents +
              total.lapsedCents +
              total.availableCents,
          );
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe("fund figures", () => {
  it("the seed's 2024 million: available until 31 December, lapsed after it", () => {
    const balance = emptyBalance(100_000_000);
    expect(fundFigures(balance, 2024, "2024-12-31")).toMatchObject({
      grantedCents: 100_000_000,
      availableCents: 100_000_000,
      lapsedCents: 0,
      yearClosed: false,
    });
    expect(fundFigures(balance, 2024, "2026-12-06")).toMatchObject({
      grantedCents: 100_000_000,
      availableCents: 0,
      lapsedCents: 100_000_000,
      yearClosed: true,
    });
  });

  it("counts carried-over rest in the next year's fund, not as lapsed", () => {
    const old: FundFacts = { id: "A", fiscalYear: 2024, estimateCents: 1_000 };
    const next: FundFacts = { id: "C", fiscalYear: 2025, estimateCents: 0 };
    const carry: Booking = {
      id: "k",
      fundId: "A",
      kind: "carryOver",
      amountCents: 400,
      date: "2025-01-10",
      counterFundId: "C",
    };
    const a = fundFigures(foldLedger(old, [carry]).balance, 2024, "2025-02-01");
    const c = fundFigures(foldLedger(next, [carry]).balance, 2025, "2025-02-01");
    expect(a).toMatchObject({
      grantedCents: 600,
      carriedForwardCents: 400,
      lapsedCents: 600,
      availableCents: 0,
    });
    expect(c).toMatchObject({ grantedCents: 400, carriedInCents: 400, availableCents: 400 });
  });

  it("refuses an amount or a fund beyond the bound (the 2^53 supplement)", () => {
    const a = funds[0] as FundFacts;
    const ledgers = new Map([["A", foldLedger(a, [])]]);
    const supplement = (amountCents: number): Booking => ({
      id: "s",
      fundId: "A",
      kind: "supplement",
      amountCents,
      date: "2024-05-01",
    });
    expect(checkBooking(ledgers, supplement(9_007_199_254_740_991))).toMatchObject({
      ok: false,
      refusal: { code: "ledger.amountTooLarge" },
    });
    expect(checkBooking(ledgers, supplement(maxCents))).toMatchObject({
      ok: false,
      refusal: { code: "ledger.fundTooLarge" },
    });
    expect(checkBooking(ledgers, supplement(maxCents - a.estimateCents)).ok).toBe(true);
  });
});

describe("closed years", () => {
  const verdict = (today: string, kind: BookingKind, lateReason: string | null) =>
    checkYearClose({ fiscalYear: 2024, kind, today, lateReason });

  it("books freely in the year, only late bookings with a reason in the closing period, nothing after", () => {
    expect(verdict("2024-12-31", "commitment", null)).toEqual({ ok: true, late: false });
    expect(verdict("2025-01-02", "commitment", null)).toEqual({
      ok: false,
      code: "ledger.yearClosedLateBookingPossible",
      params: { year: 2024, until: "2025-01-31" },
    });
    expect(verdict("2025-01-31", "payment", "Rechnung vom 20.12.")).toEqual({
      ok: true,
      late: true,
    });
    expect(verdict("2025-01-15", "carryOver", null)).toEqual({ ok: true, late: false });
    expect(verdict("2025-02-01", "commitment", "zu spät")).toMatchObject({
      ok: false,
      code: "ledger.yearClosed",
    });
    expect(
      checkYearClose({
        fiscalYear: 2024,
        kind: "commitment",
        today: "2025-02-20",
        lateReason: "x",
        closingUntil: "02-28",
      }),
    ).toEqual({ ok: true, late: true });
  });
});
