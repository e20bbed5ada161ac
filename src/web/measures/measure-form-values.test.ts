import { describe, expect, it } from "vitest";
import { initialValues, parseDecimal, plannedEuroProblem, toInput } from "./measure-form-values";

describe("measure form values", () => {
  it("reads small decimals (FTE) with comma or point; euros are not its business", () => {
    expect(parseDecimal("0,5")).toBe(0.5);
    expect(parseDecimal("1250.5")).toBe(1250.5);
    expect(parseDecimal(" 2 ")).toBe(2);
    expect(parseDecimal("12.500 €")).toBeNaN();
    expect(parseDecimal("zwölf")).toBeNaN();
  });
  it("reads the planned euros with the one parser: 30,000 is refused, not saved as 30,00 €", () => {
    const plan = (plannedEuro: string) => toInput({ ...initialValues(null, "t"), plannedEuro });
    expect(plan("30.000").plannedCents).toBe(3_000_000);
    expect(plan("30.000,50").plannedCents).toBe(3_000_050);
    expect(plan("").plannedCents).toBe(0);
    // Sent as typed, so the server names the field too (never a guessed 3000 cents).
    expect(plan("30,000").plannedCents).toBe("30,000");
    expect(plan("1,234").plannedCents).toBe("1,234");
    expect(plannedEuroProblem("30,000", "de")).toContain("mehrdeutig");
    expect(plannedEuroProblem("1,234", "en")).toContain("ambiguous");
    expect(plannedEuroProblem("30.000", "de")).toBeNull();
    expect(plannedEuroProblem(" ", "de")).toBeNull();
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
