import { describe, expect, it } from "vitest";
import { oparlSyncDue } from "./oparl-schedule";

describe("automatic OParl sync: when a run is due", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  it("never when off, even if no run ever started", () => {
    expect(oparlSyncDue("off", null, now)).toBe(false);
    expect(oparlSyncDue("off", "2020-01-01T00:00:00Z", now)).toBe(false);
  });
  it("at once when no run has started yet", () => {
    expect(oparlSyncDue("daily", null, now)).toBe(true);
    expect(oparlSyncDue("weekly", null, now)).toBe(true);
  });
  it("daily: from 24 hours after the last start", () => {
    expect(oparlSyncDue("daily", "2026-12-05T12:00:01Z", now)).toBe(false);
    expect(oparlSyncDue("daily", "2026-12-05T12:00:00Z", now)).toBe(true);
  });
  it("weekly: from seven days after the last start", () => {
    expect(oparlSyncDue("weekly", "2026-11-30T12:00:00Z", now)).toBe(false);
    expect(oparlSyncDue("weekly", "2026-11-29T12:00:00Z", now)).toBe(true);
  });
});
