import { describe, expect, it } from "vitest";
import { capacityInMonth, capacityReport, monthsBetween, periodsOverlap } from "./capacity";

describe("staff capacity", () => {
  it("lists months across a year end", () => {
    expect(monthsBetween("2024-11-01", "2025-02-01")).toEqual([
      "2024-11-01",
      "2024-12-01",
      "2025-01-01",
      "2025-02-01",
    ]);
  });
  it("counts a period only for months it covers entirely", () => {
    const periods = [
      { positionId: "P", validFrom: "2025-01-01", validTo: "2025-06-30", fte: 1 },
      { positionId: "P", validFrom: "2025-07-15", validTo: null, fte: 0.5 },
    ];
    expect(capacityInMonth(periods, "2025-06-01")).toBe(100);
    expect(capacityInMonth(periods, "2025-07-01")).toBe(0);
    expect(capacityInMonth(periods, "2025-08-01")).toBe(50);
  });
  it("finds overlapping periods", () => {
    expect(
      periodsOverlap([
        { validFrom: "2025-01-01", validTo: null },
        { validFrom: "2026-01-01", validTo: null },
      ]),
    ).toBe(true);
    expect(
      periodsOverlap([
        { validFrom: "2025-01-01", validTo: "2025-12-31" },
        { validFrom: "2026-01-01", validTo: null },
      ]),
    ).toBe(false);
  });
  it("flags a position assigned more than it has, with exact sums (0.1 + 0.2)", () => {
    const periods = [{ positionId: "P", validFrom: "2025-01-01", validTo: null, fte: 0.3 }];
    const exact = capacityReport({
      months: ["2025-03-01"],
      positionIds: ["P"],
      periods,
      assignments: [
        { positionId: "P", measureId: "A", month: "2025-03-01", fte: 0.1 },
        { positionId: "P", measureId: "B", month: "2025-03-01", fte: 0.2 },
      ],
    });
    expect(exact[0]).toMatchObject({ capacity: 0.3, demand: 0.3, overAllocated: false });
    const over = capacityReport({
      months: ["2025-03-01", "2025-04-01"],
      positionIds: ["P"],
      periods,
      assignments: [{ positionId: "P", measureId: "A", month: "2025-03-01", fte: 0.5 }],
    });
    expect(over.map((m) => m.overAllocated)).toEqual([true, false]);
    expect(over[0]?.positions[0]).toMatchObject({ capacity: 0.3, assigned: 0.5 });
  });
});
