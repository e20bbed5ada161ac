import { maxCents } from "./money";

/**
 * The budget ledger (Mittelbewirtschaftung) as pure rules: balances are a fold over append-only
 * bookings; a proposed booking is checked against the folded state and either refused with a
 * typed reason (rule code + missing amount) or accepted. No I/O here: the server loads the
 * bookings inside a transaction that holds the fund row lock, then asks these functions.
 *
 * available = estimate + supplements + carriedOver − carriedForward + transfersIn − transfersOut
 *             − blocked − openCommitments − paid
 *
 * A supplement (über-/außerplanmäßige Bewilligung) is the only way past the available amount: it
 * raises the fund explicitly, with the approving resolution or the Landrat's decision as its
 * reference. A carry-over (Haushaltsrest) moves free rest into the next year's fund; what is free
 * when the fiscal year has ended and was not carried over has lapsed (see fundFigures in
 * ./fund-figures, the one definition of a fund's figures).
 */

export const bookingKinds = [
  "commitment",
  "payment",
  "release",
  "reversal",
  "transfer",
  "block",
  "unblock",
  "supplement",
  "carryOver",
] as const;
export type BookingKind = (typeof bookingKinds)[number];

/** Who approved going beyond the plan or carrying a rest over: a body's resolution or the Landrat. */
export const approvalKinds = ["resolution", "landrat"] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

export interface FundFacts {
  id: string;
  fiscalYear: number;
  estimateCents: number;
}

/** One ledger entry. A transfer is one row on the source fund naming the target (counterFundId). */
export interface Booking {
  id: string;
  fundId: string;
  kind: BookingKind;
  amountCents: number;
  date: string;
  measureId?: string | null;
  commitmentId?: string | null;
  reversesBookingId?: string | null;
  counterFundId?: string | null;
}

export interface Balance {
  estimateCents: number;
  /** Über-/außerplanmäßige Bewilligungen that raised the fund. */
  supplementsCents: number;
  /** Haushaltsrest carried in from the previous year's fund. */
  carriedOverCents: number;
  /** Free rest carried out of this fund into the next year's. */
  carriedForwardCents: number;
  transfersInCents: number;
  transfersOutCents: number;
  blockedCents: number;
  openCommitmentsCents: number;
  paidCents: number;
  /**
   * Free rest by the bookings: what the booking rules check against. Readers show fundFigures
   * (./fund-figures), where this rest is "available" in the year and "lapsed" after it.
   */
  availableCents: number;
}

export interface CommitmentState {
  id: string;
  measureId: string | null;
  amountCents: number;
  paidCents: number;
  releasedCents: number;
  openCents: number;
  reversed: boolean;
}

export interface Ledger {
  fund: FundFacts;
  balance: Balance;
  commitments: Map<string, CommitmentState>;
  bookings: Map<string, Booking>;
  /** Ids of bookings that have been reversed. */
  reversed: Set<string>;
  /**
   * Open commitments of commitments not in `commitments` (a ledger built from stored sums loads
   * only the commitments a booking refers to; see ledgerFromSums). 0 for a full fold.
   */
  openOutsideCents: number;
}

/** What a fund's bookings add up to, stored beside the fund and updated with every booking. */
export type BalanceSums = Omit<Balance, "estimateCents" | "availableCents">;

/** The running sums of a balance (everything but the estimate and the derived free rest). */
export function sumsOf(balance: Balance): BalanceSums {
  const { estimateCents: _estimate, availableCents: _available, ...sums } = balance;
  return sums;
}

export interface Refusal {
  kind: "conflict" | "invalid";
  code: string;
  /** How many cents are missing for the booking to fit, where that is the reason. */
  missingCents?: number;
  path?: string;
}

/** Does this booking touch the fund's balance (own row or the target side of a transfer)? */
function touchesFund(booking: Booking, fundId: string): boolean {
  return booking.fundId === fundId || booking.counterFundId === fundId;
}

/** The balance of a fund before any booking. */
export function emptyBalance(estimateCents: number): Balance {
  return {
    estimateCents,
    supplementsCents: 0,
    carriedOverCents: 0,
    carriedForwardCents: 0,
    transfersInCents: 0,
    transfersOutCents: 0,
    blockedCents: 0,
    openCommitmentsCents: 0,
    paidCents: 0,
    availableCents: estimateCents,
  };
}

