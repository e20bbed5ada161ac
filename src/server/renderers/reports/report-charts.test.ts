import { describe, expect, it } from "vitest";
import { ChartPainter, forgetCharts, reportCharts } from "./report-charts";
import { exampleIndicators } from "./report-fixture";

/** The fixture's three indicators four times over (renamed): twelve charts. */
function twelveCharts() {
  const base = exampleIndicators();
  if (base.status !== "data") throw new Error("fixture without indicators");
  return {
    indicators: {
      ...base,
      items: [1, 2, 3, 4].flatMap((n) =>
        base.items.map((item) => ({ ...item, name: `${item.name} ${n}` })),
      ),
    },
  };
}

const resolvesAfter = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("report charts drawn while waiting for the database", () => {
  it("draws while a read is pending, gives its result, and leaves the same charts", async () => {
    forgetCharts();
    const snapshot = twelveCharts();
    const painter = new ChartPainter(snapshot);
    expect(await painter.during(resolvesAfter(150, "gelesen"))).toBe("gelesen");
    expect(painter.drawnWhileWaiting).toBeGreaterThan(0);
    painter.finish();
    const painted = reportCharts(snapshot);
    expect(painted).toHaveLength(12);
    forgetCharts();
    // Drawn in one go they are the same, in the same order.
    expect(reportCharts(snapshot)).toEqual(painted);
    expect(painted.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("passes a failed read on, and a later finish still draws every chart", async () => {
    forgetCharts();
    const snapshot = twelveCharts();
    const painter = new ChartPainter(snapshot);
    await expect(
      painter.during(
        resolvesAfter(20, null).then(() => Promise.reject(new Error("Verbindung weg"))),
      ),
    ).rejects.toThrow("Verbindung weg");
    painter.finish();
    expect(reportCharts(snapshot)).toHaveLength(12);
  });

  it("does nothing for charts already drawn or a report without indicators", async () => {
    const snapshot = twelveCharts();
    reportCharts(snapshot);
    const painter = new ChartPainter(snapshot);
    await painter.during(resolvesAfter(30, 1));
    expect(painter.drawnWhileWaiting).toBe(0);
    const empty = new ChartPainter({ indicators: { status: "noData" } });
    await empty.during(resolvesAfter(10, 1));
    empty.finish();
    expect(empty.drawnWhileWaiting).toBe(0);
  });
});
