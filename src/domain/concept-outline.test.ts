import { describe, expect, it } from "vitest";
import { checkOutline, type OutlineEntry, outlineLevel, splitNumber } from "./concept-outline";

const e = (
  at: number,
  level: 1 | 2 | 3 | null,
  title: string,
  number: string | null = null,
): OutlineEntry => ({
  at,
  level,
  number,
  title,
  description: "",
});

describe("checking a concept outline", () => {
  it("builds fields, goals and recommendations in order", () => {
    const { fields, problems } = checkOutline([
      e(2, 1, "Sprache", "1"),
      e(3, 2, "Kita", "1.1"),
      e(4, 3, "Sprachkitas", "1.1.1"),
      e(5, 1, "Arbeit", "2"),
    ]);
    expect(problems).toEqual([]);
    expect(fields.map((f) => [f.title, f.goals.length])).toEqual([
      ["Sprache", 1],
      ["Arbeit", 0],
    ]);
    expect(fields[0]?.goals[0]?.recommendations[0]?.title).toBe("Sprachkitas");
  });

  it("names a skipped level, an empty title, a duplicate number and a missing level at their row", () => {
    const { problems } = checkOutline([
      e(2, 2, "Ziel ohne Feld"),
      e(3, 1, "Feld", "1"),
      e(4, 3, "Empfehlung ohne Ziel"),
      e(5, 2, "  ", "1.1"),
      e(6, 2, "Doppelt", "1.1"),
      e(7, null, "Ohne Ebene"),
    ]);
    expect(problems).toEqual([
      { at: 2, column: "level", code: "conceptImport.levelSkipped" },
      { at: 4, column: "level", code: "conceptImport.levelSkipped" },
      { at: 5, column: "title", code: "conceptImport.titleMissing" },
      { at: 6, column: "number", code: "conceptImport.numberDuplicate" },
      { at: 7, column: "level", code: "conceptImport.levelMissing" },
    ]);
  });

  it("reads levels and numbers as people write them", () => {
    expect(["1", "Handlungsziel", "Empfehlung", "4", ""].map(outlineLevel)).toEqual([
      1,
      2,
      3,
      null,
      null,
    ]);
    expect(splitNumber("1.2 Sprache in der Kita")).toEqual({
      number: "1.2",
      title: "Sprache in der Kita",
    });
    expect(splitNumber("3. Arbeit")).toEqual({ number: "3", title: "Arbeit" });
    expect(splitNumber("Arbeit 2030")).toEqual({ number: null, title: "Arbeit 2030" });
  });
});
