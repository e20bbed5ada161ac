import { describe, expect, it } from "vitest";
import { buildTimeline, fieldsReachedBy, type TimelineResolution } from "./concept-timeline";

const r = (
  id: string,
  decidedOn: string,
  effects: TimelineResolution["effects"],
  correctsResolutionId: string | null = null,
): TimelineResolution => ({
  id,
  decidedOn,
  recordedAt: `${decidedOn}T10:00:00Z`,
  effects,
  correctsResolutionId,
});

describe("concept timeline", () => {
  const adopt = r("adopt", "2023-03-15", [{ type: "adoptConceptVersion" }]);
  const focus = r("focus", "2024-03-01", [
    { type: "setFocus", actionFieldLineageId: "F2" },
    { type: "changeFundPurpose", purpose: [{ actionFieldLineageId: "F2" }] },
    { type: "requireReporting" },
  ]);
  const grant = r("grant", "2023-12-01", [
    {
      type: "grantFund",
      purpose: [{ actionFieldLineageId: "F2" }, { actionFieldLineageId: null }],
    },
  ]);
  const noted = r("noted", "2024-02-01", []);
  const fix = r("fix", "2024-04-01", [{ type: "setFocus", actionFieldLineageId: "F1" }], "focus");

  it("knows which fields an effect reaches", () => {
    expect(fieldsReachedBy({ type: "confirmConceptVersion" })).toBe("all");
    expect(fieldsReachedBy({ type: "setFocus", actionFieldLineageId: "F2" })).toEqual(["F2"]);
    expect(fieldsReachedBy(grant.effects[0] ?? { type: "x" })).toEqual(["F2"]);
    expect(fieldsReachedBy({ type: "requireReporting" })).toEqual([]);
  });

  it("orders the whole concept's resolutions by decision date and marks corrections", () => {
    const timeline = buildTimeline([focus, fix, adopt, noted, grant]);
    expect(timeline.map((e) => e.resolution.id)).toEqual([
      "adopt",
      "grant",
      "noted",
      "focus",
      "fix",
    ]);
    expect(timeline.find((e) => e.resolution.id === "focus")?.correctedBy).toEqual(["fix"]);
  });

  it("gives a field only the resolutions that reach it", () => {
    expect(
      buildTimeline([focus, fix, adopt, noted, grant], "F2").map((e) => e.resolution.id),
    ).toEqual(["adopt", "grant", "focus"]);
    expect(
      buildTimeline([focus, fix, adopt, noted, grant], "F1").map((e) => e.resolution.id),
    ).toEqual(["adopt", "fix"]);
  });
});