/** What is free: the formula at the top of this file. */
export function availableOf(bal: Omit<Balance, "availableCents">): number {
  return (
    bal.estimateCents +
    bal.supplementsCents +
    bal.carriedOverCents -
    bal.carriedForwardCents +
    bal.transfersInCents -
    bal.transfersOutCents -
    bal.blockedCents -
    bal.openCommitmentsCents -
    bal.paidCents
  );
}

/**
 * Everything that raised the fund. Kept within maxCents, so every part and sum of the fund stays
 * an exact integer its readers can show (a 2^53 supplement broke every reader).
 */
function raisedOf(bal: Balance): number {
  return bal.estimateCents + bal.supplementsCents + bal.carriedOverCents + bal.transfersInCents;
}

function emptyLedger(fund: FundFacts): Ledger {
  return {
    fund,
    balance: emptyBalance(fund.estimateCents),
    commitments: new Map(),
    bookings: new Map(),
    reversed: new Set(),
    openOutsideCents: 0,
  };
}

function commitmentOf(ledger: Ledger, id: string | null | undefined): CommitmentState | undefined {
  return id ? ledger.commitments.get(id) : undefined;
}

/** Applies one booking's effect with a sign (−1 when it is being reversed). Mutates. */
function applyEffect(ledger: Ledger, b: Booking, sign: 1 | -1): void {
  const fundId = ledger.fund.id;
  const bal = ledger.balance;
  const amount = sign * b.amountCents;
  switch (b.kind) {
    case "commitment": {
      if (b.fundId !== fundId) return;
      const c = ledger.commitments.get(b.id) ?? {
        id: b.id,
        measureId: b.measureId ?? null,
        amountCents: 0,
        paidCents: 0,
        releasedCents: 0,
        openCents: 0,
        reversed: false,
      };
      c.amountCents += amount;
      c.reversed = sign === -1;
      ledger.commitments.set(b.id, c);
      break;
    }
    case "payment": {
      const c = commitmentOf(ledger, b.commitmentId);
      if (c) c.paidCents += amount;
      bal.paidCents += amount;
      break;
    }
    case "release": {
      const c = commitmentOf(ledger, b.commitmentId);
      if (c) c.releasedCents += amount;
      break;
    }
    case "block":
      bal.blockedCents += amount;
      break;
    case "unblock":
      bal.blockedCents -= amount;
      break;
    case "transfer":
      if (b.fundId === fundId) bal.transfersOutCents += amount;
      if (b.counterFundId === fundId) bal.transfersInCents += amount;
      break;
    case "supplement":
      bal.supplementsCents += amount;
      break;
    case "carryOver":
      if (b.fundId === fundId) bal.carriedForwardCents += amount;
      if (b.counterFundId === fundId) bal.carriedOverCents += amount;
      break;
    case "reversal": {
      const target = b.reversesBookingId ? ledger.bookings.get(b.reversesBookingId) : undefined;
      if (!target) return;
      applyEffect(ledger, target, sign === 1 ? -1 : 1);
      if (sign === 1) ledger.reversed.add(target.id);
      else ledger.reversed.delete(target.id);
      break;
    }
  }
}

function settle(ledger: Ledger): void {
  const bal = ledger.balance;
  let open = 0;
  for (const c of ledger.commitments.values()) {
    c.openCents = c.amountCents - c.paidCents - c.releasedCents;
    open += c.openCents;
  }
  bal.openCommitmentsCents = ledger.openOutsideCents + open;
  bal.availableCents = availableOf(bal);
}

function record(ledger: Ledger, b: Booking): void {
  if (!touchesFund(b, ledger.fund.id)) return;
  ledger.bookings.set(b.id, b);
  applyEffect(ledger, b, 1);
  settle(ledger);
}

/** The fund's state as a fold over its bookings in order (those of other funds are ignored). */
export function foldLedger(fund: FundFacts, bookings: readonly Booking[]): Ledger {
  const ledger = emptyLedger(fund);
  // The effects only add up; the derived figures (open per commitment, available) are settled
  // once at the end, not after every booking (that grew with bookings × commitments).
  for (const b of bookings) {
    if (!touchesFund(b, fund.id)) continue;
    ledger.bookings.set(b.id, b);
    applyEffect(ledger, b, 1);
  }
  settle(ledger);
  return ledger;
}

