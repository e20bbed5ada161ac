import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregate,
  deliveredKey,
  indicatorStatus,
  isPeriod,
  linkUsableOn,
  openLinkPeriods,
  periodEnd,
  periodInReport,
  periodLabel,
  periodStart,
  periodsOfYear,
  ratioOf,
  statusLight,
} from "./indicator";

describe("periods", () => {
  it("checks the form of a period per periodicity", () => {
    expect(isPeriod("quarter", "2025-Q2")).toBe(true);
    expect(isPeriod("quarter", "2025-Q5")).toBe(false);
    expect(isPeriod("month", "2025-12")).toBe(true);
    expect(isPeriod("month", "2025-13")).toBe(false);
    expect(isPeriod("year", "2025")).toBe(true);
    expect(isPeriod("year", "2025-Q1")).toBe(false);
  });
  it("lists periods of a year and their ends", () => {
    expect(periodsOfYear("quarter", 2024)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(periodsOfYear("month", 2024)).toHaveLength(12);
    expect(periodEnd("2024-Q1")).toBe("2024-03-31");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2025")).toBe("2025-12-31");
    expect(periodLabel("2025-Q2")).toBe("2. Quartal 2025");
    expect(periodLabel("2025-Q2", "en")).toBe("Q2 2025");
  });
});

describe("aggregate", () => {
  it("sums or averages known values, skipping withheld ones", () => {
    expect(aggregate("sum", [3, null, 4])).toBe(7);
    expect(aggregate("mean", [3, null, 5])).toBe(4);
    expect(aggregate("sum", [null])).toBeNull();
    expect(ratioOf(25, 200)).toBe(12.5);
    expect(ratioOf(1, 0)).toBeNull();
  });
});

describe("indicatorStatus", () => {
  it("is no data without target or value", () => {
    expect(indicatorStatus({ direction: "higherIsBetter", target: null, actual: 4 })).toBe(
      "noData",
    );
    expect(indicatorStatus({ direction: "higherIsBetter", target: 4, actual: null })).toBe(
      "noData",
    );
    expect(statusLight("noData")).toBe("grey");
  });
  it("respects the direction", () => {
    const h = { direction: "higherIsBetter" as const, target: 100 };
    expect(indicatorStatus({ ...h, actual: 100 })).toBe("onTrack");
    expect(indicatorStatus({ ...h, actual: 95 })).toBe("atRisk");
    expect(indicatorStatus({ ...h, actual: 80 })).toBe("offTrack");
    const l = { direction: "lowerIsBetter" as const, target: 100 };
    expect(indicatorStatus({ ...l, actual: 80 })).toBe("onTrack");
    expect(indicatorStatus({ ...l, actual: 105 })).toBe("atRisk");
    expect(indicatorStatus({ ...l, actual: 130 })).toBe("offTrack");
  });
  it("expects a share of a yearly sum during the year", () => {
    const s = { direction: "higherIsBetter" as const, target: 400, actual: 100 };
    expect(indicatorStatus({ ...s, expectedShare: 0.25 })).toBe("onTrack");
    expect(indicatorStatus({ ...s, expectedShare: 1 })).toBe("offTrack");
  });
  it("property: a better figure never gets a worse light", () => {
    const rank = { onTrack: 0, atRisk: 1, offTrack: 2, noData: 3 };
    fc.assert(
      fc.property(
        fc.constantFrom("higherIsBetter" as const, "lowerIsBetter" as const),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (direction, target, a, b) => {
          const [worse, better] =
            direction === "higherIsBetter"
              ? [Math.min(a, b), Math.max(a, b)]
              : [Math.max(a, b), Math.min(a, b)];
          return (
            rank[indicatorStatus({ direction, target, actual: better })] <=
            rank[indicatorStatus({ direction, target, actual: worse })]
          );
        },
      ),
    );
  });
});

describe("what a submission link still asks for", () => {
  const indicators = [
    { id: "a", periodicity: "quarter" as const },
    { id: "b", periodicity: "year" as const },
  ];
  const link = { indicatorIds: ["a", "b", "gone"], periods: ["2025-Q1", "2025-Q2", "2025"] };

  it("each indicator's fitting periods without a delivered value", () => {
    expect(openLinkPeriods(link, indicators, new Set())).toEqual([
      { indicatorId: "a", periods: ["2025-Q1", "2025-Q2"] },
      { indicatorId: "b", periods: ["2025"] },
    ]);
    expect(
      openLinkPeriods(
        link,
        indicators,
        new Set([deliveredKey("a", "2025-Q1"), deliveredKey("b", "2025")]),
      ),
    ).toEqual([{ indicatorId: "a", periods: ["2025-Q2"] }]);
  });

  it("is usable through the day it expires, never once revoked", () => {
    const link = { expiresAt: "2025-01-31T23:59:59Z", revokedAt: null };
    expect(linkUsableOn(link, "2025-01-31")).toBe(true);
    expect(linkUsableOn(link, "2025-02-01")).toBe(false);
    expect(linkUsableOn({ ...link, revokedAt: "2025-01-02T10:00:00Z" }, "2025-01-10")).toBe(false);
  });
});

describe("which observation periods a report period counts", () => {
  const report = { from: "2024-08-20", to: "2025-02-19" };
  it("those that overlap it, not one that ended the day before", () => {
    expect(periodStart("2025-Q2")).toBe("2025-04-01");
    expect(periodStart("2025-03")).toBe("2025-03-01");
    expect(periodStart("2025")).toBe("2025-01-01");
    expect(periodInReport("2024-Q3", report)).toBe(true);
    expect(periodInReport("2025-Q1", report)).toBe(true);
    expect(periodInReport("2024", report)).toBe(true);
    expect(periodInReport("2024-Q2", report)).toBe(false);
    expect(periodInReport("2024-07", report)).toBe(false);
    expect(periodInReport("2024-08", report)).toBe(true);
    expect(periodInReport("2025-03", report)).toBe(false);
    expect(periodInReport("2024-Q2", { from: "2024-06-30", to: "2024-12-31" })).toBe(true);
  });
});
