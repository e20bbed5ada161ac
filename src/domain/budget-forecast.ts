/**
 * Burn-down of a fund over its fiscal year and a forecast of the year-end rest from the pace so
 * far. Pure: the server folds the ledger and passes bookings, balance and today.
 */

import { addDays, daysBetween } from "./dates";
import { fundFigures } from "./fund-figures";
import { type Balance, type Booking, type FundFacts, foldLedger } from "./ledger";

export interface BurnPoint {
  date: string;
  /** Bound (open commitments) plus paid at the end of that day. */
  usedCents: number;
  availableCents: number;
}

/**
 * Available and used at the start of the year and after every booking day up to `until`. Each
 * point folds the bookings dated up to that day (in ledger order), so reversals land on their own
 * date, not on the date of what they reverse.
 */
export function burnDown(
  fund: FundFacts,
  bookings: readonly Booking[],
  until: string,
): BurnPoint[] {
  const start = `${fund.fiscalYear}-01-01`;
  const days = [...new Set(bookings.map((b) => b.date))]
    .filter((d) => d >= start && d <= until)
    .sort();
  const at = (day: string): BurnPoint => {
    const { balance } = foldLedger(
      fund,
      bookings.filter((b) => b.date <= day),
    );
    return {
      date: day,
      usedCents: balance.openCommitmentsCents + balance.paidCents,
      availableCents: balance.availableCents,
    };
  };
  const first = at(start);
  return days[0] === start ? days.map(at) : [first, ...days.map(at)];
}

export const forecastWarnings = ["lapse", "runOut"] as const;
export type ForecastWarning = (typeof forecastWarnings)[number];

export interface Forecast {
  /** The day the pace is measured up to (today, kept inside the fiscal year). */
  asOf: string;
  daysElapsed: number;
  daysInYear: number;
  /** Bound plus paid so far. */
  usedCents: number;
  /** Average use per day so far, in whole cents (rounded down). */
  pacePerDayCents: number;
  /** Available at year end if the pace holds; negative means the money runs out. */
  projectedRestCents: number;
  /** At the current pace, the day available reaches 0 (only when that is within the year). */
  runOutOn: string | null;
  warning: ForecastWarning | null;
}

/**
 * Forecast of the year-end rest: the use so far (bound + paid) spread over the days elapsed gives
 * a pace; the rest of the year at that pace is taken from what is available now. Warns "runOut"
 * when available would go below 0 before the year ends, and "lapse" when more than
 * `lapseShare` of the fund's means would still be free on 31 December (money that lapses unless
 * carried over). Before the year has started there is no pace and no warning.
 */
export function forecastYearEnd(input: {
  fiscalYear: number;
  balance: Balance;
  today: string;
  lapseShare?: number;
}): Forecast {
  const { fiscalYear, balance } = input;
  const start = `${fiscalYear}-01-01`;
  const end = `${fiscalYear}-12-31`;
  const daysInYear = daysBetween(start, end) + 1;
  const asOf = input.today < start ? start : input.today > end ? end : input.today;
  const daysElapsed = input.today < start ? 0 : daysBetween(start, asOf) + 1;
  const usedCents = balance.openCommitmentsCents + balance.paidCents;
  const pacePerDayCents = daysElapsed > 0 ? Math.floor(usedCents / daysElapsed) : 0;
  const daysLeft = daysInYear - daysElapsed;
  const projectedRestCents = balance.availableCents - pacePerDayCents * daysLeft;
  const runOutOn =
    projectedRestCents < 0 && pacePerDayCents > 0
      ? addDays(asOf, Math.max(0, Math.ceil(balance.availableCents / pacePerDayCents)))
      : null;
  const means = fundFigures(balance, fiscalYear, input.today).grantedCents;
  const lapseShare = input.lapseShare ?? 0.05;
  let warning: ForecastWarning | null = null;
  if (daysElapsed > 0 && projectedRestCents < 0) warning = "runOut";
  else if (daysElapsed > 0 && projectedRestCents > means * lapseShare) warning = "lapse";
  return {
    asOf,
    daysElapsed,
    daysInYear,
    usedCents,
    pacePerDayCents,
    projectedRestCents,
    runOutOn,
    warning,
  };
}
