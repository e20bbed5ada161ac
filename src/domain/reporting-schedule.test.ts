import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import {
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
    // One cycle back from the paper deadline: the Sachstände asked for lie inside the period.
    expect(s.period).toEqual({ from: "2024-08-20", to: "2025-02-19" });
    expect(s.state).toBe("open");
  });

  it("a December meeting's period contains the Sachstände asked for it", () => {
    const s = dutySchedule({
      cadence: "halfYearly",
      paperDeadlineDays: 21,
      validFrom: "2024-03-05",
      today: "2026-12-06",
      nextMeetingDate: "2026-12-31",
      lastReportedTo: "2026-06-10",
    });
    expect(s.updatesDue).toBe("2026-11-26");
    expect(s.paperDue).toBe("2026-12-10");
    expect(s.period).toEqual({ from: "2026-06-11", to: "2026-12-10" });
    expect(s.updatesDue >= s.period.from && s.updatesDue <= s.period.to).toBe(true);
    expect(updateMissing("2026-11-20", s.period)).toBe(false);
  });

  it("starts after the previous report, but not more than two cycles back nor before the duty", () => {
    const base = {
      cadence: "quarterly" as const,
      paperDeadlineDays: 21,
      validFrom: "2020-01-01",
      today: "2026-03-01",
      nextMeetingDate: "2026-04-21",
    };
    expect(dutySchedule({ ...base, lastReportedTo: "2025-12-01" }).period.from).toBe("2025-12-02");
    expect(dutySchedule({ ...base, lastReportedTo: "2023-01-01" }).period.from).toBe("2026-01-01");
    expect(
      dutySchedule({ ...base, validFrom: "2026-02-01", lastReportedTo: null }).period.from,
    ).toBe("2026-02-01");
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
    expect(dutySchedule({ ...base, today: "2025-02-13", lastReportedTo: "2025-02-12" }).state).toBe(
      "reported",
    );
    expect(dutySchedule({ ...base, today: "2025-02-13", lastReportedTo: "2024-12-31" }).state).toBe(
      "paperOverdue",
    );
  });

  it("without a scheduled meeting the report is due at the end of the current cycle", () => {
    const s = dutySchedule({
      cadence: "halfYearly",
      paperDeadlineDays: 21,
      validFrom: "2024-03-05",
      today: "2024-09-01",
      nextMeetingDate: null,
      lastReportedTo: null,
    });
    expect(s.meetingDate).toBeNull();
    expect(s.paperDue).toBe("2024-12-10");
    expect(s.period).toEqual({ from: "2024-06-11", to: "2024-12-10" });
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
