/**
 * The figures of an indicator from its approved values: one point per period, ratios from their
 * two indicators, the year's figure and its traffic light against the target. Pure; the server
 * reads the rows, the public site, open data, charts and committee reports use these.
 */
import {
  type Aggregation,
  aggregate,
  type IndicatorDirection,
  type IndicatorStatus,
  type IndicatorUnit,
  indicatorStatus,
  type ObservationStatus,
  type Periodicity,
  periodInReport,
  periodsOfYear,
  periodYear,
  ratioOf,
} from "./indicator";

/** What the figures need of an indicator definition. */
export interface FigureIndicator {
  id: string;
  unit: IndicatorUnit;
  aggregation: Aggregation;
  periodicity: Periodicity;
  direction: IndicatorDirection;
  /** A ratio's two indicators (null otherwise). */
  numeratorId: string | null;
  denominatorId: string | null;
}

/** What the figures need of a stored value. */
export interface FigureValue {
  indicatorId: string;
  period: string;
  /** Null for a county-wide value. */
  municipalityId: string | null;
  /** Null when withheld at the source (a mark instead of a number). */
  value: number | null;
  status: ObservationStatus;
}

/** One figure per period from approved values; the numbers behind charts and traffic lights. */
export interface SeriesPoint {
  period: string;
  value: number | null;
}

/**
 * The approved values of one indicator per period: a county-wide value (no municipality) where
 * there is one, else the municipalities' values combined by the indicator's aggregation. Values
 * withheld at the source count as unknown, never as 0.
 */
export function seriesOf(
  indicator: FigureIndicator,
  values: readonly FigureValue[],
): SeriesPoint[] {
  const byPeriod = new Map<string, FigureValue[]>();
  for (const v of values) {
    if (v.status !== "approved" || v.indicatorId !== indicator.id) continue;
    const rows = byPeriod.get(v.period);
    if (rows) rows.push(v);
    else byPeriod.set(v.period, [v]);
  }
  const kind = indicator.aggregation === "mean" ? "mean" : "sum";
  return [...byPeriod.keys()].sort().map((period) => {
    const rows = byPeriod.get(period) ?? [];
    const county = rows.find((r) => r.municipalityId === null);
    return {
      period,
      value: county
        ? county.value
        : aggregate(
            kind,
            rows.map((r) => r.value),
          ),
    };
  });
}

/** A ratio indicator's series: numerator over denominator per period, in percent. */
function ratioSeries(numerator: SeriesPoint[], denominator: SeriesPoint[]): SeriesPoint[] {
  const d = new Map(denominator.map((p) => [p.period, p.value]));
  return numerator
    .filter((p) => d.has(p.period))
    .map((p) => ({ period: p.period, value: ratioOf(p.value, d.get(p.period) ?? null) }));
}

/** The series of any indicator (ratios from their two indicators). */
export function seriesFor(
  indicator: FigureIndicator,
  all: ReadonlyMap<string, FigureIndicator>,
  values: readonly FigureValue[],
): SeriesPoint[] {
  if (indicator.aggregation === "ratio") {
    const n = indicator.numeratorId ? all.get(indicator.numeratorId) : undefined;
    const d = indicator.denominatorId ? all.get(indicator.denominatorId) : undefined;
    if (!n || !d) return [];
    return ratioSeries(seriesOf(n, values), seriesOf(d, values));
  }
  return seriesOf(indicator, values);
}

/**
 * The year's figure and its traffic light against the target: sums add up the periods reported
 * so far and expect the matching share of the target; means and ratios take the latest period.
 */
export function yearStatus(
  indicator: FigureIndicator,
  series: SeriesPoint[],
  year: number,
  target: number | null,
): { actual: number | null; status: IndicatorStatus } {
  const inYear = series.filter((p) => periodYear(p.period) === year && p.value !== null);
  if (!inYear.length)
    return { actual: null, status: indicatorStatus({ ...dir(indicator), target, actual: null }) };
  if (indicator.aggregation === "sum") {
    const actual = aggregate(
      "sum",
      inYear.map((p) => p.value),
    );
    const share = inYear.length / periodsOfYear(indicator.periodicity, year).length;
    return {
      actual,
      status: indicatorStatus({ ...dir(indicator), target, actual, expectedShare: share }),
    };
  }
  const actual = inYear[inYear.length - 1]?.value ?? null;
  return { actual, status: indicatorStatus({ ...dir(indicator), target, actual }) };
}

const dir = (indicator: FigureIndicator) => ({ direction: indicator.direction });

/**
 * An indicator over a report period (`domain/indicator` `periodInReport`): the values of the
 * periods that overlap it — a sum adds them up, a level (mean, ratio) is its latest value. The
 * target shown is the year's target of the latest such period (of the year the report period
 * ends in, when none). A sum is judged against the share of the yearly targets its periods stand
 * for (each period 1/4 of its year's target for quarters, 1/12 for months), so a period that
 * spans two years is judged against both years' targets.
 */
export function reportPeriodStatus(
  indicator: FigureIndicator,
  series: SeriesPoint[],
  report: { from: string; to: string },
  targetOf: (year: number) => number | null,
): { actual: number | null; target: number | null; status: IndicatorStatus } {
  const inReport = series.filter((p) => p.value !== null && periodInReport(p.period, report));
  const latest = inReport.at(-1);
  const target = targetOf(latest ? periodYear(latest.period) : periodYear(report.to));
  if (!latest)
    return {
      actual: null,
      target,
      status: indicatorStatus({ ...dir(indicator), target, actual: null }),
    };
  if (indicator.aggregation !== "sum")
    return {
      actual: latest.value,
      target,
      status: indicatorStatus({ ...dir(indicator), target, actual: latest.value }),
    };
  const actual = aggregate(
    "sum",
    inReport.map((p) => p.value),
  );
  const shares = inReport.map((p) => {
    const year = periodYear(p.period);
    const yearly = targetOf(year);
    return yearly === null ? null : yearly / periodsOfYear(indicator.periodicity, year).length;
  });
  const expected = shares.includes(null)
    ? null
    : shares.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  return {
    actual,
    target,
    status: indicatorStatus({ ...dir(indicator), target: expected, actual }),
  };
}
