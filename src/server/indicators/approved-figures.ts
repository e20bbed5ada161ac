import { discloseValue, discloseYear } from "../../domain/disclosure";
import { periodYear } from "../../domain/indicator";
import type { Executor } from "../db/database";
import { type FigureValue, type SeriesPoint, seriesFor, seriesOf } from "./figures";
import type { IndicatorRow } from "./queries";
import * as q from "./queries";

/**
 * Approved figures of the adopted indicators (never drafts, never proposals), read for consumers
 * outside the indicator register: the public site and committee reports.
 */
export interface ApprovedFigures {
  indicators: IndicatorRow[];
  /** Approved values only. */
  values: FigureValue[];
  targets: { indicatorId: string; year: number; value: number }[];
  threshold: number;
}

export async function readApprovedFigures(
  db: Executor,
  tenantId: string,
  /** Only the values of these years (a committee report shows its year and the one before). */
  years?: { from: number; to: number },
): Promise<ApprovedFigures> {
  // One after the other: inside a transaction all queries share one connection.
  const indicators = await q.listIndicators(db, tenantId);
  const values = await q.approvedFigureValues(db, tenantId, years);
  const targets = await q.listTargets(db, tenantId);
  const threshold = await q.disclosureThreshold(db, tenantId);
  return {
    indicators: indicators.filter((i) => !i.isProposal),
    values,
    targets: targets.map((t) => ({ indicatorId: t.indicatorId, year: t.year, value: t.value })),
    threshold,
  };
}

/** A count summed over the periods of a year: its periods add up to a published year total. */
function isSummedCount(indicator: IndicatorRow): boolean {
  return (
    indicator.unit === "count" &&
    indicator.aggregation === "sum" &&
    indicator.periodicity !== "year"
  );
}

interface DisclosedYear {
  periods: Map<string, number | null>;
  /** The year total, disclosed together with its periods. */
  total: number | null;
}

/**
 * A summed count's years as they may be published: per year ONE table of contributors (the
 * county, or the municipalities when only they reported) × periods, disclosed together with its
 * totals (`domain/disclosure.ts` `discloseYear`), so that neither the year total of a report nor
 * the municipalities' totals give away a period withheld on the public page.
 */
function disclosedYears(
  indicator: IndicatorRow,
  figures: ApprovedFigures,
): Map<number, DisclosedYear> {
  const series = seriesOf(indicator, figures.values).filter((p) => p.value !== null);
  const mine = figures.values.filter(
    (v) => v.status === "approved" && v.indicatorId === indicator.id,
  );
  const years = new Map<number, DisclosedYear>();
  for (const year of new Set(series.map((p) => periodYear(p.period)))) {
    const periods = series.filter((p) => periodYear(p.period) === year).map((p) => p.period);
    const inYear = mine.filter((v) => periods.includes(v.period));
    const countyWide = inYear.some((v) => v.municipalityId === null);
    const places = [...new Set(inYear.map((v) => v.municipalityId ?? ""))];
    const cells = countyWide
      ? [periods.map((period) => series.find((p) => p.period === period)?.value ?? 0)]
      : places.map((place) =>
          periods.map((period) =>
            inYear
              .filter((v) => v.period === period && (v.municipalityId ?? "") === place)
              .reduce((sum, v) => sum + (v.value ?? 0), 0),
          ),
        );
    const disclosed = discloseYear(cells, { threshold: figures.threshold });
    years.set(year, {
      periods: new Map(periods.map((period, j) => [period, disclosed.periods[j] ?? null])),
      total: disclosed.total,
    });
  }
  return years;
}

/**
 * The series of an indicator as it may leave the office (disclosure control, DESIGN invariant 6):
 * a count below the threshold is withheld (null). A summed count's periods and year totals are
 * one table per year (`disclosedYears`): primary and secondary suppression, so that a published
 * year total does not give a withheld period away. A ratio is withheld where its numerator or
 * denominator is a count below the threshold (the share would reveal the small count).
 * Other units (percent, euro, days) are not counts of people and pass unchanged.
 */
export function disclosedSeries(indicator: IndicatorRow, figures: ApprovedFigures): SeriesPoint[] {
  const all = new Map(figures.indicators.map((i) => [i.id, i]));
  const series = seriesFor(indicator, all, figures.values);
  const options = { threshold: figures.threshold };
  const small = (row: IndicatorRow | undefined, period: string) => {
    if (row?.unit !== "count") return false;
    const value = seriesOf(row, figures.values).find((p) => p.period === period)?.value ?? null;
    if (value === null) return false;
    // Withheld in the count's own published series (primary or secondary): the share would
    // give it back.
    const published = disclosedSeries(row, figures).find((p) => p.period === period)?.value;
    return published === null || discloseValue(value, options).value === null;
  };
  if (indicator.aggregation === "ratio") {
    const n = indicator.numeratorId ? all.get(indicator.numeratorId) : undefined;
    const d = indicator.denominatorId ? all.get(indicator.denominatorId) : undefined;
    return series.map((p) =>
      small(n, p.period) || small(d, p.period) ? { period: p.period, value: null } : p,
    );
  }
  if (indicator.unit !== "count") return series;
  if (isSummedCount(indicator)) {
    const years = disclosedYears(indicator, figures);
    return series.map((p) => ({
      period: p.period,
      value:
        p.value === null ? null : (years.get(periodYear(p.period))?.periods.get(p.period) ?? null),
    }));
  }
  return series.map((p) => ({
    period: p.period,
    value: p.value === null ? null : discloseValue(p.value, options).value,
  }));
}
