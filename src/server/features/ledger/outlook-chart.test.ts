import { describe, expect, it } from "vitest";
import type { FundOutlook } from "../../../contract/ledger";
import { outlookSvg, pointsInYear } from "./outlook";

const outlook = (points: FundOutlook["points"], asOf: string): FundOutlook => ({
  fundId: "00000000-0000-4000-8000-000000000001",
  fiscalYear: 2026,
  points,
  forecast: {
    asOf,
    daysElapsed: 300,
    daysInYear: 365,
    usedCents: 0,
    pacePerDayCents: 0,
    projectedRestCents: 25_000_000,
    runOutOn: null,
    warning: "lapse",
  },
  lapseDecision: null,
});

describe("fund outlook chart", () => {
  it("draws a fund granted in December for the next year from 1 January to today", () => {
    const granted = outlook(
      [{ date: "2025-12-16", usedCents: 0, availableCents: 25_000_000 }],
      "2026-12-06",
    );
    expect(pointsInYear(granted)).toEqual([
      { date: "2026-01-01", usedCents: 0, availableCents: 25_000_000 },
      { date: "2026-12-06", usedCents: 0, availableCents: 25_000_000 },
    ]);
    const svg = outlookSvg(granted, "de");
    // Two step lines with a horizontal run (not just the grid) and the dashed forecast.
    const lines = [
      ...svg.matchAll(/<path d="(M[^"]+)"[^>]*stroke="#(005a8c|7a4a00)" stroke-width="2"/g),
    ];
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const [, d] of lines) expect(d).toMatch(/L/);
  });

  it("keeps a booking inside the year and ignores one after it", () => {
    const points = pointsInYear(
      outlook(
        [
          { date: "2026-01-01", usedCents: 0, availableCents: 100 },
          { date: "2026-03-01", usedCents: 40, availableCents: 60 },
          { date: "2027-01-05", usedCents: 50, availableCents: 50 },
        ],
        "2026-06-30",
      ),
    );
    expect(points.map((p) => p.date)).toEqual(["2026-01-01", "2026-03-01", "2026-06-30"]);
  });
});
