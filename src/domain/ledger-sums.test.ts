import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Booking,
  checkBooking,
  type Ledger,
  ledgerFromSums,
  relatedBookingIds,
  sumsOf,
} from "./ledger";
import { foldAll, ledgerStep, proposalOf, testFunds } from "./testing/random-ledger";

/** What the server loads beside the sums: the related bookings and every booking referring to them. */
function relatedOf(bookings: readonly Booking[], proposal: Booking): Booking[] {
  const target = bookings.find((b) => b.id === proposal.reversesBookingId);
  const ids = new Set(relatedBookingIds(proposal, target));
  const direct = bookings.filter(
    (b) => ids.has(b.id) || (b.commitmentId !== null && ids.has(b.commitmentId ?? "")),
  );
  const directIds = new Set(direct.map((b) => b.id));
  return bookings.filter(
    (b) => directIds.has(b.id) || (b.reversesBookingId && directIds.has(b.reversesBookingId)),
  );
}

describe("a ledger from stored sums and the related bookings (property)", () => {
  it("accepts and refuses exactly as the full fold, with the same balance after every booking", () => {
    fc.assert(
      fc.property(fc.array(ledgerStep, { maxLength: 80 }), (steps) => {
        const bookings: Booking[] = [];
        for (const [i, step] of steps.entries()) {
          const full = foldAll(bookings);
          const proposal = proposalOf(step, i, full);
          const related = relatedOf(bookings, proposal);
          const fromSums = new Map(
            testFunds.map((f) => [
              f.id,
              ledgerFromSums(f, sumsOf((full.get(f.id) as Ledger).balance), related),
            ]),
          );
          const expected = checkBooking(full, proposal);
          const actual = checkBooking(fromSums, proposal);
          expect(actual.ok).toBe(expected.ok);
          if (!expected.ok && !actual.ok) expect(actual.refusal).toEqual(expected.refusal);
          if (expected.ok && actual.ok) {
            for (const f of testFunds)
              expect(actual.ledgers.get(f.id)?.balance).toEqual(
                expected.ledgers.get(f.id)?.balance,
              );
            bookings.push(proposal);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