/**
 * A fund's ledger from its stored running sums and only the bookings a proposed booking refers
 * to: the commitment it pays or releases, or the booking it reverses, each with every payment,
 * release and reversal of that commitment or booking (see `relatedBookingIds`). checkBooking
 * needs no more, so a booking costs the same on a fund with 100,000 bookings as on an empty one.
 * For every booking it gives the same answer and the same balance after it as foldLedger over
 * the whole journal (ledger-sums.test.ts) — the fold stays the definition.
 */
export function ledgerFromSums(
  fund: FundFacts,
  sums: BalanceSums,
  related: readonly Booking[],
): Ledger {
  const part = foldLedger(fund, related);
  let loadedOpen = 0;
  for (const c of part.commitments.values()) loadedOpen += c.openCents;
  const ledger: Ledger = {
    ...part,
    balance: { ...sums, estimateCents: fund.estimateCents, availableCents: 0 },
    openOutsideCents: sums.openCommitmentsCents - loadedOpen,
  };
  settle(ledger);
  return ledger;
}

/**
 * The bookings whose own rows a proposed booking needs beside the sums: the commitment of a
 * payment or release; the booking a reversal reverses and, where that belongs to a commitment,
 * the commitment. The server loads these with all bookings that refer to them.
 */
export function relatedBookingIds(
  b: Pick<Booking, "kind" | "commitmentId" | "reversesBookingId">,
  target?: Pick<Booking, "commitmentId"> | null,
): string[] {
  if ((b.kind === "payment" || b.kind === "release") && b.commitmentId) return [b.commitmentId];
  if (b.kind === "reversal" && b.reversesBookingId)
    return [b.reversesBookingId, ...(target?.commitmentId ? [target.commitmentId] : [])];
  return [];
}

function cloneLedger(l: Ledger): Ledger {
  return {
    fund: l.fund,
    balance: { ...l.balance },
    commitments: new Map([...l.commitments].map(([k, c]) => [k, { ...c }])),
    bookings: new Map(l.bookings),
    reversed: new Set(l.reversed),
    openOutsideCents: l.openOutsideCents,
  };
}

const refuse = (r: Refusal): Refusal => r;

/** Does the booking refer to something that exists (and can still be booked against)? */
function checkReferences(own: Ledger, b: Booking): Refusal | null {
  if (b.kind === "payment" || b.kind === "release") {
    const c = commitmentOf(own, b.commitmentId);
    if (!c || c.reversed)
      return { kind: "invalid", code: "ledger.commitmentUnknown", path: "commitmentId" };
  }
  if (b.kind === "reversal") {
    const target = b.reversesBookingId ? own.bookings.get(b.reversesBookingId) : undefined;
    if (!target || target.fundId !== b.fundId)
      return { kind: "invalid", code: "ledger.bookingUnknown", path: "reversesBookingId" };
  }
  return null;
}

