import { describe, expect, it } from "vitest";
import { barOf, timelineScale } from "./timeline-scale";

describe("timeline scale", () => {
  const scale = timelineScale("2025-03-15", "2026-10-01", 1000);

  it("spans whole years with a tick at each 1 January", () => {
    expect(scale.from).toBe("2025-01-01");
    expect(scale.to).toBe("2026-12-31");
    expect(scale.years).toEqual([
      { year: 2025, x: 0 },
      { year: 2026, x: 500 },
    ]);
  });

  it("a measure over all of 2025 fills the first half; open ends reach the edge", () => {
    expect(barOf(scale, "2025-01-01", "2025-12-31")).toEqual({
      x: 0,
      width: 500,
      openStart: false,
      openEnd: false,
    });
    expect(barOf(scale, "2026-01-01", null)).toMatchObject({ x: 500, width: 500, openEnd: true });
    expect(barOf(scale, null, "2025-12-31")).toMatchObject({ x: 0, width: 500, openStart: true });
    expect(barOf(scale, null, null)).toBeNull();
  });

  it("a one-day measure still shows a visible bar", () => {
    expect(barOf(scale, "2025-06-01", "2025-06-01")?.width).toBeGreaterThanOrEqual(2);
  });
});
