/**
 * Indicators (Kennzahlen): periods, aggregation and the traffic light against a target.
 * Pure functions; the server and the web use them alike.
 */

import type { TrafficLight } from "./measure-progress";

export const indicatorUnits = ["count", "percent", "euro", "days"] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];
export const indicatorDirections = ["higherIsBetter", "lowerIsBetter"] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];
export const periodicities = ["month", "quarter", "year"] as const;
export type Periodicity = (typeof periodicities)[number];
export const aggregations = ["sum", "mean", "ratio"] as const;
export type Aggregation = (typeof aggregations)[number];
/** A stored value: entered (draft), approved by the office, or replaced by a later version. */
export const observationStatuses = ["draft", "approved", "superseded"] as const;
export type ObservationStatus = (typeof observationStatuses)[number];
/** Marks of open-data tables for a withheld value: "." (secret) and "*" (not reliable). */
export const suppressionMarks = [".", "*"] as const;
export type SuppressionMark = (typeof suppressionMarks)[number];

const patterns: Record<Periodicity, RegExp> = {
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

/** A period is written "2025", "2025-Q2" or "2025-03"; true when it fits the periodicity. */
export function isPeriod(periodicity: Periodicity, period: string): boolean {
  return patterns[periodicity].test(period);
}

export function periodYear(period: string): number {
  return Number(period.slice(0, 4));
}

/** Periods of a year for a periodicity, in order. */
export function periodsOfYear(periodicity: Periodicity, year: number): string[] {
  if (periodicity === "year") return [String(year)];
  if (periodicity === "quarter") return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, "0")}`);
}

/** The last calendar day of a period (ISO date), e.g. "2025-Q2" → "2025-06-30". */
export function periodEnd(period: string): string {
  const year = periodYear(period);
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  const month = /^\d{4}-(\d{2})$/.exec(period);
  const lastMonth = quarter ? Number(quarter[1]) * 3 : month ? Number(month[1]) : 12;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`;
}

/** The first calendar day of a period (ISO date), e.g. "2025-Q2" → "2025-04-01". */
export function periodStart(period: string): string {
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  const month = /^\d{4}-(\d{2})$/.exec(period);
  const firstMonth = quarter ? Number(quarter[1]) * 3 - 2 : month ? Number(month[1]) : 1;
  return `${periodYear(period)}-${String(firstMonth).padStart(2, "0")}-01`;
}

/**
 * Does an observation period belong to a report period (ISO dates, both inclusive)? Yes when
 * the two overlap: a value for "2025-Q3" belongs to a report from 20.08.2025, one for "2025-Q2"
 * (ended 30.06.) does not. The one rule for which values a committee report counts.
 */
export function periodInReport(period: string, report: { from: string; to: string }): boolean {
  return periodStart(period) <= report.to && periodEnd(period) >= report.from;
}

/** German label: "2025", "2. Quartal 2025" / "Q2 2025", "03/2025". */
export function periodLabel(period: string, language: "de" | "en" = "de"): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter)
    return language === "de"
      ? `${quarter[2]}. Quartal ${quarter[1]}`
      : `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[2]}/${month[1]}`;
  return period;
}

/**
 * Combines the values of one period (e.g. of several municipalities) or of several periods into
 * one figure: sum or mean. Values withheld at the source (null) are skipped; null when none is
 * left. Ratio indicators are combined by `ratioOf` from their two indicators' sums.
 */
export function aggregate(kind: "sum" | "mean", values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return null;
  const total = known.reduce((a, b) => a + b, 0);
  return kind === "sum" ? total : total / known.length;
}

/** Numerator over denominator in percent (one decimal); null when either is unknown or 0. */
export function ratioOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

export const indicatorStatuses = ["onTrack", "atRisk", "offTrack", "noData"] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

export interface StatusInput {
  direction: IndicatorDirection;
  /** Target for the year; null when none is set. */
  target: number | null;
  /** The year's figure so far; null when no approved value exists. */
  actual: number | null;
  /**
   * Share of the target expected by now (0–1): for sums over a year reported quarter by quarter,
   * the share of periods reported; 1 for levels (means, ratios) and full years.
   */
  expectedShare?: number;
  /** How far the figure may miss the expectation and still be "at risk" (default 10 %). */
  tolerance?: number;
}

/**
 * Traffic light of an indicator against its target, respecting its direction: on track when the
 * expectation is met, at risk when missed by at most the tolerance, off track beyond; no data
 * without a target or an approved value.
 */
export function indicatorStatus(input: StatusInput): IndicatorStatus {
  const { target, actual, direction } = input;
  if (target === null || actual === null) return "noData";
  const tolerance = input.tolerance ?? 0.1;
  const share = Math.min(1, Math.max(0, input.expectedShare ?? 1));
  if (direction === "higherIsBetter") {
    const expected = target * share;
    if (actual >= expected) return "onTrack";
    return actual >= expected * (1 - tolerance) ? "atRisk" : "offTrack";
  }
  if (actual <= target) return "onTrack";
  return actual <= target * (1 + tolerance) ? "atRisk" : "offTrack";
}

const lightOfStatus: Record<IndicatorStatus, TrafficLight> = {
  onTrack: "green",
  atRisk: "yellow",
  offTrack: "red",
  noData: "grey",
};
/** The traffic-light colour of an indicator status (domain/measure-progress `TrafficLight`). */
export function statusLight(status: IndicatorStatus): TrafficLight {
  return lightOfStatus[status];
}

/**
 * A submission link is usable through the day it expires (ISO timestamp), unless revoked. The
 * same rule says when the values it asks for are overdue (the day after that).
 */
export function linkUsableOn(
  link: { expiresAt: string; revokedAt: string | null },
  today: string,
): boolean {
  return link.revokedAt === null && link.expiresAt.slice(0, 10) >= today;
}

/** The key of a delivered cell in `openLinkPeriods`. */
export const deliveredKey = (indicatorId: string, period: string) => `${indicatorId}|${period}`;

/**
 * What a submission link still asks for: per indicator of the link (in the link's order), the
 * link's periods that fit the indicator's periodicity and for which nothing has been delivered —
 * `delivered` holds the `deliveredKey`s of cells with an approved value or the link partner's own
 * draft. Indicators with nothing open are left out.
 */
export function openLinkPeriods(
  link: { indicatorIds: string[]; periods: string[] },
  indicators: { id: string; periodicity: Periodicity }[],
  delivered: ReadonlySet<string>,
): { indicatorId: string; periods: string[] }[] {
  return link.indicatorIds.flatMap((indicatorId) => {
    const found = indicators.find((i) => i.id === indicatorId);
    if (!found) return [];
    const periods = link.periods.filter(
      (p) => isPeriod(found.periodicity, p) && !delivered.has(deliveredKey(indicatorId, p)),
    );
    return periods.length ? [{ indicatorId, periods }] : [];
  });
}
