import { describe, expect, it } from "vitest";
import {
  defaultPaperDeadlineDays,
  paperDeadlineDaysFor,
  paperDeadlineFor,
  readPaperDeadlineDays,
} from "./paper-deadline";

describe("which Vorlagenfrist applies", () => {
  it("is the county's unless the reporting duty has its own", () => {
    expect(paperDeadlineFor(28)).toEqual({ days: 28, source: "county" });
    expect(paperDeadlineFor(28, { paperDeadlineDays: null })).toEqual({
      days: 28,
      source: "county",
    });
    expect(paperDeadlineFor(28, { paperDeadlineDays: 14 })).toEqual({ days: 14, source: "duty" });
    // Zero days is a lead time of its own (papers up to the meeting day), not "none".
    expect(paperDeadlineDaysFor(28, { paperDeadlineDays: 0 })).toBe(0);
    expect(defaultPaperDeadlineDays).toBe(21);
  });

  it("reads what was typed: whole days from 0 to 180, else a problem for the field", () => {
    expect(readPaperDeadlineDays(" 21 ")).toEqual({ days: 21 });
    expect(readPaperDeadlineDays(0)).toEqual({ days: 0 });
    expect(readPaperDeadlineDays(180)).toEqual({ days: 180 });
    expect(readPaperDeadlineDays(181)).toEqual({ problem: "paperDeadline.range" });
    expect(readPaperDeadlineDays(-1)).toEqual({ problem: "paperDeadline.notWhole" });
    expect(readPaperDeadlineDays(21.5)).toEqual({ problem: "paperDeadline.notWhole" });
    expect(readPaperDeadlineDays("drei Wochen")).toEqual({ problem: "paperDeadline.notWhole" });
    expect(readPaperDeadlineDays("")).toEqual({ problem: "paperDeadline.notWhole" });
  });
});
