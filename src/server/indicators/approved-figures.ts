import { discloseValue } from "../../domain/disclosure";
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

/**
 * The series of an indicator as it may leave the office (disclosure control, DESIGN invariant 6):
 * a count below the threshold is withheld (null). Each period is published on its own, without
 * totals, so primary suppression per cell suffices. A ratio is withheld where its numerator or
 * denominator is a count below the threshold (the share would reveal the small count).
 * Other units (percent, euro, days) are not counts of people and pass unchanged.
 */
export function disclosedSeries(indicator: IndicatorRow, figures: ApprovedFigures): SeriesPoint[] {
  const all = new Map(figures.indicators.map((i) => [i.id, i]));
  const series = seriesFor(indicator, all, figures.values);
  const options = { threshold: figures.threshold };
  const small = (row: IndicatorRow | undefined, period: string) => {
    if (!row || row.unit !== "count") return false;
    const value = seriesOf(row, figures.values).find((p) => p.period === period)?.value ?? null;
    return value !== null && discloseValue(value, options).value === null;
  };
  if (indicator.aggregation === "ratio") {
    const n = indicator.numeratorId ? all.get(indicator.numeratorId) : undefined;
    const d = indicator.denominatorId ? all.get(indicator.denominatorId) : undefined;
    return series.map((p) =>
      small(n, p.period) || small(d, p.period) ? { period: p.period, value: null } : p,
    );
  }
  if (indicator.unit !== "count") return series;
  return series.map((p) => ({
    period: p.period,
    value: p.value === null ? null : discloseValue(p.value, options).value,
  }));
}
