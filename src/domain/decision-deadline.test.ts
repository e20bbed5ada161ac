import { describe, expect, it } from "vitest";
import { nextDecisionDeadline } from "./decision-deadline";

const meetings = [
  { id: "a", name: "Juni", committee: "Ausschuss", meetingDate: "2024-06-18" },
  { id: "b", name: "September", committee: "Ausschuss", meetingDate: "2024-09-24" },
  { id: "c", name: "Dezember", committee: "Ausschuss", meetingDate: "2024-12-10" },
  { id: "d", name: "Januar", committee: "Ausschuss", meetingDate: "2025-01-21" },
];

describe("the last day to submit the paper for a needed decision", () => {
  it("is the Vorlagenfrist of the first meeting still reachable", () => {
    expect(nextDecisionDeadline(meetings, 21, "2024-05-28", "2024-12-31")).toMatchObject({
      meetingId: "a",
      paperDue: "2024-05-28",
    });
    expect(nextDecisionDeadline(meetings, 21, "2024-05-29", "2024-12-31")).toMatchObject({
      meetingId: "b",
      meetingDate: "2024-09-24",
      paperDue: "2024-09-03",
    });
  });
  it("honours the county's Vorlagenfrist and the day the decision is needed by", () => {
    expect(nextDecisionDeadline(meetings, 35, "2024-09-01", "2024-12-31")).toMatchObject({
      meetingId: "c",
      paperDue: "2024-11-05",
    });
    expect(nextDecisionDeadline(meetings, 21, "2024-11-20", "2024-12-31")).toBeNull();
  });
});
