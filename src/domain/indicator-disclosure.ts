/**
 * The one rule for what of an indicator may leave the office (disclosure control, Geheimhaltung):
 * the public site, open data, and the committee report for a public session all publish the
 * series `disclosedSeries` returns, and a report's figure only as `disclosedReportValue` allows.
 */
import { discloseValue, discloseYear } from "./disclosure";
import { periodInReport, periodYear } from "./indicator";
import {
  type FigureIndicator,
  type FigureValue,
  type SeriesPoint,
  seriesFor,
  seriesOf,
} from "./indicator-figures";

/** Approved figures as they are published: the definitions, the values and the threshold. */
export interface PublishableFigures<I extends FigureIndicator = FigureIndicator> {
  indicators: readonly I[];
  /** Only approved values count; drafts and superseded values are ignored. */
  values: readonly FigureValue[];
  /** Counts below this are withheld (per county, default 3). */
  threshold: number;
}

/** A count summed over the periods of a year: its periods add up to a published year total. */
function isSummedCount(indicator: FigureIndicator): boolean {
  return (
    indicator.unit === "count" &&
    indicator.aggregation === "sum" &&
    indicator.periodicity !== "year"
  );
}

/**
 * A summed count's periods as they may be published, per year: ONE table of contributors (the
 * county, or the municipalities when only they reported) × periods, disclosed together with its
 * totals (`discloseYear`, primary and secondary suppression), so that neither the year total of a
 * report nor the municipalities' totals give away a period withheld on the public page.
 */
function disclosedPeriods(
  indicator: FigureIndicator,
  figures: PublishableFigures,
): Map<string, number | null> {
  const series = seriesOf(indicator, figures.values).filter((p) => p.value !== null);
  const mine = figures.values.filter(
    (v) => v.status === "approved" && v.indicatorId === indicator.id,
  );
  const disclosed = new Map<string, number | null>();
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
    const table = discloseYear(cells, { threshold: figures.threshold });
    periods.forEach((period, j) => {
      disclosed.set(period, table.periods[j] ?? null);
    });
  }
  return disclosed;
}

/**
 * The series of an indicator as it may leave the office: a count below the threshold is withheld
 * (null). A summed count's periods and year totals are one table per year (`disclosedPeriods`):
 * primary and secondary suppression, so that a published year total does not give a withheld
 * period away. A ratio is withheld where its numerator or denominator is withheld or below the
 * threshold (the share would reveal the small count). Other units (percent, euro, days) are not
 * counts of people and pass unchanged.
 */
export function disclosedSeries(
  indicator: FigureIndicator,
  figures: PublishableFigures,
): SeriesPoint[] {
  const all = new Map(figures.indicators.map((i) => [i.id, i]));
  const series = seriesFor(indicator, all, figures.values);
  const options = { threshold: figures.threshold };
  const small = (row: FigureIndicator | undefined, period: string) => {
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
    const periods = disclosedPeriods(indicator, figures);
    return series.map((p) => ({
      period: p.period,
      value: p.value === null ? null : (periods.get(p.period) ?? null),
    }));
  }
  return series.map((p) => ({
    period: p.period,
    value: p.value === null ? null : discloseValue(p.value, options).value,
  }));
}

/**
 * An indicator's figure over a report period (`indicator-figures` `reportPeriodStatus`: a sum adds
 * the periods overlapping it, a level takes the latest) as a public-session report may show it:
 * the figure only when every period it is made of is published in `disclosedSeries`, else null.
 * So the report gives nothing away that the public site does not show already.
 */
export function disclosedReportValue(
  indicator: FigureIndicator,
  figures: PublishableFigures,
  report: { from: string; to: string },
  actual: number | null,
): number | null {
  if (actual === null) return null;
  const all = new Map(figures.indicators.map((i) => [i.id, i]));
  const reported = seriesFor(indicator, all, figures.values).filter(
    (p) => p.value !== null && periodInReport(p.period, report),
  );
  const madeOf = indicator.aggregation === "sum" ? reported : reported.slice(-1);
  const published = new Map(disclosedSeries(indicator, figures).map((p) => [p.period, p.value]));
  return madeOf.every((p) => (published.get(p.period) ?? null) !== null) ? actual : null;
}
