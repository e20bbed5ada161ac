import { describe, expect, it } from "vitest";
import type { FigureValue } from "../../../domain/indicator-figures";
import type { ApprovedFigures } from "../../features/indicators/approved-figures";
import type { IndicatorRow } from "../../features/indicators/read";
import { indicatorItems } from "./sections";

/**
 * The report's indicator figures follow the report period, not the year it ends in.
 * The period 20.08.2024–19.02.2025 counts 2024-Q3, 2024-Q4 and 2025-Q1; 2024-Q2 (ended 30.06.)
 * lies just outside it, and so does 2025-Q2.
 */
const indicator = (id: string, aggregation: "sum" | "mean") =>
  ({
    id,
    key: id,
    name: id,
    unit: "count",
    aggregation,
    periodicity: "quarter",
    direction: "higherIsBetter",
    publishable: true,
    isProposal: false,
    numeratorId: null,
    denominatorId: null,
  }) as unknown as IndicatorRow;

const sum = indicator("Teilnehmende", "sum");
const level = indicator("Wartende", "mean");
const values = (id: string, list: [string, number][]) =>
  list.map(
    ([period, value]) =>
      ({ indicatorId: id, period, municipalityId: null, value, status: "approved" }) as FigureValue,
  );
const figures: ApprovedFigures = {
  indicators: [sum, level],
  values: [
    ...values(sum.id, [
      ["2024-Q2", 1000],
      ["2024-Q3", 30],
      ["2024-Q4", 40],
      ["2025-Q1", 50],
      ["2025-Q2", 2000],
    ]),
    ...values(level.id, [
      ["2024-Q4", 12],
      ["2025-Q1", 9],
      ["2025-Q2", 500],
    ]),
  ],
  targets: [
    { indicatorId: sum.id, year: 2024, value: 240 },
    { indicatorId: sum.id, year: 2025, value: 200 },
    { indicatorId: level.id, year: 2025, value: 10 },
  ],
  threshold: 3,
};
const report = { from: "2024-08-20", to: "2025-02-19" };
const item = (name: string, publicSession = false) =>
  indicatorItems(figures, report, publicSession).find((i) => i.name === name);

describe("indicators in the report: the report period decides", () => {
  it("a sum adds the periods that overlap the report period, none just outside", () => {
    // 30 + 40 + 50, not 2024-Q2's 1000 nor 2025-Q2's 2000, nor the year 2025 alone (50).
    expect(item(sum.name)).toMatchObject({ value: 120, target: 200 });
    // Expected: 2024's 240 / 4 twice and 2025's 200 / 4 once = 170; 120 misses it by far.
    expect(item(sum.name)?.light).toBe("red");
  });

  it("a level shows its latest value inside the period", () => {
    // 9 against 10 misses by 10 %: at risk.
    expect(item(level.name)).toMatchObject({ value: 9, target: 10, light: "yellow" });
  });

  it("a public session shows the sum only when none of its periods is withheld", () => {
    expect(item(sum.name, true)?.value).toBe(120);
    const small: ApprovedFigures = {
      ...figures,
      values: figures.values.map((v) => (v.period === "2024-Q4" ? { ...v, value: 1 } : v)),
    };
    expect(indicatorItems(small, report, true).find((i) => i.name === sum.name)?.value).toBeNull();
    expect(indicatorItems(small, report, false).find((i) => i.name === sum.name)?.value).toBe(81);
  });
});
