import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { assertStatusChange, canChangeStatus, measureStatuses } from "./measure-status";

describe("measure status workflow", () => {
  it("follows geplant → in Umsetzung → abgeschlossen", () => {
    expect(canChangeStatus("planned", "inProgress")).toBe(true);
    expect(canChangeStatus("inProgress", "completed")).toBe(true);
    expect(canChangeStatus("planned", "completed")).toBe(false);
  });

  it("lets a paused measure resume, and ends nothing after completed or dropped", () => {
    expect(canChangeStatus("inProgress", "paused")).toBe(true);
    expect(canChangeStatus("paused", "inProgress")).toBe(true);
    for (const to of measureStatuses) {
      expect(canChangeStatus("completed", to)).toBe(false);
      expect(canChangeStatus("dropped", to)).toBe(false);
    }
  });

  it("never allows a change to the same status", () => {
    for (const s of measureStatuses) expect(canChangeStatus(s, s)).toBe(false);
  });

  const base = { lastChangedOn: "2024-03-01", today: "2024-06-01" };
  it("refuses a forbidden transition as a conflict on the status field", () => {
    try {
      assertStatusChange({ ...base, from: "dropped", to: "inProgress", changedOn: "2024-05-01" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).kind).toBe("conflict");
      expect((e as DomainError).path).toBe("status");
    }
  });

  it("refuses dates in the future or before the last change", () => {
    expect(() =>
      assertStatusChange({ ...base, from: "planned", to: "inProgress", changedOn: "2024-06-02" }),
    ).toThrow("measure.statusInFuture");
    expect(() =>
      assertStatusChange({ ...base, from: "planned", to: "inProgress", changedOn: "2024-02-28" }),
    ).toThrow("measure.statusBeforeLast");
    expect(() =>
      assertStatusChange({ ...base, from: "planned", to: "inProgress", changedOn: "2024-06-01" }),
    ).not.toThrow();
  });
});
