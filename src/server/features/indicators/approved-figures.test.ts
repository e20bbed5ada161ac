import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disclosedSeries } from "../../../domain/indicator-disclosure";
import type { FigureValue } from "../../../domain/indicator-figures";
import { indicatorItems } from "../../read-models/committee-reports/sections";
import type { ApprovedFigures } from "./approved-figures";
import type { IndicatorRow } from "./queries";

const wholeYear = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * A small count must not be recoverable by subtracting what the public site
 * and open data publish (the periods, `disclosedSeries`) from what a public-session report
 * publishes (the year total, `indicatorItems`). The attacker below solves the linear system of
 * everything published together.
 */

const quarterly = {
  id: "ind-1",
  key: "beratungen",
  name: "Beratungen",
  unit: "count",
  aggregation: "sum",
  periodicity: "quarter",
  direction: "up",
  publishable: true,
  isProposal: false,
  numeratorId: null,
  denominatorId: null,
} as unknown as IndicatorRow;

const approved = (period: string, value: number, municipalityId: string | null = null) =>
  ({ indicatorId: quarterly.id, period, municipalityId, value, status: "approved" }) as FigureValue;

const figuresOf = (values: FigureValue[]): ApprovedFigures => ({
  indicators: [quarterly],
  values,
  targets: [],
  threshold: 3,
});

/** Everything published about the year, as linear functionals over the raw cells. */
function published(
  figures: ApprovedFigures,
  year: number,
  places: (string | null)[],
  periods: string[],
) {
  const cells = places.flatMap((place) => periods.map((period) => ({ place, period })));
  const equations: { coefficients: number[]; value: number }[] = [];
  for (const point of disclosedSeries(quarterly, figures)) {
    if (point.value === null || !periods.includes(point.period)) continue;
    equations.push({
      coefficients: cells.map((c) => (c.period === point.period ? 1 : 0)),
      value: point.value,
    });
  }
  const item = indicatorItems(figures, wholeYear(year), true).find(
    (i) => i.name === quarterly.name,
  );
  if (item?.value !== null && item?.value !== undefined)
    equations.push({ coefficients: cells.map(() => 1), value: item.value });
  for (const point of item?.chart?.series ?? []) {
    if (point.value === null) continue;
    equations.push({
      coefficients: cells.map((c) => (c.period === point.period ? 1 : 0)),
      value: point.value,
    });
  }
  return { cells, equations };
}

function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let pivot = -1;
    for (let k = r; k < m.length; k++) if (Math.abs(m[k]?.[c] ?? 0) > 1e-9) pivot = k;
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const p = m[r] as number[];
    for (let k = 0; k < m.length; k++) {
      if (k === r) continue;
      const row = m[k] as number[];
      const f = (row[c] ?? 0) / (p[c] ?? 1);
      for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) - f * (p[j] ?? 0);
    }
    r++;
  }
  return r;
}

/** Is this linear combination of the cells determined by the published equations? */
const determined = (equations: number[][], target: number[]) =>
  rank([...equations, target]) === rank(equations);

describe("disclosure across outputs: periods on the public site + year total in the report", () => {
  it("the issue's attack: Q1 = 5, Q2 = 1, Q3 = 4 — Q2 cannot be worked out", () => {
    const figures = figuresOf([
      approved("2025-Q1", 5),
      approved("2025-Q2", 1),
      approved("2025-Q3", 4),
    ]);
    const series = disclosedSeries(quarterly, figures);
    const item = indicatorItems(figures, wholeYear(2025), true)[0];
    expect(series.find((p) => p.period === "2025-Q2")?.value).toBeNull();
    // A second quarter or the total is withheld as well.
    const shown = series.filter((p) => p.value !== null).length + (item?.value === null ? 0 : 1);
    expect(shown).toBeLessThanOrEqual(2);
    const periods = ["2025-Q1", "2025-Q2", "2025-Q3"];
    const { equations } = published(figures, 2025, [null], periods);
    expect(
      determined(
        equations.map((e) => e.coefficients),
        [0, 1, 0],
      ),
    ).toBe(false);
    // Not for the office: an internal report shows the true total.
    expect(indicatorItems(figures, wholeYear(2025), false)[0]?.value).toBe(10);
  });

  it("property: no cell or period below the threshold is determined by all outputs together", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.array(fc.nat({ max: 12 }), { minLength: 12, maxLength: 12 }),
        (placeCount, periodCount, countyWide, raw) => {
          const places = countyWide
            ? [null]
            : Array.from({ length: placeCount }, (_, i) => `m${i}`);
          const periods = Array.from({ length: periodCount }, (_, i) => `2025-Q${i + 1}`);
          const values = places.flatMap((place, i) =>
            periods.map((period, j) => approved(period, raw[i * 4 + j] ?? 0, place)),
          );
          const figures = figuresOf(values);
          const { cells, equations } = published(figures, 2025, places, periods);
          const matrix = equations.map((e) => e.coefficients);
          const truth = values.map((v) => v.value ?? 0);
          // The published numbers are true.
          for (const e of equations)
            expect(e.coefficients.reduce((s, c, k) => s + c * (truth[k] ?? 0), 0)).toBe(e.value);
          // Every small cell and every small period sum stays unknown.
          cells.forEach((_, k) => {
            if ((truth[k] ?? 0) < 3)
              expect(
                determined(
                  matrix,
                  cells.map((_, i) => (i === k ? 1 : 0)),
                ),
              ).toBe(false);
          });
          for (const period of periods) {
            const f = cells.map((c) => (c.period === period ? 1 : 0));
            const sum = f.reduce<number>((s, c, k) => s + c * (truth[k] ?? 0), 0);
            if (sum < 3) expect(determined(matrix, f)).toBe(false);
          }
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });
});
