import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "./dates";
import {
  completionOf,
  defaultStaleDays,
  earliestOpenDue,
  isStale,
  lightState,
  overdueReasons,
  type RollUpInput,
  rollUp,
  rollUpTree,
  staleLimitDays,
} from "./measure-progress";
import { measureStatuses } from "./measure-status";

const today = "2024-06-30";

describe("overdue", () => {
  const base = {
    status: "inProgress" as const,
    createdOn: "2024-01-01",
    openMilestoneDueOn: null,
    today,
    overdueDays: 90,
  };
  it("counts days between calendar dates", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
  it("is overdue after more than N days without update, counted from creation otherwise", () => {
    expect(overdueReasons({ ...base, lastUpdateOn: "2024-04-01" })).toEqual([]); // 90 days
    expect(overdueReasons({ ...base, lastUpdateOn: "2024-03-31" })).toEqual(["noUpdate"]);
    expect(overdueReasons({ ...base, lastUpdateOn: null })).toEqual(["noUpdate"]);
    expect(overdueReasons({ ...base, lastUpdateOn: null, createdOn: "2024-06-01" })).toEqual([]);
    expect(overdueReasons({ ...base, lastUpdateOn: "2024-03-31", overdueDays: 120 })).toEqual([]);
  });
  it("is overdue when a milestone not done is past due", () => {
    const open = (milestones: { dueOn: string; doneOn: string | null }[]) =>
      earliestOpenDue(milestones);
    const milestones = [{ dueOn: "2024-06-29", doneOn: null }];
    expect(
      overdueReasons({ ...base, lastUpdateOn: today, openMilestoneDueOn: open(milestones) }),
    ).toEqual(["milestonePastDue"]);
    expect(
      overdueReasons({
        ...base,
        lastUpdateOn: today,
        openMilestoneDueOn: open([{ dueOn: "2024-06-29", doneOn: "2024-06-29" }]),
      }),
    ).toEqual([]);
    expect(
      overdueReasons({
        ...base,
        lastUpdateOn: today,
        openMilestoneDueOn: open([{ dueOn: today, doneOn: null }]),
      }),
    ).toEqual([]);
  });
  it("never flags completed, paused or dropped measures", () => {
    for (const status of ["completed", "paused", "dropped"] as const) {
      expect(overdueReasons({ ...base, status, lastUpdateOn: null })).toEqual([]);
    }
  });
});

describe("completion", () => {
  const ms = [
    { dueOn: "2024-01-01", doneOn: "2024-01-01" },
    { dueOn: "2024-02-01", doneOn: null },
    { dueOn: "2024-03-01", doneOn: null },
  ];
  it("prefers the value set by hand, then milestones, then the status", () => {
    expect(completionOf({ status: "inProgress", manualCompletion: 40, milestones: ms })).toBe(40);
    expect(completionOf({ status: "inProgress", manualCompletion: null, milestones: ms })).toBe(33);
    expect(completionOf({ status: "completed", manualCompletion: null, milestones: [] })).toBe(100);
    expect(completionOf({ status: "planned", manualCompletion: null, milestones: [] })).toBe(0);
  });
});

const m = (over: Partial<RollUpInput>): RollUpInput => ({
  status: "inProgress",
  completion: 0,
  weight: 1,
  trafficLight: "grey",
  overdue: false,
  ...over,
});

describe("roll-up", () => {
  it("weights completion and counts traffic lights, leaving dropped measures out", () => {
    const r = rollUp([
      m({ completion: 100, weight: 3, trafficLight: "green" }),
      m({ completion: 0, weight: 1, trafficLight: "yellow", overdue: true }),
      m({ completion: 50, weight: 10, status: "dropped", trafficLight: "red" }),
    ]);
    expect(r.completion).toBe(75);
    expect(r.measureCount).toBe(2);
    expect(r.lights).toEqual({ green: 1, yellow: 1, red: 0, grey: 0 });
    expect(r.overdueCount).toBe(1);
  });
  it("has no completion without measures", () => {
    expect(rollUp([]).completion).toBeNull();
  });
  it("counts a measure once per goal and field even when it serves two of their recommendations", () => {
    const tree = {
      fields: [{ id: "F1" }, { id: "F2" }],
      goals: [
        { id: "G1", actionFieldId: "F1" },
        { id: "G2", actionFieldId: "F2" },
      ],
      recommendations: [
        { id: "R1", goalId: "G1" },
        { id: "R2", goalId: "G1" },
        { id: "R3", goalId: "G2" },
      ],
    };
    const both = {
      ...m({ completion: 50, trafficLight: "yellow" }),
      recommendationIds: ["R1", "R2"],
    };
    const other = { ...m({ completion: 100, trafficLight: "green" }), recommendationIds: ["R3"] };
    const out = rollUpTree(tree, [both, other]);
    expect(out.recommendations.map((r) => r.measureCount)).toEqual([1, 1, 1]);
    expect(out.goals[0]).toMatchObject({ measureCount: 1, completion: 50 });
    expect(out.fields[0]?.lights.yellow).toBe(1);
    expect(out.fields[1]).toMatchObject({ measureCount: 1, completion: 100 });
  });
});

describe("honest status", () => {
  it("100 % means completed: an open measure shows at most 99 %", () => {
    const allDone = [{ dueOn: "2024-03-01", doneOn: "2024-03-01" }];
    expect(
      completionOf({ status: "inProgress", manualCompletion: null, milestones: allDone }),
    ).toBe(99);
    expect(completionOf({ status: "inProgress", manualCompletion: 100, milestones: [] })).toBe(99);
    expect(completionOf({ status: "completed", manualCompletion: 80, milestones: [] })).toBe(100);
  });

  it("no measure is 100 % and overdue at once", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...measureStatuses),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        fc.array(fc.record({ due: fc.integer({ min: 0, max: 900 }), done: fc.boolean() }), {
          maxLength: 5,
        }),
        fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
        (status, manualCompletion, ms, updateAgo) => {
          const milestones = ms.map((m) => ({
            dueOn: addDays(today, -m.due),
            doneOn: m.done ? addDays(today, -m.due) : null,
          }));
          const completion = completionOf({ status, manualCompletion, milestones });
          const overdue = overdueReasons({
            status,
            lastUpdateOn: updateAgo === null ? null : addDays(today, -updateAgo),
            createdOn: "2023-01-01",
            openMilestoneDueOn: earliestOpenDue(milestones),
            today,
            overdueDays: 90,
          });
          return !(completion === 100 && overdue.length > 0);
        },
      ),
    );
  });

  it("a light older than the limit is stale; the limit is the setting, else the shortest cycle", () => {
    expect(staleLimitDays({ setting: null, cadences: [] })).toBe(defaultStaleDays);
    expect(staleLimitDays({ setting: null, cadences: ["yearly", "quarterly"] })).toBe(92);
    expect(staleLimitDays({ setting: 30, cadences: ["yearly"] })).toBe(30);
    expect(isStale(null, today, 30)).toBe(false);
    expect(isStale("2024-05-31", today, 30)).toBe(false);
    expect(isStale("2024-05-30", today, 30)).toBe(true);
    expect(
      lightState({ light: "green", reportedOn: "2024-03-01", today: "2026-12-06", staleDays: 183 }),
    ).toEqual({
      light: "green",
      reportedOn: "2024-03-01",
      stale: true,
    });
    expect(lightState({ light: null, reportedOn: null, today, staleDays: 183 })).toEqual({
      light: "grey",
      reportedOn: null,
      stale: false,
    });
  });
});