/** Rules that depend only on the booking itself and the ledger of its own fund. */
function checkShape(own: Ledger, b: Booking, ledgers: ReadonlyMap<string, Ledger>): Refusal | null {
  const unknown = checkReferences(own, b);
  if (unknown) return unknown;
  if (!Number.isSafeInteger(b.amountCents))
    return refuse({ kind: "invalid", code: "ledger.amountNotCents", path: "amountCents" });
  if (b.amountCents <= 0)
    return refuse({ kind: "invalid", code: "ledger.amountNotPositive", path: "amountCents" });
  if (b.amountCents > maxCents)
    return refuse({ kind: "invalid", code: "ledger.amountTooLarge", path: "amountCents" });
  const year = Number(b.date.slice(0, 4));
  // A Haushaltsrest is formed at the turn of the year: in the old year or early in the next.
  const inYear =
    year === own.fund.fiscalYear || (b.kind === "carryOver" && year === own.fund.fiscalYear + 1);
  if (!inYear) return refuse({ kind: "invalid", code: "ledger.outsideFiscalYear", path: "date" });
  switch (b.kind) {
    case "commitment":
      if (!b.measureId) return refuse({ kind: "invalid", code: "ledger.measureRequired" });
      return null;
    case "payment":
    case "release": {
      const c = commitmentOf(own, b.commitmentId);
      if (!c || c.reversed)
        return refuse({ kind: "invalid", code: "ledger.commitmentUnknown", path: "commitmentId" });
      if (b.amountCents > c.openCents)
        return refuse({
          kind: "conflict",
          code:
            b.kind === "payment" ? "ledger.paymentExceedsCommitment" : "ledger.releaseExceedsRest",
          missingCents: b.amountCents - c.openCents,
          path: "amountCents",
        });
      return null;
    }
    case "unblock":
      if (b.amountCents > own.balance.blockedCents)
        return refuse({
          kind: "conflict",
          code: "ledger.unblockExceedsBlocked",
          missingCents: b.amountCents - own.balance.blockedCents,
          path: "amountCents",
        });
      return null;
    case "transfer":
      if (!b.counterFundId || b.counterFundId === b.fundId || !ledgers.has(b.counterFundId))
        return refuse({
          kind: "invalid",
          code: "ledger.counterFundUnknown",
          path: "counterFundId",
        });
      return null;
    case "carryOver": {
      const target = b.counterFundId ? ledgers.get(b.counterFundId) : undefined;
      if (!target || b.counterFundId === b.fundId)
        return refuse({
          kind: "invalid",
          code: "ledger.counterFundUnknown",
          path: "counterFundId",
        });
      if (target.fund.fiscalYear !== own.fund.fiscalYear + 1)
        return refuse({
          kind: "invalid",
          code: "ledger.carryOverNotNextYear",
          path: "counterFundId",
        });
      return null;
    }
    case "reversal": {
      const target = b.reversesBookingId ? own.bookings.get(b.reversesBookingId) : undefined;
      if (!target || target.fundId !== b.fundId)
        return refuse({
          kind: "invalid",
          code: "ledger.bookingUnknown",
          path: "reversesBookingId",
        });
      if (target.kind === "reversal")
        return refuse({ kind: "conflict", code: "ledger.reversalOfReversal" });
      if (own.reversed.has(target.id))
        return refuse({ kind: "conflict", code: "ledger.alreadyReversed" });
      if (b.amountCents !== target.amountCents)
        return refuse({ kind: "invalid", code: "ledger.reversalAmount", path: "amountCents" });
      return null;
    }
    default:
      return null;
  }
}

/**
 * Checks a proposed booking against the ledgers of every fund it touches (its own fund and, for
 * transfers and their reversals, the counter fund). Returns the refusal or the ledgers after it.
 */
export function checkBooking(
  ledgers: ReadonlyMap<string, Ledger>,
  b: Booking,
): { ok: false; refusal: Refusal } | { ok: true; ledgers: Map<string, Ledger> } {
  const own = ledgers.get(b.fundId);
  if (!own) return { ok: false, refusal: { kind: "invalid", code: "ledger.fundUnknown" } };
  const shape = checkShape(own, b, ledgers);
  if (shape) return { ok: false, refusal: shape };
  const after = new Map<string, Ledger>();
  for (const [id, ledger] of ledgers) {
    const next = cloneLedger(ledger);
    record(next, b);
    after.set(id, next);
  }
  for (const ledger of after.values()) {
    for (const c of ledger.commitments.values()) {
      if (c.openCents < 0)
        return {
          ok: false,
          refusal: {
            kind: "conflict",
            code: "ledger.commitmentHasPayments",
            missingCents: -c.openCents,
          },
        };
    }
    if (raisedOf(ledger.balance) > maxCents)
      return {
        ok: false,
        refusal: { kind: "invalid", code: "ledger.fundTooLarge", path: "amountCents" },
      };
    if (ledger.balance.blockedCents < 0)
      return { ok: false, refusal: { kind: "conflict", code: "ledger.unblockExceedsBlocked" } };
    if (ledger.balance.availableCents < 0)
      return {
        ok: false,
        refusal: {
          kind: "conflict",
          code: "ledger.insufficientFunds",
          missingCents: -ledger.balance.availableCents,
          path: "amountCents",
        },
      };
  }
  return { ok: true, ledgers: after };
}
