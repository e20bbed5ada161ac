import { describe, expect, it } from "vitest";
import { type ConceptNode, diffConceptVersions } from "./concept-diff";

const field = (lineageId: string, position: number, title = lineageId): ConceptNode => ({
  kind: "actionField",
  lineageId,
  parentLineageId: null,
  position,
  title,
  text: null,
});
const goal = (lineageId: string, parent: string, position: number, text: string | null = null) => ({
  kind: "goal" as const,
  lineageId,
  parentLineageId: parent,
  position,
  title: lineageId,
  text,
});

describe("diffConceptVersions", () => {
  const base = [field("F1", 1), field("F2", 2), goal("G1", "F1", 1), goal("G2", "F1", 2)];

  it("finds nothing between equal versions", () => {
    expect(diffConceptVersions(base, structuredClone(base))).toEqual([]);
  });

  it("reports added and removed items by lineage", () => {
    const after = [field("F1", 1), field("F2", 2), goal("G1", "F1", 1), goal("G3", "F2", 1)];
    const changes = diffConceptVersions(base, after);
    expect(changes.map((c) => `${c.type}:${c.lineageId}`)).toEqual(["added:G3", "removed:G2"]);
  });

  it("reports renames and changed descriptions", () => {
    const after = [
      field("F1", 1, "Sprache"),
      field("F2", 2),
      goal("G1", "F1", 1, "neu"),
      goal("G2", "F1", 2),
    ];
    const changes = diffConceptVersions(base, after);
    expect(changes).toEqual([
      {
        type: "renamed",
        kind: "actionField",
        lineageId: "F1",
        title: "Sprache",
        previousTitle: "F1",
      },
      {
        type: "described",
        kind: "goal",
        lineageId: "G1",
        title: "G1",
        previousText: null,
        text: "neu",
      },
    ]);
  });

  it("reports a swap as two moves, and a new first item moves nothing", () => {
    const swapped = [field("F1", 2), field("F2", 1), goal("G1", "F1", 1), goal("G2", "F1", 2)];
    expect(diffConceptVersions(base, swapped).map((c) => `${c.type}:${c.lineageId}`)).toEqual([
      "moved:F1",
      "moved:F2",
    ]);
    const inserted = [
      field("F0", 1),
      field("F1", 2),
      field("F2", 3),
      goal("G1", "F1", 1),
      goal("G2", "F1", 2),
    ];
    expect(diffConceptVersions(base, inserted).map((c) => c.type)).toEqual(["added"]);
  });

  it("reports a goal that changed its field as moved, with both parents", () => {
    const after = [field("F1", 1), field("F2", 2), goal("G1", "F1", 1), goal("G2", "F2", 1)];
    expect(diffConceptVersions(base, after)).toEqual([
      {
        type: "moved",
        kind: "goal",
        lineageId: "G2",
        title: "G2",
        previousParentLineageId: "F1",
        parentLineageId: "F2",
        previousPosition: 2,
        position: 1,
      },
    ]);
  });

  it("treats a missing and an empty description alike", () => {
    const after = [field("F1", 1), field("F2", 2), goal("G1", "F1", 1, ""), goal("G2", "F1", 2)];
    expect(diffConceptVersions(base, after)).toEqual([]);
  });
});

describe("diffConceptVersions with the draft's merges and re-links", () => {
  it("a removed item names where its references went; one removed without a re-link names none", () => {
    const before = [field("F1", 1), goal("G1", "F1", 1), goal("G2", "F1", 2), goal("G3", "F1", 3)];
    const after = [field("F1", 1), goal("G1", "F1", 1)];
    const changes = diffConceptVersions(before, after, [
      { fromLineageId: "G2", toLineageId: "G1" },
    ]);
    expect(changes).toEqual([
      expect.objectContaining({ type: "removed", lineageId: "G2", relinkedToLineageId: "G1" }),
      expect.objectContaining({ type: "removed", lineageId: "G3", relinkedToLineageId: null }),
    ]);
  });
});
