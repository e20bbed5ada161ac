import { describe, expect, it } from "vitest";
import {
  addDays,
  dutySchedule,
  periodContaining,
  previousPeriod,
  reminderDue,
  updateMissing,
} from "./reporting-schedule";

describe("reporting schedule", () => {
  it("aligns periods to the calendar", () => {
    expect(periodContaining("halfYearly", "2025-08-14")).toEqual({
      from: "2025-07-01",
      to: "2025-12-31",
    });
    expect(periodContaining("quarterly", "2024-02-29")).toEqual({
      from: "2024-01-01",
      to: "2024-03-31",
    });
    expect(periodContaining("yearly", "2024-12-31")).toEqual({
      from: "2024-01-01",
      to: "2024-12-31",
    });
    expect(previousPeriod("halfYearly", { from: "2025-01-01", to: "2025-06-30" })).toEqual({
      from: "2024-07-01",
      to: "2024-12-31",
    });
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });

  it("counts the paper deadline back from the next meeting (Vorlagenfrist three weeks)", () => {
    const s = dutySchedule({
      cadence: "halfYearly",
      paperDeadlineDays: 21,
      validFrom: "2024-03-05",
      today: "2025-01-10",
      nextMeetingDate: "2025-03-12",
      lastReportedTo: null,
    });
    expect(s.paperDue).toBe("2025-02-19");
    expect(s.updatesDue).toBe("2025-02-05");
    expect(s.period).toEqual({ from: "2024-07-01", to: "2024-12-31" });
    expect(s.state).toBe("open");
  });

  it("flags missed deadlines, and a final report for the period settles the duty", () => {
    const base = {
      cadence: "halfYearly" as const,
      paperDeadlineDays: 28,
      validFrom: "2024-01-01",
      nextMeetingDate: "2025-03-12",
      lastReportedTo: null,
    };
    expect(dutySchedule({ ...base, today: "2025-02-05" }).state).toBe("updatesOverdue");
    expect(dutySchedule({ ...base, today: "2025-02-13" }).state).toBe("paperOverdue");
    expect(dutySchedule({ ...base, today: "2025-02-13", lastReportedTo: "2024-12-31" }).state).toBe(
      "reported",
    );
  });

  it("without a scheduled meeting counts from the end of the following period", () => {
    const s = dutySchedule({
      cadence: "halfYearly",
      paperDeadlineDays: 21,
      validFrom: "2024-03-05",
      today: "2024-09-01",
      nextMeetingDate: null,
      lastReportedTo: null,
    });
    expect(s.period).toEqual({ from: "2024-01-01", to: "2024-06-30" });
    expect(s.meetingDate).toBeNull();
    expect(s.paperDue).toBe("2024-12-10");
  });

  it("a measure owes an update when none was reported since the period began", () => {
    const period = { from: "2024-07-01", to: "2024-12-31" };
    expect(updateMissing(null, period)).toBe(true);
    expect(updateMissing("2024-06-30", period)).toBe(true);
    expect(updateMissing("2024-07-01", period)).toBe(false);
  });

  it("reminders are due from two weeks before the update deadline until the paper deadline", () => {
    const schedule = {
      period: { from: "2024-07-01", to: "2024-12-31" },
      meetingDate: "2025-03-12",
      paperDue: "2025-02-19",
      updatesDue: "2025-02-05",
      state: "open" as const,
    };
    expect(reminderDue(schedule, "2025-01-21")).toBe(false);
    expect(reminderDue(schedule, "2025-01-22")).toBe(true);
    expect(reminderDue({ ...schedule, state: "updatesOverdue" }, "2025-02-19")).toBe(true);
    expect(reminderDue({ ...schedule, state: "paperOverdue" }, "2025-02-20")).toBe(false);
    expect(reminderDue({ ...schedule, state: "reported" }, "2025-02-01")).toBe(false);
  });
});
