import fc from "fast-check";
import {
  type Booking,
  type BookingKind,
  bookingKinds,
  type FundFacts,
  foldLedger,
  type Ledger,
} from "../ledger";

/**
 * Random ledgers for the property tests of the ledger rules, the fund figures and the stored
 * running sums: three funds (two of 2024, the next year's fund that receives Haushaltsreste) and
 * one random step per booking, turned into a proposal that refers to what the ledger holds.
 */
export const testFunds: FundFacts[] = [
  { id: "A", fiscalYear: 2024, estimateCents: 100_000_000 },
  { id: "B", fiscalYear: 2024, estimateCents: 5_000_000 },
  { id: "C", fiscalYear: 2025, estimateCents: 0 },
];

export const ledgerStep = fc.record({
  kind: fc.constantFrom<BookingKind>(...bookingKinds),
  fund: fc.constantFrom("A", "B", "C"),
  amount: fc.oneof(fc.integer({ min: 1, max: 40_000_000 }), fc.integer({ min: 1, max: 5_000 })),
  pick: fc.nat(),
});
export type LedgerStep = typeof ledgerStep extends fc.Arbitrary<infer T> ? T : never;

/** Every test fund folded over the bookings. */
export function foldAll(bookings: readonly Booking[]): Map<string, Ledger> {
  return new Map(testFunds.map((f) => [f.id, foldLedger(f, bookings)]));
}

/**
 * The booking a step proposes, given the ledgers before it: payments and releases pick one of
 * the fund's live commitments, a reversal one of its bookings; the date lies in the fund's year.
 */
export function proposalOf(
  step: LedgerStep,
  index: number,
  before: ReadonlyMap<string, Ledger>,
): Booking {
  const own = before.get(step.fund) as Ledger;
  const fund = own.fund;
  const commitments = [...own.commitments.values()].filter((c) => !c.reversed);
  const commitment = commitments[step.pick % Math.max(1, commitments.length)];
  const reversible = [...own.bookings.values()].filter((b) => b.fundId === step.fund);
  const target = reversible[step.pick % Math.max(1, reversible.length)];
  return {
    id: `b${index}`,
    fundId: step.fund,
    kind: step.kind,
    amountCents: step.kind === "reversal" ? (target?.amountCents ?? 1) : step.amount,
    date: `${fund.fiscalYear}-05-01`,
    measureId: step.kind === "commitment" ? "m" : null,
    commitmentId: commitment?.id ?? null,
    reversesBookingId: step.kind === "reversal" ? (target?.id ?? null) : null,
    counterFundId:
      step.kind === "transfer"
        ? step.fund === "A"
          ? "B"
          : "A"
        : step.kind === "carryOver"
          ? "C"
          : step.kind === "reversal"
            ? (target?.counterFundId ?? null)
            : null,
  };
}
