/**
 * THE definition of a fund's figures: every reader (API, fund list and page, per-field views,
 * overview, committee report, public site, open data, exports) shows these parts and no sums of
 * its own. docs/ARCHITECTURE.md (section "Geld") names it.
 *
 *   granted   = estimate + supplements + carried in + transfers in − transfers out − carried forward
 *   granted   = committed open + paid + blocked + lapsed + available        (the identity)
 *
 * "granted" (bewilligt) is everything that raised or lowered the fund. Until its fiscal year
 * ends, the free rest is "available"; after 31 December it has "lapsed" (verfallen) and
 * available is 0 — unless it was carried over (then it left as "carried forward" and lives on in
 * next year's fund as "carried in").
 */
import type { Balance } from "./ledger";

export interface FundFigures {
  /** Haushaltsansatz. */
  estimateCents: number;
  /** Über-/außerplanmäßige Bewilligungen. */
  supplementsCents: number;
  /** Haushaltsrest carried in from the previous year's fund. */
  carriedInCents: number;
  transfersInCents: number;
  transfersOutCents: number;
  /** Free rest carried out into the next year's fund. */
  carriedForwardCents: number;
  /** Everything that raised or lowered the fund (bewilligt). */
  grantedCents: number;
  /** Haushaltssperre. */
  blockedCents: number;
  /** Open commitments (gebunden): committed minus paid minus released. */
  committedOpenCents: number;
  paidCents: number;
  /** Free rest of a closed year that was not carried over (verfallen). */
  lapsedCents: number;
  /** Free to commit now; 0 once the fiscal year has ended. */
  availableCents: number;
  /** The fiscal year is over (the date is after 31 December of it). */
  yearClosed: boolean;
}

/** Is the fiscal year over on `today` (ISO date)? */
function fiscalYearClosed(fiscalYear: number, today: string): boolean {
  return today > `${fiscalYear}-12-31`;
}

/** The figures of a fund from its balance (the fold over its bookings), as of `today`. */
export function fundFigures(balance: Balance, fiscalYear: number, today: string): FundFigures {
  const grantedCents =
    balance.estimateCents +
    balance.supplementsCents +
    balance.carriedOverCents +
    balance.transfersInCents -
    balance.transfersOutCents -
    balance.carriedForwardCents;
  const free = balance.availableCents;
  const yearClosed = fiscalYearClosed(fiscalYear, today);
  const lapsedCents = yearClosed ? Math.max(0, free) : 0;
  return {
    estimateCents: balance.estimateCents,
    supplementsCents: balance.supplementsCents,
    carriedInCents: balance.carriedOverCents,
    transfersInCents: balance.transfersInCents,
    transfersOutCents: balance.transfersOutCents,
    carriedForwardCents: balance.carriedForwardCents,
    grantedCents,
    blockedCents: balance.blockedCents,
    committedOpenCents: balance.openCommitmentsCents,
    paidCents: balance.paidCents,
    lapsedCents,
    availableCents: free - lapsedCents,
    yearClosed,
  };
}

/** The identity every fund keeps: granted = committed open + paid + blocked + lapsed + available. */
export function identityHolds(f: FundFigures): boolean {
  return (
    f.grantedCents ===
      f.committedOpenCents + f.paidCents + f.blockedCents + f.lapsedCents + f.availableCents &&
    f.grantedCents ===
      f.estimateCents +
        f.supplementsCents +
        f.carriedInCents +
        f.transfersInCents -
        f.transfersOutCents -
        f.carriedForwardCents
  );
}

/** The parts that add up: sums of several funds' figures (per action field, in total). */
export type FigureSums = Omit<FundFigures, "yearClosed">;

export function emptySums(): FigureSums {
  return {
    estimateCents: 0,
    supplementsCents: 0,
    carriedInCents: 0,
    transfersInCents: 0,
    transfersOutCents: 0,
    carriedForwardCents: 0,
    grantedCents: 0,
    blockedCents: 0,
    committedOpenCents: 0,
    paidCents: 0,
    lapsedCents: 0,
    availableCents: 0,
  };
}

/** Adds a fund's figures into sums (mutates and returns `sums`). The identity holds for sums. */
export function addFigures(sums: FigureSums, f: FigureSums): FigureSums {
  for (const key of Object.keys(sums) as (keyof FigureSums)[]) sums[key] += f[key];
  return sums;
}
