import { describe, expect, it } from "vitest";
import { initialValues, parseDecimal, toInput } from "./measure-form-values";

describe("measure form values", () => {
  it("reads German and plain decimals", () => {
    expect(parseDecimal("1.250,50")).toBe(1250.5);
    expect(parseDecimal("1250.5")).toBe(1250.5);
    expect(parseDecimal("12.500 €")).toBe(12500);
    expect(parseDecimal("zwölf")).toBeNaN();
  });
  it("turns euros into integer cents and lines into milestones", () => {
    const v = {
      ...initialValues(null, "type"),
      plannedEuro: "12.345,67",
      milestones: "2025-09-01 Räume gefunden\n2025-10-01 2025-09-20 Kurs beginnt",
      targetGroups: "Eltern, Jugendliche ,",
    };
    const input = toInput(v);
    expect(input.plannedCents).toBe(1_234_567);
    expect(input.milestones).toEqual([
      { dueOn: "2025-09-01", doneOn: null, title: "Räume gefunden" },
      { dueOn: "2025-10-01", doneOn: "2025-09-20", title: "Kurs beginnt" },
    ]);
    expect(input.targetGroups).toEqual(["Eltern", "Jugendliche"]);
  });
  it("reads milestone dates in German notation and keeps an impossible one for the server", () => {
    const v = {
      ...initialValues(null, "type"),
      milestones: "01.09.2025 Räume gefunden\n1.10.2025 20.09.2025 Kurs beginnt\n31.02.2025 Fest",
    };
    expect(toInput(v).milestones).toEqual([
      { dueOn: "2025-09-01", doneOn: null, title: "Räume gefunden" },
      { dueOn: "2025-10-01", doneOn: "2025-09-20", title: "Kurs beginnt" },
      { dueOn: "31.02.2025", doneOn: null, title: "Fest" },
    ]);
  });
});
