import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Aggregation, type IndicatorUnit, periodYear } from "./indicator";
import {
  disclosedReportValue,
  disclosedSeries,
  type PublishableFigures,
} from "./indicator-disclosure";
import {
  type FigureIndicator,
  type FigureValue,
  reportPeriodStatus,
  seriesFor,
} from "./indicator-figures";

const indicator = (
  id: string,
  unit: IndicatorUnit,
  aggregation: Aggregation,
  more: Partial<FigureIndicator> = {},
): FigureIndicator => ({
  id,
  unit,
  aggregation,
  periodicity: "quarter",
  direction: "higherIsBetter",
  numeratorId: null,
  denominatorId: null,
  ...more,
});

const quarters = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"];

/** Approved values of one indicator: county-wide, or by three municipalities. */
const valuesOf = (id: string, countyWideOnly = false) =>
  fc
    .tuple(
      countyWideOnly ? fc.constant(true) : fc.boolean(),
      fc.array(fc.option(fc.nat({ max: 12 }), { nil: null, freq: 8 }), {
        minLength: quarters.length * 3,
        maxLength: quarters.length * 3,
      }),
      fc.subarray(quarters, { minLength: 1 }),
    )
    .map(([countyWide, numbers, periods]) =>
      periods.flatMap((period, p) =>
        (countyWide ? [null] : ["m1", "m2", "m3"]).map(
          (municipalityId, m): FigureValue => ({
            indicatorId: id,
            period,
            municipalityId,
            value: numbers[p * 3 + m] ?? null,
            status: "approved",
          }),
        ),
      ),
    );

const threshold = fc.integer({ min: 1, max: 6 });

const raw = (i: FigureIndicator, figures: PublishableFigures) =>
  seriesFor(i, new Map(figures.indicators.map((x) => [x.id, x])), figures.values);

describe("disclosedSeries: what of an indicator may be published", () => {
  it("property: the same periods as the approved series; a published value is the true one", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Aggregation>("sum", "mean"),
        fc.constantFrom<IndicatorUnit>("count", "percent", "euro", "days"),
        valuesOf("a"),
        threshold,
        (aggregation, unit, values, t) => {
          const a = indicator("a", unit, aggregation);
          const figures = { indicators: [a], values, threshold: t };
          const shown = disclosedSeries(a, figures);
          const truth = raw(a, figures);
          expect(shown.map((p) => p.period)).toEqual(truth.map((p) => p.period));
          shown.forEach((p, k) => {
            if (p.value !== null) expect(p.value).toBe(truth[k]?.value);
          });
        },
      ),
    );
  });

  it("property: no published count is below the threshold; other units pass unchanged", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Aggregation>("sum", "mean"),
        fc.constantFrom<IndicatorUnit>("count", "percent", "euro", "days"),
        valuesOf("a"),
        threshold,
        (aggregation, unit, values, t) => {
          const a = indicator("a", unit, aggregation);
          const figures = { indicators: [a], values, threshold: t };
          const shown = disclosedSeries(a, figures);
          if (unit !== "count") expect(shown).toEqual(raw(a, figures));
          else
            for (const p of shown) if (p.value !== null) expect(p.value).toBeGreaterThanOrEqual(t);
        },
      ),
    );
  });

  it("property: a county-wide summed count never withholds a lone period of a year with others (year total minus the rest would give it back)", () => {
    fc.assert(
      fc.property(valuesOf("a", true), threshold, (values, t) => {
        const a = indicator("a", "count", "sum");
        const figures = { indicators: [a], values, threshold: t };
        const truth = raw(a, figures);
        const shown = disclosedSeries(a, figures);
        for (const year of new Set(truth.map((p) => periodYear(p.period)))) {
          const reported = truth.filter((p) => p.value !== null && periodYear(p.period) === year);
          const withheld = shown.filter(
            (p, k) => periodYear(p.period) === year && p.value === null && truth[k]?.value !== null,
          );
          if (reported.length >= 2) expect(withheld.length).not.toBe(1);
        }
      }),
    );
  });

  it("property: a ratio is withheld where its numerator or denominator is withheld", () => {
    fc.assert(
      fc.property(valuesOf("n"), valuesOf("d"), threshold, (numerator, denominator, t) => {
        const n = indicator("n", "count", "sum");
        const d = indicator("d", "count", "sum");
        const r = indicator("r", "percent", "ratio", { numeratorId: "n", denominatorId: "d" });
        const figures = {
          indicators: [n, d, r],
          values: [...numerator, ...denominator],
          threshold: t,
        };
        const shownN = new Map(disclosedSeries(n, figures).map((p) => [p.period, p.value]));
        const shownD = new Map(disclosedSeries(d, figures).map((p) => [p.period, p.value]));
        for (const p of disclosedSeries(r, figures)) {
          if (p.value === null) continue;
          expect(shownN.get(p.period) ?? null).not.toBeNull();
          expect(shownD.get(p.period) ?? null).not.toBeNull();
        }
      }),
    );
  });

  it("ignores drafts: only approved values are published", () => {
    const a = indicator("a", "count", "mean");
    const figures: PublishableFigures = {
      indicators: [a],
      values: [
        { indicatorId: "a", period: "2025-Q1", municipalityId: null, value: 40, status: "draft" },
        { indicatorId: "a", period: "2025-Q2", municipalityId: null, value: 9, status: "approved" },
      ],
      threshold: 3,
    };
    expect(disclosedSeries(a, figures)).toEqual([{ period: "2025-Q2", value: 9 }]);
  });
});

describe("disclosedReportValue: a report's figure only from published periods", () => {
  const year = { from: "2024-01-01", to: "2024-12-31" };

  it("Q1 = 5, Q2 = 1, Q3 = 4: the year total 10 is not shown (it would give Q2 back)", () => {
    const a = indicator("a", "count", "sum");
    const values = [5, 1, 4].map(
      (value, q): FigureValue => ({
        indicatorId: "a",
        period: `2024-Q${q + 1}`,
        municipalityId: null,
        value,
        status: "approved",
      }),
    );
    const figures = { indicators: [a], values, threshold: 3 };
    expect(disclosedReportValue(a, figures, year, 10)).toBeNull();
  });

  it("property: shown only as the true figure, and only when every period it is made of is published", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Aggregation>("sum", "mean"),
        valuesOf("a"),
        threshold,
        (aggregation, values, t) => {
          const a = indicator("a", "count", aggregation);
          const figures = { indicators: [a], values, threshold: t };
          const truth = raw(a, figures);
          const { actual } = reportPeriodStatus(a, truth, year, () => null);
          const shown = disclosedReportValue(a, figures, year, actual);
          if (shown === null) return;
          expect(shown).toBe(actual);
          const published = new Map(disclosedSeries(a, figures).map((p) => [p.period, p.value]));
          const inYear = truth.filter((p) => p.value !== null && periodYear(p.period) === 2024);
          const madeOf = aggregation === "sum" ? inYear : inYear.slice(-1);
          for (const p of madeOf) expect(published.get(p.period) ?? null).not.toBeNull();
        },
      ),
    );
  });
});
